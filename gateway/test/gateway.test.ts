import { SignJWT, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { GatewayClient, errorCode, mintDevToken } from '@motcua/stack';

const gateway = new GatewayClient(inject('gatewayUrl'));
const ME = 'query { me { username fullName roles unit { code name level } } }';

describe('identity', () => {
  it('signs in a demo account and answers me{} with roles and unit through the gateway', async () => {
    const token = await gateway.login('intake');
    const data = await gateway.data<{ me: { username: string; roles: string[]; unit: { code: string; name: string; level: string } } }>(ME, {}, token);
    expect(data.me.username).toBe('intake');
    expect(data.me.roles).toEqual(['INTAKE']);
    expect(data.me.unit.name).toMatch(/Hậu Nghĩa/);
    expect(data.me.unit.level).toBe('COMMUNE');
  });

  it('refuses a wrong password with a coded, bilingual error', async () => {
    const res = await fetch(`${gateway.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'intake', password: 'wrong' }),
    });
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body.error.code).toBe('INVALID_CREDENTIALS');
    expect(body.error.message.vi).toMatch(/mật khẩu/);
    expect(body.error.message.en).toMatch(/password/);
  });

  it('refuses a malformed login body', async () => {
    const res = await fetch(`${gateway.baseUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('BAD_REQUEST');
  });

  it('names the identity provider it trusts, whose keys are public as JWKS', async () => {
    const { issuer } = await (await fetch(`${gateway.baseUrl}/auth/issuer`)).json();
    const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
    const jwks = await (await fetch(discovery.jwks_uri)).json();
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('rejects a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ roles: ['ADMIN'], preferred_username: 'admin' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('intruder')
      .setIssuer('motcua-dev')
      .setAudience('motcua')
      .setExpirationTime('1h')
      .sign(privateKey);
    const result = await gateway.graphql(ME, {}, forged);
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe('TOKEN_INVALID');
  });

  it('rejects an expired token', async () => {
    const expired = await mintDevToken(inject('devIssuerKeyFile'), { subject: 'demo-intake', roles: ['INTAKE'], expiresAt: Math.floor(Date.now() / 1000) - 60 });
    const result = await gateway.graphql(ME, {}, expired);
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe('TOKEN_EXPIRED');
  });

  it('answers UNAUTHENTICATED for me{} without a token', async () => {
    const result = await gateway.graphql(ME);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });
});

describe('every subgraph verifies the token itself', () => {
  const subgraphs = inject('subgraphUrls');
  let forged: string;

  beforeAll(async () => {
    const { privateKey } = await generateKeyPair('ES256');
    forged = await new SignJWT({ roles: ['ADMIN'] }).setProtectedHeader({ alg: 'ES256' }).setSubject('x').setIssuer('motcua-dev').setAudience('motcua').setExpirationTime('1h').sign(privateKey);
  });

  for (const name of ['procedures', 'dossiers', 'payments', 'outreach'] as const) {
    it(`${name} refuses a forged token sent to it directly`, async () => {
      const result = await new GatewayClient(subgraphs[name]).graphql('query { __typename }', {}, forged);
      expect(result.status).toBe(401);
      expect(errorCode(result)).toBe('TOKEN_INVALID');
    });
  }

  it('outreach refuses a caller without the official role even when called directly', async () => {
    const token = await gateway.login('citizen');
    const result = await new GatewayClient(subgraphs.outreach).graphql('query { trainingSessions(first: 1) { totalCount } }', {}, token);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});

describe('operation limits and request hygiene', () => {
  it('refuses an over-deep query before running it', async () => {
    const deep = `query { administrativeUnits ${'{ children '.repeat(12)}{ code }${' }'.repeat(12)} }`;
    const result = await gateway.graphql(deep);
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('QUERY_TOO_DEEP');
  });

  it('refuses an over-expensive query', async () => {
    const page = 'procedures(first: 100) { nodes { requiredDocuments { id name } fees { name } steps { name } formFields { key } } }';
    const wide = `query { a: ${page} b: ${page} c: ${page} d: ${page} }`;
    const result = await gateway.graphql(wide);
    expect(errorCode(result)).toBe('QUERY_TOO_COMPLEX');
  });

  it('blocks a simple GET request that could be a CSRF', async () => {
    const res = await fetch(`${gateway.baseUrl}/graphql?query=${encodeURIComponent('{ procedureFields }')}`);
    expect(res.status).toBe(400);
  });

  it('answers a body that is not JSON with a coded 400 and one over 1 MB with 413, both with the portal’s CORS header', async () => {
    const post = (body: string) => fetch(`${gateway.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' }, body });
    const broken = await post('{ "query": ');
    expect(broken.status).toBe(400);
    expect(broken.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(((await broken.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
    const huge = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(huge.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('answers a syntax error with a code, not a stack trace', async () => {
    const result = await gateway.graphql('query { procedures( }');
    expect(errorCode(result)).toBe('BAD_REQUEST');
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('keeps idle connections to the subgraphs long enough that a reused one is never closing', async () => {
    for (const url of [...Object.values(inject('subgraphUrls')), gateway.baseUrl]) {
      const res = await fetch(`${url}/healthz`);
      expect(res.headers.get('keep-alive'), url).toBe('timeout=65');
    }
  });

  it('reports healthy only with every subgraph answering', async () => {
    const res = await fetch(`${gateway.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect((await res.json()).subgraphs).toEqual({ procedures: 'ok', dossiers: 'ok', payments: 'ok', outreach: 'ok' });
  });
});
