import { GraphqlProvider, SignInGate, useT, type Role } from '@motcua/ui';
import { officialsMessages } from './officials.messages';
import { TrainingSessionsPage } from './training/training-sessions.page';

const OFFICIAL_ROLES: readonly Role[] = ['OFFICIAL', 'ADMIN'];

export function App() {
  const t = useT(officialsMessages);
  return (
    <SignInGate title={t('officials.title')} roles={OFFICIAL_ROLES}>
      <GraphqlProvider>
        <TrainingSessionsPage />
      </GraphqlProvider>
    </SignInGate>
  );
}
