import express, { type Express, type Response } from 'express';
import { decodeJwt } from 'jose';
import { AppError, callerOf, httpStatusOf, type DevIssuer, type IdentityConfig, type Logger, type RevokedTokens, type TokenVerifier } from '@motcua/platform';
import { loginLimiter, type RateLimits } from './rate-limits';

/** The gateway's client at the OIDC provider for the development `POST /auth/login` (never in production). */
interface DevLoginClient {
  id: string;
  secret: string;
}

function devLoginClientOf(env: NodeJS.ProcessEnv): DevLoginClient | null {
  if (env.NODE_ENV === 'production' || !env.DEV_LOGIN_CLIENT_ID || !env.DEV_LOGIN_CLIENT_SECRET) return null;
  return { id: env.DEV_LOGIN_CLIENT_ID, secret: env.DEV_LOGIN_CLIENT_SECRET };
}

/** The grant the local VNeID stand-in (shared/stack identity sandbox) offers for development sign-in. */
const DEV_PASSWORD_GRANT = 'urn:motcua:grant-type:dev-password';

/**
 * `GET /auth/issuer` names the OIDC provider the front ends sign in with. `POST /auth/login` is for development
 * and tests: a user name and password of a demo account, answered with a token of the same provider (its
 * development grant) or, with no provider configured, of the built-in development issuer.
 */
export function mountIdentityRoutes(app: Express, identity: IdentityConfig, devIssuer: DevIssuer | null, env: NodeJS.ProcessEnv, log: Logger, limits: RateLimits): void {
  const devLogin = devLoginClientOf(env);
  app.get('/auth/issuer', (_req, res) => {
    res.set('cache-control', 'public, max-age=300').json({ issuer: identity.issuer });
  });
  app.get('/.well-known/jwks.json', (_req, res) => {
    if (!devIssuer) return sendError(res, new AppError('NOT_FOUND'));
    res.set('cache-control', 'public, max-age=300').json(devIssuer.jwks);
  });
  app.post('/auth/login', express.json({ limit: '10kb' }), loginLimiter(limits), async (req, res) => {
    if (!devIssuer && !devLogin) {
      return sendError(res, new AppError('NOT_FOUND', { message: { vi: 'Đăng nhập qua nhà cung cấp định danh (OIDC).', en: 'Sign in through the identity provider (OIDC).' } }));
    }
    const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      return sendError(res, new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'username' }, { field: 'password' }] } }));
    }
    try {
      const token = devLogin ? await loginThroughProvider(identity.issuer, devLogin, username, password) : await devIssuer!.login(username, password);
      res.json({ token });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.code === 'INVALID_CREDENTIALS') log.warn({ username }, 'failed login');
      sendError(res, err);
    }
  });
}

let tokenEndpoint: Promise<string> | undefined;

async function discoverTokenEndpoint(issuer: string): Promise<string> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
  const doc = (await res.json().catch(() => ({}))) as { token_endpoint?: string };
  if (!res.ok || !doc.token_endpoint) throw new AppError('UNAVAILABLE');
  return doc.token_endpoint;
}

async function loginThroughProvider(issuer: string, client: DevLoginClient, username: string, password: string): Promise<string> {
  tokenEndpoint ??= discoverTokenEndpoint(issuer).catch((err: unknown) => {
    tokenEndpoint = undefined;
    throw err;
  });
  const basic = Buffer.from(`${encodeURIComponent(client.id)}:${encodeURIComponent(client.secret)}`).toString('base64');
  const res = await fetch(await tokenEndpoint, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: DEV_PASSWORD_GRANT, username, password }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json().catch(() => ({}))) as { access_token?: string; error?: string };
  if (body.error === 'invalid_grant') throw new AppError('INVALID_CREDENTIALS');
  if (!res.ok || !body.access_token) throw new AppError('UNAVAILABLE');
  return body.access_token;
}

function sendError(res: Response, error: AppError): void {
  res.status(httpStatusOf(error.code)).json(error.toBody());
}

/**
 * `POST /auth/logout` with the bearer token: the token is refused from now on, by the gateway at once and by every
 * subgraph within seconds, though it has not expired. A token that is already invalid has nothing to end.
 */
export function mountSignOutRoute(app: Express, verify: TokenVerifier, revoked: RevokedTokens): void {
  app.post('/auth/logout', async (req, res) => {
    if (!req.headers.authorization) return sendError(res, new AppError('UNAUTHENTICATED'));
    // A token that does not verify (expired, already ended, forged) has nothing to end.
    const caller = await callerOf(req.headers.authorization, verify).catch(() => null);
    const exp = caller ? decodeJwt(caller.token).exp : undefined;
    try {
      if (caller && exp !== undefined) await revoked.revoke(caller.token, new Date(exp * 1000));
    } catch {
      // The browser has forgotten the token already; say the server could not end it, so a retry can.
      return sendError(res, new AppError('UNAVAILABLE'));
    }
    res.status(204).end();
  });
}
