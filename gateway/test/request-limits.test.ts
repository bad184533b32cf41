import { describe, expect, inject, it } from 'vitest';
import { GatewayClient } from '@motcua/stack';

const gateway = new GatewayClient(inject('gatewayUrl'));

/** The test stack trusts X-Forwarded-For from loopback (as behind a proxy): each case is a client of its own. */
const asClient = (address: string) => ({ 'content-type': 'application/json', 'x-forwarded-for': address });

async function post(
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; body: { errors?: { extensions?: { code?: string; details?: Record<string, unknown> } }[] }; retryAfter: string | null; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${gateway.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json(), retryAfter: res.headers.get('retry-after'), ms: performance.now() - started };
}

describe('what one request may cost', () => {
  it('refuses a thousand aliases of a cheap-looking search at once, without running them', async () => {
    const aliases = Array.from({ length: 1450 }, (_, i) => `a${i}: procedures(search: "khai sinh", first: 1) { totalCount }`).join(' ');
    const result = await post({ query: `{ ${aliases} }` }, asClient('198.51.100.1'));
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // Refused while it is read: the document is too long to be worth parsing.
    expect(result.body.errors?.[0]?.extensions?.details).toEqual({ maxTokens: 1000 });
    const thirty = Array.from({ length: 30 }, (_, i) => `a${i}: procedures(search: "khai sinh", first: 1) { totalCount }`).join(' ');
    const parsed = await post({ query: `{ ${thirty} }` }, asClient('198.51.100.1'));
    expect(parsed.status).toBe(400);
    expect(parsed.body.errors?.[0]?.extensions?.details).toMatchObject({ maxRootFields: 20 });
  });

  it('weighs a search and a count by what they cost: 20 of them are too many', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: procedures(search: "khai sinh", first: 100) { totalCount nodes { code name } }`).join(' ');
    const result = await post({ query: `{ ${aliases} }` }, asClient('198.51.100.2'));
    expect(result.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a variable of the wrong type, a missing one and an unknown enum value with a typed 400', async () => {
    const query = 'query Units($level: UnitLevel, $first: Int) { administrativeUnits(level: $level, first: $first) { code } }';
    for (const variables of [{ first: 'many' }, { level: 'HAMLET' }]) {
      const result = await post({ query, variables }, asClient('198.51.100.3'));
      expect(result.status, JSON.stringify(variables)).toBe(400);
      expect(['VALIDATION_FAILED', 'BAD_REQUEST']).toContain(result.body.errors?.[0]?.extensions?.code);
    }
    const missing = await post({ query: 'query One($code: String!) { procedure(code: $code) { code } }', variables: {} }, asClient('198.51.100.3'));
    expect(missing.status).toBe(400);
    expect(['VALIDATION_FAILED', 'BAD_REQUEST']).toContain(missing.body.errors?.[0]?.extensions?.code);
  });

  it('still answers an ordinary read', async () => {
    const result = await gateway.data<{ procedure: { code: string } }>('{ procedure(code: "1.001193") { code } }');
    expect(result.procedure.code).toBe('1.001193');
  });
});

describe('per-client limits', () => {
  it('refuses a client past its share with TOO_MANY_REQUESTS and Retry-After, others unaffected', async () => {
    const flood = asClient('203.0.113.9');
    let refused: Awaited<ReturnType<typeof post>> | null = null;
    for (let i = 0; i < 700 && !refused; i++) {
      const result = await post({ query: '{ procedureFields }' }, flood);
      if (result.status === 429) refused = result;
    }
    expect(refused?.body).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } });
    expect(Number(refused?.retryAfter)).toBeGreaterThan(0);
    const other = await post({ query: '{ procedureFields }' }, asClient('203.0.113.10'));
    expect(other.status).toBe(200);
  });

  it('throttles password guessing per address and user name', async () => {
    const attempt = () => fetch(`${gateway.baseUrl}/auth/login`, { method: 'POST', headers: asClient('203.0.113.20'), body: JSON.stringify({ username: 'guess-target', password: 'wrong' }) });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual(Array(10).fill(401));
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('text that no person types', () => {
  it('refuses a NUL in a variable or a literal as VALIDATION_FAILED naming the field, not INTERNAL', async () => {
    const inVariable = await post({ query: 'query Find($search: String) { procedures(search: $search, first: 1) { totalCount } }', variables: { search: 'khai\u0000sinh' } }, asClient('198.51.100.4'));
    expect(inVariable.status).toBe(400);
    expect(inVariable.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'search' }] } });
    const inLiteral = await post({ query: '{ procedures(search: "khai\\u0000sinh", first: 1) { totalCount } }' }, asClient('198.51.100.4'));
    expect(inLiteral.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'search' }] } });
  });
});

describe('providers reach their webhooks through the gateway', () => {
  it('answers impossible dates, far years and overflowing counts with a typed refusal, never INTERNAL', async () => {
    const official = await gateway.login('official');
    const intake = await gateway.login('intake');
    const as = (token: string, address: string) => ({ ...asClient(address), authorization: `Bearer ${token}` });
    const cases: [string, Record<string, unknown>, string][] = [
      ['query($f: Date!, $t: Date!) { indicators(from: $f, to: $t) { totalDossiers } }', { f: '2022-02-30', t: '2022-12-31' }, official],
      ['query { indicators(from: "2022-02-30", to: "2022-12-31") { totalDossiers } }', {}, official],
      ['query($f: Date!, $t: Date!) { indicators(from: $f, to: $t) { totalDossiers } }', { f: '275760-01-01', t: '275760-12-31' }, official],
      ['mutation($d: DateTimeISO!) { apologiseForDelay(code: "000.00.01.H53-261203-0001", reason: "Chậm do thiếu hồ sơ", newDate: $d) { code } }', { d: 'not-a-date' }, intake],
      ['query { paymentQuote(dossierCode: "000.00.01.H53-261203-0001", pages: 1000000, copies: 1000000) { totalVnd } }', {}, intake],
      ['query { paymentQuote(dossierCode: "000.00.01.H53-261203-0001", pages: 3000000000) { totalVnd } }', {}, intake],
    ];
    for (const [i, [query, variables, token]] of cases.entries()) {
      const result = await post({ query, variables }, as(token, `198.51.100.${60 + i}`));
      const code = result.body.errors?.[0]?.extensions?.code;
      expect(result.status, query).toBeLessThan(500);
      expect(['BAD_REQUEST', 'BAD_USER_INPUT', 'VALIDATION_FAILED', 'NOT_FOUND'], `${query} → ${code}`).toContain(code);
    }
  });

  it('passes a delivery receipt to the dossiers service, which refuses a forged one', async () => {
    const body = JSON.stringify({ app_id: 'not-ours', event_name: 'user_received_message', timestamp: Date.now(), message: { msg_id: 'x' } });
    const res = await fetch(`${gateway.baseUrl}/notifications/zalo/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': 'mac=forged' }, body });
    expect(res.status).toBe(401);
  });
});
