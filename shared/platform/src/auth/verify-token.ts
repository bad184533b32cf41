import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AppError } from '../errors';
import { isRole, type Caller, type Role } from './roles';

export interface TokenVerifierOptions {
  /** Where the signing keys are published. */
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export type TokenVerifier = (token: string) => Promise<Caller>;

/** Verified tokens remembered per process; past this many the oldest are forgotten (and verified again if seen). */
const MAX_REMEMBERED_TOKENS = 10_000;

/**
 * Verifies a bearer JWT against the issuer's JWKS (cached and refreshed by jose) and maps its claims. A token
 * verified once is remembered until it expires: the same citizen's or officer's token arrives with every request
 * (and again at each subgraph), and checking its signature each time was a tenth of the gateway's CPU. What is
 * remembered is only a token that verified; a bad one is checked (and refused) every time.
 */
export function createTokenVerifier(options: TokenVerifierOptions, isRevoked: (token: string) => boolean = () => false): TokenVerifier {
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 5_000 });
  const verified = new Map<string, { caller: Caller; expiresAt: number }>();
  return async (token) => {
    // Before the memory of verified tokens: signing out ends a token that verified a minute ago.
    if (isRevoked(token)) throw new AppError('TOKEN_REVOKED');
    const known = verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.caller;
    if (known) verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: options.issuer, audience: options.audience });
      const caller = callerFromClaims(payload, token);
      // A token without an expiry is not remembered: it would never be checked again.
      if (payload.exp !== undefined) {
        if (verified.size >= MAX_REMEMBERED_TOKENS) verified.delete(verified.keys().next().value!);
        verified.set(token, { caller, expiresAt: payload.exp * 1000 });
      }
      return caller;
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw new AppError('TOKEN_EXPIRED');
      if (err instanceof AppError) throw err;
      throw new AppError('TOKEN_INVALID');
    }
  };
}

/** Accepts our own `roles` claim and Keycloak's `realm_access.roles`, so an OIDC provider can stand in. */
export function callerFromClaims(payload: JWTPayload, token: string): Caller {
  const claims = payload as JWTPayload & {
    preferred_username?: string;
    name?: string;
    roles?: unknown;
    realm_access?: { roles?: unknown };
    unit?: unknown;
  };
  const rawRoles = Array.isArray(claims.roles) ? claims.roles : Array.isArray(claims.realm_access?.roles) ? claims.realm_access.roles : [];
  const roles = rawRoles.map((r) => String(r).toUpperCase()).filter(isRole) as Role[];
  if (!payload.sub) throw new AppError('TOKEN_INVALID');
  return {
    subject: payload.sub,
    username: claims.preferred_username ?? payload.sub,
    fullName: claims.name ?? claims.preferred_username ?? payload.sub,
    roles: roles.length ? roles : ['CITIZEN'],
    unitCode: typeof claims.unit === 'string' ? claims.unit : null,
    token,
  };
}

/** Resolves the JWKS address of an OIDC provider from its discovery document. */
export async function discoverJwksUrl(issuer: string): Promise<string> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!res.ok) throw new Error(`OIDC discovery failed for ${issuer}: HTTP ${res.status}`);
  const doc = (await res.json()) as { jwks_uri?: string };
  if (!doc.jwks_uri) throw new Error(`OIDC discovery for ${issuer} has no jwks_uri`);
  return doc.jwks_uri;
}
