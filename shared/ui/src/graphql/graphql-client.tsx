import { useMemo, type ReactNode } from 'react';
import { cacheExchange, Client, fetchExchange, mapExchange, Provider } from 'urql';
import { gatewayUrl } from '../config';
import { SESSION_ENDING_CODES } from '../errors/display-error';
import { logout, useSession } from '../session/session';

/** A GraphQL client for the gateway, acting as the holder of `token` (anonymous when null). */
export function createGraphqlClient(token: string | null): Client {
  return new Client({
    url: `${gatewayUrl()}/graphql`,
    // The gateway's CSRF prevention turns away "simple" requests; a JSON POST is never one, a GET would be.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : {} }),
    exchanges: [
      mapExchange({
        onError(error) {
          const codes = error.graphQLErrors.map((e) => e.extensions?.code);
          if (token && codes.some((code) => typeof code === 'string' && SESSION_ENDING_CODES.includes(code))) logout();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}

/**
 * Gives the app a client for the current session. A new client (with an empty cache) per token, so that data
 * fetched for one user is never shown to the next one after a sign-out.
 */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const token = useSession()?.token ?? null;
  const client = useMemo(() => createGraphqlClient(token), [token]);
  return <Provider value={client}>{children}</Provider>;
}
