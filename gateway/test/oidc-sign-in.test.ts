import { createHash, randomBytes } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { errorCode, GatewayClient } from '@motcua/stack';

/**
 * Sign-in through the local VNeID stand-in with the authorization-code flow and PKCE, over HTTP as a browser would
 * drive it (the browser test does it in Chromium): the provider's metadata, the login page, the code, the token
 * the gateway accepts, and what must be refused.
 */
const gateway = new GatewayClient(inject('gatewayUrl'));
const redirectUri = `${inject('frontendUrl')}/dang-nhap/xong`;
const ME = 'query { me { username fullName roles } }';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint: string;
  code_challenge_methods_supported: string[];
}

let discovery: Discovery;

beforeAll(async () => {
  const { issuer } = (await (await fetch(`${gateway.baseUrl}/auth/issuer`)).json()) as { issuer: string };
  discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Discovery;
});

const base64Url = (bytes: Buffer) => bytes.toString('base64url');

/** Cookies of the provider's session, carried between the redirects by hand. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Follows the provider's redirects (with its cookies) until it sends the browser back to the portal. */
async function follow(url: string, jar: CookieJar, init: RequestInit = {}): Promise<{ res: Response; location: string | null }> {
  let res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
  jar.take(res);
  let location = res.headers.get('location');
  while (location && !location.startsWith(redirectUri)) {
    res = await fetch(new URL(location, url), { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(res);
    location = res.headers.get('location');
  }
  return { res, location };
}

/** Signs in as `username` and answers the authorization code, with the PKCE verifier the request was made with. */
async function authorize(username: string, password = 'demo123'): Promise<{ code: string; verifier: string; state: string; iss: string | null } | { loginStatus: number }> {
  const verifier = base64Url(randomBytes(32));
  const state = base64Url(randomBytes(16));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: 'motcua-portal',
    redirect_uri: redirectUri,
    scope: 'openid profile phone address vneid',
    state,
    nonce: base64Url(randomBytes(16)),
    code_challenge: base64Url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  }).toString();
  const jar = new CookieJar();
  const { res: loginPage } = await follow(url.href, jar);
  const html = await loginPage.text();
  const action = /action="([^"]+)"/.exec(html)?.[1];
  expect(action, html).toBeTruthy();
  const submitted = await follow(new URL(action!, discovery.issuer).href, jar, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  if (!submitted.location) return { loginStatus: submitted.res.status };
  const back = new URL(submitted.location);
  return { code: back.searchParams.get('code')!, verifier, state: back.searchParams.get('state')!, iss: back.searchParams.get('iss') };
}

function redeem(code: string, verifier: string) {
  return fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(redirectUri).origin },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: 'motcua-portal', code_verifier: verifier }),
  });
}

function payload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
}

describe('the OpenID Connect provider the gateway trusts', () => {
  it('is named by GET /auth/issuer and publishes its endpoints and S256 PKCE', () => {
    expect(discovery.issuer).toMatch(/^http:\/\/localhost:\d+$/);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    for (const endpoint of [discovery.authorization_endpoint, discovery.token_endpoint, discovery.jwks_uri, discovery.userinfo_endpoint]) {
      expect(endpoint.startsWith(discovery.issuer)).toBe(true);
    }
  });
});

describe('authorization code + PKCE', () => {
  it('signs a citizen in: the access token carries the level-2 identity and the gateway accepts it', async () => {
    const answer = await authorize('citizen');
    if (!('code' in answer)) throw new Error(`login refused: ${answer.loginStatus}`);
    expect(answer.iss).toBe(discovery.issuer);
    const res = await redeem(answer.code, answer.verifier);
    expect(res.status).toBe(200);
    // The portal's origin may read the answer (CORS), others may not.
    expect(res.headers.get('access-control-allow-origin')).toBe(new URL(redirectUri).origin);
    const tokens = (await res.json()) as { access_token: string; id_token: string };
    expect(payload(tokens.access_token)).toMatchObject({
      iss: discovery.issuer,
      aud: 'motcua',
      sub: 'demo-citizen',
      name: 'Nguyễn Văn An',
      personal_id_number: '080090001234',
      birthdate: '1990-05-12',
      phone_number: '0912345678',
      address: { formatted: 'Ấp Tân Hòa, xã Hậu Nghĩa, tỉnh Tây Ninh' },
      identity_level: 2,
    });
    expect(payload(tokens.id_token)).toMatchObject({ iss: discovery.issuer, aud: 'motcua-portal', personal_id_number: '080090001234' });
    const me = await gateway.data<{ me: { username: string; fullName: string; roles: string[] } }>(ME, {}, tokens.access_token);
    expect(me.me).toEqual({ username: 'citizen', fullName: 'Nguyễn Văn An', roles: ['CITIZEN'] });
  });

  it("gives an officer the directory's roles and unit", async () => {
    const answer = await authorize('handler');
    if (!('code' in answer)) throw new Error('login refused');
    const tokens = (await (await redeem(answer.code, answer.verifier)).json()) as { access_token: string };
    expect(payload(tokens.access_token)).toMatchObject({ roles: ['HANDLER'], unit: '27931' });
  });

  it('refuses a wrong password on its login page', async () => {
    expect(await authorize('citizen', 'wrong')).toEqual({ loginStatus: 401 });
  });

  it('refuses a wrong PKCE verifier', async () => {
    const answer = await authorize('citizen');
    if (!('code' in answer)) throw new Error('login refused');
    const res = await redeem(answer.code, base64Url(randomBytes(32)));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a replayed authorization code', async () => {
    const answer = await authorize('citizen');
    if (!('code' in answer)) throw new Error('login refused');
    expect((await redeem(answer.code, answer.verifier)).status).toBe(200);
    const replay = await redeem(answer.code, answer.verifier);
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a request without PKCE', async () => {
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({ response_type: 'code', client_id: 'motcua-portal', redirect_uri: redirectUri, scope: 'openid', state: 'x' }).toString();
    const res = await fetch(url, { redirect: 'manual' });
    const back = new URL(res.headers.get('location')!);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('error_description')).toMatch(/PKCE/i);
  });
});

describe('tokens of an issuer that is not trusted', () => {
  it('are refused by the gateway and by a subgraph, even with the same claims', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const foreign = await new SignJWT({ roles: ['ADMIN'], preferred_username: 'admin' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('demo-admin')
      .setIssuer('https://sso.example.org/realms/other')
      .setAudience('motcua')
      .setExpirationTime('1h')
      .sign(privateKey);
    const viaGateway = await gateway.graphql(ME, {}, foreign);
    expect(viaGateway.status).toBe(401);
    expect(errorCode(viaGateway)).toBe('TOKEN_INVALID');
    const direct = await new GatewayClient(inject('subgraphUrls').dossiers).graphql('query { __typename }', {}, foreign);
    expect(errorCode(direct)).toBe('TOKEN_INVALID');
  });
});

describe('the officers directory', () => {
  it('lets a handler who never signed in be assigned: the dossiers service knows every officer of the unit', async () => {
    const intake = await gateway.login('intake');
    const data = await gateway.data<{ unitHandlers: { subject: string; fullName: string }[] }>('query { unitHandlers { subject fullName } }', {}, intake);
    // Ngô Thị Hoa is in the directory only: no password, no token, never seen by the service until it read the directory.
    expect(data.unitHandlers).toContainEqual(expect.objectContaining({ subject: 'directory-handler-27931', fullName: 'Ngô Thị Hoa' }));
    expect(data.unitHandlers).toContainEqual(expect.objectContaining({ subject: 'demo-handler', fullName: 'Phạm Văn Dũng' }));
  });
});
