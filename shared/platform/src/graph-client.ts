import { AppError, isErrorCode } from './errors';

export interface GraphClient {
  request<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
}

/**
 * Service-to-service reads go through the graph (the gateway), never into another service's tables.
 * The caller's token is forwarded when the read must be done on their behalf.
 */
export function createGraphClient(url = `${process.env.GATEWAY_URL ?? 'http://localhost:4000'}/graphql`): GraphClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(10_000),
        });
      } catch {
        throw new AppError('UNAVAILABLE');
      }
      const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { extensions?: { code?: unknown } }[] };
      const firstError = body.errors?.[0];
      if (firstError) {
        const code = firstError.extensions?.code;
        throw new AppError(isErrorCode(code) ? code : 'UNAVAILABLE');
      }
      if (!body.data) throw new AppError('UNAVAILABLE');
      return body.data;
    },
  };
}
