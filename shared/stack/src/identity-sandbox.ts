import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUDIENCE, DIRECTORY_SCOPE, DEMO_ACCOUNTS, DEMO_PASSWORD, loadOrCreateDevKey, OFFICER_ROLES, recordDevKeyIssuer, type DemoAccount, type OfficerDirectoryEntry } from '@motcua/platform';

// oidc-provider is an ES module and this package CommonJS: its types come from the dynamic import that loads it.
const loadOidcProvider = () => import('oidc-provider');
type OidcProviderClass = Awaited<ReturnType<typeof loadOidcProvider>>['default'];
type Provider = InstanceType<OidcProviderClass>;
type JWK = NonNullable<NonNullable<ConstructorParameters<OidcProviderClass>[1]>['jwks']>['keys'][number];

/** The portal's and the workspace's client: a browser app, so public, with PKCE (S256). */
const PORTAL_CLIENT_ID = 'motcua-portal';
/** The resource indicator of the Một Cửa API; its access tokens are JWTs with `aud` = AUDIENCE. */
const API_RESOURCE = 'urn:motcua:api';
/** The custom grant behind the gateway's development `POST /auth/login`; no real provider has it. */
const DEV_PASSWORD_GRANT = 'urn:motcua:grant-type:dev-password';

/** Officers the directory lists who have no demo password: they never sign in here, yet can be given a dossier. */
const DIRECTORY_ONLY_OFFICERS: readonly OfficerDirectoryEntry[] = [{ subject: 'directory-handler-27931', username: 'hoa.nt', fullName: 'Ngô Thị Hoa', roles: ['HANDLER'], unitCode: '27931' }];

const ACCESS_TOKEN_TTL_SECONDS = 8 * 60 * 60;
const API_RESOURCE_INFO = {
  scope: 'api',
  audience: AUDIENCE,
  accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS,
  accessTokenFormat: 'jwt',
  jwt: { sign: { alg: 'ES256' } },
} as const;

export interface IdentitySandboxOptions {
  /** 0 for a free port. */
  port: number;
  /** The development signing key (DEV_ISSUER_KEY_FILE): tests mint tokens with it too. */
  keyFile?: string;
  /** Where the portal may be sent back after sign-in (its /dang-nhap/xong on each front-end origin). */
  redirectUris: string[];
  /** The gateway's client for `POST /auth/login` (development only). */
  devLoginClient: { id: string; secret: string };
  /** The dossiers service's client for the officers' directory (client credentials). */
  directoryClient: { id: string; secret: string };
}

export interface RunningIdentitySandbox {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * The local stand-in for VNeID and for the officers' directory: `oidc-provider` (a certified OpenID Connect
 * provider implementation) holding the demo accounts with the claims of a level-2 electronic identity. Only the
 * login page and the directory listing are ours; discovery, authorisation (code + PKCE S256), tokens, JWKS and
 * userinfo are the library's. The gateway and the subgraphs trust it through OIDC_ISSUER like any provider.
 */
