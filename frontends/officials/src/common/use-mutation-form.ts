import { validationProblems, useLang } from '@motcua/ui';
import { useState } from 'react';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';

/**
 * Runs a mutation for a form: busy while it runs, the error kept for display, and the server's validation problems
 * by field (the message in the reader's language), so each can be shown under its input.
 */
export function useMutationForm<Data, Variables extends AnyVariables>(mutation: TypedDocumentNode<Data, Variables>) {
  const lang = useLang();
  const [{ fetching }, execute] = useMutation(mutation);
  const [error, setError] = useState<unknown>(null);

  async function run(variables: Variables): Promise<Data | null> {
    setError(null);
    const result = await execute(variables, { additionalTypenames: ['TrainingSession', 'OutreachEvent', 'Volunteer', 'SupportTeam', 'SupportGroup', 'SupportRequest', 'OutreachTarget'] });
    if (result.error || !result.data) {
      setError(result.error ?? new Error('no data'));
      return null;
    }
    return result.data;
  }

  /** The server's message for a field (matched by the end of its name, e.g. 'attendees.0.fullName'), or null. */
  function fieldError(field: string): string | null {
    const problem = validationProblems(error).find((p) => p.fields.some((f) => f === field || f.endsWith(`.${field}`)));
    return problem ? problem.text[lang] : null;
  }

  return { busy: fetching, error, run, fieldError, reset: () => setError(null) };
}
