import { GraphqlProvider } from '@motcua/ui';
import { ProcedureSearchPage } from './procedure-search/procedure-search.page';

/** The citizens' portal. Searching needs no sign-in; the gateway serves the catalogue to anyone. */
export function App() {
  return (
    <GraphqlProvider>
      <ProcedureSearchPage />
    </GraphqlProvider>
  );
}
