import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { AppError } from '../errors';
import { AUDIENCE, DEV_ISSUER } from './identity-config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts';

const ALG = 'ES256';
const TOKEN_TTL = '8h';

export interface DevIssuer {
  jwks: { keys: JWK[] };
  login(username: string, password: string): Promise<string>;
  sign(account: DemoAccount, options?: { expiresIn?: string | number }): Promise<string>;
}

/**
 * The development signing key, as kept in `DEV_ISSUER_KEY_FILE`. The local OIDC provider (shared/stack's identity
 * sandbox) signs with it and writes the issuer it serves under beside it, so tests can mint tokens (another unit's
 * officer, an expired session) that the gateway and the subgraphs accept exactly as they accept the provider's.
 */
export interface DevSigningKey {
  privateJwk: JWK;
  publicJwk: JWK;
  /** The `iss` of tokens signed with this key; the built-in issuer's name when no provider recorded one. */
  issuer?: string;
}

/**
 * The development identity provider: signs JWTs for the demo accounts. Its key is kept in a file (when given)
 * so that tokens survive a restart of `npm start`.
 */
export async function createDevIssuer(keyFile?: string): Promise<DevIssuer> {
  const { privateJwk, publicJwk, issuer = DEV_ISSUER } = await loadOrCreateDevKey(keyFile);
  const privateKey = await importJWK(privateJwk, ALG);
  const sign: DevIssuer['sign'] = (account, options = {}) =>
    new SignJWT({ preferred_username: account.username, name: account.fullName, roles: account.roles, ...(account.unitCode ? { unit: account.unitCode } : {}) })
      .setProtectedHeader({ alg: ALG, kid: publicJwk.kid })
      .setSubject(account.subject)
      .setIssuer(issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? TOKEN_TTL)
      .sign(privateKey);
  return {
    jwks: { keys: [publicJwk] },
    sign,
    async login(username, password) {
      const account = DEMO_ACCOUNTS.find((a) => a.username === username);
      if (!account || !samePassword(password, DEMO_PASSWORD)) throw new AppError('INVALID_CREDENTIALS');
      return sign(account);
    },
  };
}

function samePassword(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export async function loadOrCreateDevKey(keyFile?: string): Promise<DevSigningKey> {
  if (keyFile && existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, 'utf8')) as DevSigningKey;
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALG };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify({ privateJwk, publicJwk }), { mode: 0o600 });
  }
  return { privateJwk, publicJwk };
}

/** Records which issuer signs with the key in `keyFile` (see DevSigningKey). */
export function recordDevKeyIssuer(keyFile: string, key: DevSigningKey, issuer: string): void {
  writeFileSync(keyFile, JSON.stringify({ privateJwk: key.privateJwk, publicJwk: key.publicJwk, issuer }), { mode: 0o600 });
}
