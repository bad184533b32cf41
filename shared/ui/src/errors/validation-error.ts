import type { CombinedError } from 'urql';
import type { LocalizedText } from './api-error';

/**
 * A VALIDATION_FAILED error from a mutation, read so a form can show it next to the right field: `fields` names the
 * inputs the service blamed (`details.fields[].field`), `details` keeps the rest (e.g. `missing: ['to-khai']`).
 */
export interface ValidationProblem {
  text: LocalizedText;
  fields: string[];
  details: Record<string, unknown>;
}

function isCombinedError(error: unknown): error is CombinedError {
  return error instanceof Error && Array.isArray((error as Partial<CombinedError>).graphQLErrors);
}

/** The validation problems in `error`, or [] when it is another kind of error (network, forbidden…). */
export function validationProblems(error: unknown): ValidationProblem[] {
  if (!isCombinedError(error)) return [];
  return error.graphQLErrors
    .filter((graphqlError) => graphqlError.extensions?.code === 'VALIDATION_FAILED')
    .map((graphqlError) => {
      const { messageVi, messageEn, details } = graphqlError.extensions as Record<string, unknown>;
      const detailRecord = details && typeof details === 'object' ? (details as Record<string, unknown>) : {};
      const fields = Array.isArray(detailRecord.fields) ? detailRecord.fields.map((field) => (field as { field?: unknown })?.field).filter((field): field is string => typeof field === 'string') : [];
      return {
        text: {
          vi: typeof messageVi === 'string' ? messageVi : graphqlError.message,
          en: typeof messageEn === 'string' ? messageEn : graphqlError.message,
        },
        fields,
        details: detailRecord,
      };
    });
}

/** Strings listed under `details[key]` (e.g. the missing requirement ids), or []. */
export function detailList(problem: ValidationProblem, key: string): string[] {
  const value = problem.details[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
