import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import type { StaffDossier } from '../dossier.query';

export interface ActionDialogProps {
  dossier: StaffDossier;
  onClose: () => void;
  /** The action succeeded: `notice` says what happened (shown and announced on the page). */
  onDone: (notice: string) => void;
  onReload: () => void;
}

/** Runs one mutation; resolves to its data, or null after an error (kept in `error` for the dialog to show). */
export function useAction<Data, Variables extends AnyVariables>(mutation: TypedDocumentNode<Data, Variables>) {
  const [state, execute] = useMutation<Data, Variables>(mutation);
  return {
    busy: state.fetching,
    error: (state.error ?? null) as unknown,
    async run(variables: Variables): Promise<Data | null> {
      const result = await execute(variables);
      return result.error ? null : (result.data ?? null);
    },
  };
}