export async function startIdentitySandbox(options: IdentitySandboxOptions): Promise<RunningIdentitySandbox> {
  const { default: OidcProvider, errors } = await loadOidcProvider();
  const key = await loadOrCreateDevKey(options.keyFile);
  const server = createServer();
  await new Promise<void>((ready) => server.listen(options.port, '127.0.0.1', ready));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  if (options.keyFile) recordDevKeyIssuer(options.keyFile, key, issuer);

  const byId = new Map(DEMO_ACCOUNTS.map((a) => [a.subject, a]));
  const portalOrigins = new Set(options.redirectUris.map((u) => new URL(u).origin));

  const provider = new OidcProvider(issuer, {
    clients: [
      {
        client_id: PORTAL_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        id_token_signed_response_alg: 'ES256',
      },
      {
        client_id: options.devLoginClient.id,
        client_secret: options.devLoginClient.secret,
        redirect_uris: [],
        response_types: [],
        grant_types: [DEV_PASSWORD_GRANT],
        id_token_signed_response_alg: 'ES256',
      },
      {
        client_id: options.directoryClient.id,
        client_secret: options.directoryClient.secret,
        redirect_uris: [],
        response_types: [],
        grant_types: ['client_credentials'],
        scope: DIRECTORY_SCOPE,
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [key.privateJwk as JWK] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: ['openid', 'profile', 'phone', 'address', 'vneid', DIRECTORY_SCOPE],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'birthdate'],
      phone: ['phone_number'],
      address: ['address'],
      vneid: ['personal_id_number', 'identity_level'],
    },
    findAccount: (_ctx, sub) => {
      const account = byId.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...identityClaims(account) }) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // First-party apps: signing in is the consent; no second screen asks for it.
    loadExistingGrant: async (ctx) => {
      const { Grant } = ctx.oidc.provider;
      const existing = ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
      if (existing) return Grant.find(existing);
      const grant = new Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid profile phone address vneid');
      grant.addResourceScope(API_RESOURCE, 'api');
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // The directory client's tokens are for the directory alone (opaque, scoped), never for the API.
        defaultResource: (_ctx, client) => (client?.clientId === options.directoryClient.id ? undefined : API_RESOURCE),
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget();
          return API_RESOURCE_INFO;
        },
      },
    },
    // What the API needs to know of the caller travels in its access token, as it would from Keycloak or VNeID.
    extraTokenClaims: (_ctx, token) => {
      const account = 'accountId' in token && token.accountId ? byId.get(token.accountId) : undefined;
      return account ? { ...identityClaims(account), roles: account.roles, ...(account.unitCode ? { unit: account.unitCode } : {}) } : undefined;
    },
    clientBasedCORS: (_ctx, origin) => portalOrigins.has(origin),
    ttl: { AccessToken: ACCESS_TOKEN_TTL_SECONDS, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600, ClientCredentials: 600 },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Lỗi đăng nhập', `<p>${escapeHtml(String(out.error))}: ${escapeHtml(String(out.error_description ?? ''))}</p>`);
    },
  });

  provider.registerGrantType(
    DEV_PASSWORD_GRANT,
    async (ctx) => {
      const { username, password } = ctx.oidc.params as { username?: string; password?: string };
      const account = DEMO_ACCOUNTS.find((a) => a.username === username);
      if (!account || password !== DEMO_PASSWORD) throw new errors.InvalidGrant('wrong username or password');
      const { AccessToken, Grant, ResourceServer } = ctx.oidc.provider;
      const client = ctx.oidc.client!;
      const grant = new Grant({ clientId: client.clientId, accountId: account.subject });
      grant.addResourceScope(API_RESOURCE, 'api');
      const grantId = await grant.save();
      const token = new AccessToken({ accountId: account.subject, client, grantId, gty: DEV_PASSWORD_GRANT, scope: 'api' });
      token.resourceServer = new ResourceServer(API_RESOURCE, API_RESOURCE_INFO);
      ctx.body = { access_token: await token.save(), token_type: 'Bearer', expires_in: token.expiration, scope: token.scope };
    },
    ['username', 'password'],
  );

  const callback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    const interaction = path.match(/^\/interaction\/([\w-]+)(\/login)?$/);
    const handled = interaction ? (interaction[2] ? finishLogin(provider, req, res) : showLogin(provider, req, res)) : path === '/directory/officers' ? listOfficers(provider, req, res) : null;
    if (!handled) return void callback(req, res);
    handled.catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end(page('Lỗi đăng nhập', `<p>${escapeHtml(err instanceof Error ? err.message : String(err))}</p>`));
    });
  });

  return {
    issuer,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The claims of a level-2 electronic identity, named as OpenID Connect names them where it has a name. */
function identityClaims(account: DemoAccount): Record<string, unknown> {
  return {
    name: account.fullName,
    preferred_username: account.username,
    ...(account.identity
      ? {
          personal_id_number: account.identity.personalIdNumber,
          birthdate: account.identity.birthdate,
          phone_number: account.identity.phone,
          address: { formatted: account.identity.address },
          identity_level: 2,
        }
      : {}),
  };
}

async function showLogin(provider: Provider, req: IncomingMessage, res: ServerResponse, failed = false): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const body = `
    <p>Đăng nhập bằng tài khoản định danh điện tử (môi trường thử nghiệm, thay cho VNeID).</p>
    ${failed ? '<p role="alert" class="error">Tên đăng nhập hoặc mật khẩu không đúng.</p>' : ''}
    <form method="post" action="/interaction/${encodeURIComponent(details.uid)}/login">
      <label for="username">Tên đăng nhập</label>
      <input id="username" name="username" autocomplete="username" required autofocus>
      <label for="password">Mật khẩu</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required>
      <button type="submit">Đăng nhập</button>
    </form>`;
  res.writeHead(failed ? 401 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page('VNeID — đăng nhập', body));
}

async function finishLogin(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = new URLSearchParams(await readBody(req));
  const account = DEMO_ACCOUNTS.find((a) => a.username === form.get('username'));
  if (!account || form.get('password') !== DEMO_PASSWORD) return showLogin(provider, req, res, true);
  await provider.interactionFinished(req, res, { login: { accountId: account.subject } }, { mergeWithLastSubmission: false });
}

/**
 * The officers' directory: every officer with roles and unit, for a service holding a client-credentials token
 * with the directory scope. A real deployment points OFFICER_DIRECTORY_URL at its own directory's equivalent.
 */
async function listOfficers(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const token = bearer ? await provider.ClientCredentials.find(bearer) : undefined;
  if (!token?.scope?.split(' ').includes(DIRECTORY_SCOPE)) {
    res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' }).end(JSON.stringify({ error: 'invalid_token' }));
    return;
  }
  const officers = DEMO_ACCOUNTS.filter((a) => a.unitCode && a.roles.some((r) => OFFICER_ROLES.includes(r)))
    .map((a): OfficerDirectoryEntry => ({ subject: a.subject, username: a.username, fullName: a.fullName, roles: a.roles, unitCode: a.unitCode! }))
    .concat(DIRECTORY_ONLY_OFFICERS);
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ officers }));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) req.destroy(new Error('form too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
label{display:block;margin-top:1rem;font-weight:600}input{width:100%;padding:.6rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1.5rem;padding:.7rem 1.2rem;font-size:1rem;background:#b3261e;color:#fff;border:0;border-radius:4px}
.error{color:#b3261e}</style></head>
<body><header><strong>VNeID</strong> · môi trường thử nghiệm</header><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}
