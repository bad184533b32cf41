import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadIdentityConfig, verifierFor } from '../auth/identity-config';
import { callerFromClaims } from '../auth/verify-token';
import { createDevIssuer } from '../auth/dev-issuer';

/** A minimal OpenID provider on loopback: discovery document and JWKS, as Keycloak or VNeID publish them. */
let server: Server;
let issuer: string;
let privateKey: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/realms/motcua/.well-known/openid-configuration') return res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs` }));
    if (req.url === '/realms/motcua/protocol/openid-connect/certs') return res.end(JSON.stringify({ keys: [jwk] }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/realms/motcua`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const keycloakToken = (claims: Record<string, unknown>, audience = 'motcua') =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('kc-123').setIssuer(issuer).setAudience(audience).setExpirationTime('5m').sign(privateKey);

describe('identity configuration', () => {
  it('trusts an OIDC provider found by discovery and reads Keycloak realm roles and the unit', async () => {
    const config = await loadIdentityConfig({ OIDC_ISSUER: issuer, NODE_ENV: 'production' });
    expect(config).toMatchObject({ issuer, devIssuer: false, jwksUrl: `${issuer}/protocol/openid-connect/certs` });
    const caller = await verifierFor(config)(await keycloakToken({ preferred_username: 'cb.haunghia', name: 'Lê Thị Cúc', realm_access: { roles: ['intake', 'offline_access'] }, unit: '27931' }));
    expect(caller).toMatchObject({ subject: 'kc-123', username: 'cb.haunghia', roles: ['INTAKE'], unitCode: '27931' });
  });

  it("refuses the provider's tokens meant for another audience", async () => {
    const config = await loadIdentityConfig({ OIDC_ISSUER: issuer });
    await expect(verifierFor(config)(await keycloakToken({ roles: ['ADMIN'] }, 'another-app'))).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('never runs the development issuer (and its demo accounts) in production', async () => {
    await expect(loadIdentityConfig({ NODE_ENV: 'production' })).rejects.toThrow(/OIDC_ISSUER/);
    await expect(loadIdentityConfig({})).resolves.toMatchObject({ devIssuer: true, issuer: 'motcua-dev' });
  });

  it('remembers a verified token only until it expires', async () => {
    const verify = verifierFor(await loadIdentityConfig({ OIDC_ISSUER: issuer }));
    const issuedAt = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ roles: ['CITIZEN'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('kc-9')
      .setIssuer(issuer)
      .setAudience('motcua')
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + 60)
      .sign(privateKey);
    expect(await verify(token)).toBe(await verify(token));
    vi.useFakeTimers({ now: (issuedAt + 61) * 1000, toFake: ['Date'] });
    try {
      await expect(verify(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives a token without known roles the citizen role only', () => {
    expect(callerFromClaims({ sub: 'x', roles: ['superuser'] }, 't').roles).toEqual(['CITIZEN']);
  });
});

describe('development issuer', () => {
  it('signs demo accounts with the shared password and refuses a wrong one', async () => {
    const dev = await createDevIssuer();
    const token = await dev.login('approver', 'demo123');
    const [, payload] = token.split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ preferred_username: 'approver', roles: ['APPROVER'], unit: '27931', iss: 'motcua-dev', aud: 'motcua' });
    await expect(dev.login('approver', 'demo124')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    await expect(dev.login('nobody', 'demo123')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(dev.jwks.keys[0]).not.toHaveProperty('d');
  });
});
