import { describe, expect, inject, it } from 'vitest';
import { receiveAtCounter } from '@motcua/stack';
import { gateway, HAU_NGHIA } from './support';

/** Following a dossier by its code without signing in, and walking through codes to find others' dossiers. */
async function lookUp(code: string, address: string, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': address };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${inject('gatewayUrl')}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: 'query($c: String!) { dossier(code: $c) { code status } }', variables: { c: code } }),
  });
  const body = (await res.json()) as { data?: { dossier: { code: string } | null }; errors?: { extensions?: { code?: string; details?: { retryAfterSeconds?: number } } }[] };
  return { found: body.data?.dossier?.code ?? null, error: body.errors?.[0]?.extensions };
}

describe('the public lookup', () => {
  it('stops an address that guesses codes, while the owner signed in and other addresses still find the dossier', async () => {
    const intake = await gateway.login('intake');
    const code = await receiveAtCounter(gateway, intake, { procedureCode: '2.000884', unitCode: HAU_NGHIA, applicantName: 'Lê Văn Tra Cứu' });
    const guesser = '198.51.100.90';
    expect((await lookUp(code, guesser)).found).toBe(code);
    // Twenty codes that name nothing: the production allowance of misses in an hour.
    const tail = Number(code.slice(-4));
    for (let i = 1; i <= 20; i++) {
      const guess = `${code.slice(0, -4)}${String((tail + 5000 + i) % 10000).padStart(4, '0')}`;
      expect((await lookUp(guess, guesser)).found, guess).toBeNull();
    }
    const refused = await lookUp(code, guesser);
    expect(refused.found).toBeNull();
    expect(refused.error?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.error?.details?.retryAfterSeconds).toBeGreaterThan(3000);
    expect((await lookUp(code, '198.51.100.91')).found).toBe(code);
    expect((await lookUp(code, guesser, intake)).found).toBe(code);
  });
});
