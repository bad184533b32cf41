/**
 * Sign-in with OpenID Connect: the authorization-code flow with PKCE (S256), as a public browser client
 * (RFC 9700, the OAuth 2.0 security best current practice). The provider is the one the gateway trusts
 * (`GET /auth/issuer`): VNeID in production, the local stand-in in development.
 *
 * Written with the Web Crypto API instead of a client library, to keep the portal's first load small; what a
 * library would check is checked here: the `state` (CSRF), the `iss` of the answer (RFC 9207, against mix-up),
 * the `nonce` of the ID token and S256 support in the provider's metadata. The ID token's signature is not
 * verified in the browser: it came straight from the token endpoint over TLS (OIDC Core 3.1.3.7), and the
 * access token it came with is verified by the gateway and every service.
 */
import { gatewayUrl, oidcClientId } from '../config';
import { ApiError } from '../errors/api-error';
import { decodeJwtPayload } from './jwt';
import { storeToken } from './session';

/** Where the provider sends the browser back; the root config finishes the sign-in there. */
export const SIGN_IN_CALLBACK_PATH = '/dang-nhap/xong';
const PENDING_KEY = 'motcua.oidc.pending';
const SCOPE = 'openid profile phone address vneid';

interface PendingSignIn {
  issuer: string;
  tokenEndpoint: string;
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  code_challenge_methods_supported?: string[];
}

function randomText(bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

async function getJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw ApiError.network();
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok || !body) throw ApiError.fromResponseBody(body, response.status);
  return body as T;
}

function callbackUrl(): string {
  return `${window.location.origin}${SIGN_IN_CALLBACK_PATH}`;
}

/** Leaves for the provider's sign-in page; comes back to `returnTo` (the current page by default) once signed in. */
export async function startSignIn(returnTo = `${window.location.pathname}${window.location.search}`): Promise<void> {
  const { issuer } = await getJson<{ issuer: string }>(`${gatewayUrl()}/auth/issuer`);
  const metadata = await getJson<ProviderMetadata>(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (metadata.issuer !== issuer || !metadata.code_challenge_methods_supported?.includes('S256')) throw ApiError.unexpectedResponse();
  const pending: PendingSignIn = { issuer, tokenEndpoint: metadata.token_endpoint, verifier: randomText(32), state: randomText(16), nonce: randomText(16), returnTo };
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(pending.verifier))));
  window.sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(metadata.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: oidcClientId(),
    redirect_uri: callbackUrl(),
    scope: SCOPE,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.href);
}

function takePending(): PendingSignIn | null {
  const raw = window.sessionStorage.getItem(PENDING_KEY);
  window.sessionStorage.removeItem(PENDING_KEY);
  try {
    return raw ? (JSON.parse(raw) as PendingSignIn) : null;
  } catch {
    return null;
  }
}

/**
 * On the callback page: checks the answer, trades the code (and the PKCE verifier) for tokens, keeps the access
 * token as the session and answers where to go next. Anything out of order throws ApiError; nothing is kept.
 */
export async function completeSignIn(search = window.location.search): Promise<string> {
  const params = new URLSearchParams(search);
  const pending = takePending();
  if (!pending || params.get('state') !== pending.state) throw ApiError.unexpectedResponse();
  const iss = params.get('iss');
  if (iss !== null && iss !== pending.issuer) throw ApiError.unexpectedResponse();
  const code = params.get('code');
  if (params.get('error') || !code) throw ApiError.fromResponseBody(null, 401);
  let response: Response;
  try {
    response = await fetch(pending.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: callbackUrl(), client_id: oidcClientId(), code_verifier: pending.verifier }),
    });
  } catch {
    throw ApiError.network();
  }
  const tokens = (await response.json().catch(() => null)) as { access_token?: string; id_token?: string } | null;
  if (!response.ok || !tokens?.access_token || !tokens.id_token) throw ApiError.fromResponseBody(null, 401);
  const idClaims = decodeJwtPayload(tokens.id_token);
  if (idClaims?.nonce !== pending.nonce || idClaims.iss !== pending.issuer) throw ApiError.unexpectedResponse();
  if (!storeToken(tokens.access_token)) throw ApiError.unexpectedResponse();
  return pending.returnTo.startsWith('/') && !pending.returnTo.startsWith('//') ? pending.returnTo : '/';
}
