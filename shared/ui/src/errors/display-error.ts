import type { CombinedError } from 'urql';
import { ApiError, networkErrorText, unexpectedErrorText, type LocalizedText } from './api-error';

/** What the error display shows: the stable code (for support calls) and the message in both languages. */
export interface DisplayError {
  code: string;
  text: LocalizedText;
}

/**
 * Recognised by shape rather than `instanceof`, so that code showing only REST errors (the root's sign-in form)
 * does not make the page load the GraphQL client.
 */
function isCombinedError(error: unknown): error is CombinedError {
  return error instanceof Error && Array.isArray((error as Partial<CombinedError>).graphQLErrors);
}

/** Turns a GraphQL (urql), REST or unknown error into the codes and messages to show. */
export function toDisplayErrors(error: unknown): DisplayError[] {
  if (error instanceof ApiError) return [{ code: error.code, text: error.text }];
  if (isCombinedError(error)) {
    if (error.graphQLErrors.length > 0) {
      return error.graphQLErrors.map((graphqlError) => {
        const { code, messageVi, messageEn } = graphqlError.extensions as Record<string, unknown>;
        return {
          code: typeof code === 'string' ? code : 'GRAPHQL_ERROR',
          text: {
            vi: typeof messageVi === 'string' ? messageVi : graphqlError.message,
            en: typeof messageEn === 'string' ? messageEn : graphqlError.message,
          },
        };
      });
    }
    return [{ code: 'NETWORK_ERROR', text: networkErrorText }];
  }
  return [{ code: 'UNEXPECTED_ERROR', text: unexpectedErrorText }];
}

/** Codes after which the token is useless: the user must sign in again. */
export const SESSION_ENDING_CODES: readonly string[] = ['TOKEN_EXPIRED', 'TOKEN_INVALID'];
