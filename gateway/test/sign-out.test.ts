import { describe, expect, inject, it } from 'vitest';
import { GatewayClient } from '@motcua/stack';

const gateway = new GatewayClient(inject('gatewayUrl'));
const subgraphs = inject('subgraphUrls');

/** Who the graph (or one subgraph, asked directly) takes the caller for; any query needs a token it accepts. */
async function ask(url: string, token: string, query = '{ me { username } }'): Promise<{ ok: boolean; code?: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { ok: !body.errors && !!body.data, code: body.errors?.[0]?.extensions?.code };
}
const atSubgraph = (url: string, token: string) => ask(`${url}/graphql`, token, '{ __typename }');

const signOut = (token?: string) => fetch(`${gateway.baseUrl}/auth/logout`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('signing out', () => {
  it('ends the token at the gateway at once and at every subgraph within seconds; another session goes on', async () => {
    const token = await gateway.login('citizen');
    const other = await gateway.login('citizen');
    expect((await ask(`${gateway.baseUrl}/graphql`, token)).ok).toBe(true);
    for (const url of Object.values(subgraphs)) expect((await atSubgraph(url, token)).ok, url).toBe(true);

    expect((await signOut(token)).status).toBe(204);

    expect((await ask(`${gateway.baseUrl}/graphql`, token)).code).toBe('TOKEN_REVOKED');
    for (const url of Object.values(subgraphs)) {
      await expect.poll(async () => (await atSubgraph(url, token)).code, { timeout: 10_000, interval: 500 }).toBe('TOKEN_REVOKED');
    }
    const file = await fetch(`${gateway.baseUrl}/files/00000000-0000-4000-8000-000000000000`, { headers: { authorization: `Bearer ${token}` } });
    expect(file.status).toBe(401);
    expect((await ask(`${gateway.baseUrl}/graphql`, other)).ok).toBe(true);
  });

  it('needs the token to end, and has nothing to end for one that is not valid', async () => {
    expect((await signOut()).status).toBe(401);
    expect((await signOut('not-a-token')).status).toBe(204);
  });
});
