import { useQuery } from 'urql';
import { VIEWER, type Viewer, type ViewerAgency } from './viewer.query';

export interface ViewerState {
  viewer: Viewer | null;
  /** The agency of the officer's unit (the one whose counters receive dossiers). */
  agency: ViewerAgency | null;
  fetching: boolean;
  error: unknown;
}

/** The officer as the gateway knows them; cached by urql, so every page asks once. */
export function useViewer(): ViewerState {
  const [{ data, fetching, error }] = useQuery({ query: VIEWER });
  const viewer = data?.me ?? null;
  return { viewer, agency: viewer?.unit?.agencies[0] ?? null, fetching, error: error ?? null };
}
