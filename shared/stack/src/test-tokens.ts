import { readFileSync } from 'node:fs';
import { SignJWT, importJWK } from 'jose';

export interface DevTokenClaims {
  subject: string;
  roles: string[];
  unit?: string | null;
  name?: string;
  /** Seconds since the epoch; an hour from now unless a test needs an expired token. */
  expiresAt?: number;
}

/**
 * A token of the development issuer (its key file is in the test stack's work folder) for an account that is not
 * among the demo ones: another unit's officer, or an expired session.
 */
export async function mintDevToken(keyFile: string, claims: DevTokenClaims): Promise<string> {
  const { privateJwk, publicJwk } = JSON.parse(readFileSync(keyFile, 'utf8'));
  const expiresAt = claims.expiresAt ?? Math.floor(Date.now() / 1000) + 3600;
  return new SignJWT({ preferred_username: claims.subject, name: claims.name ?? 'Cán bộ thử nghiệm', roles: claims.roles, ...(claims.unit ? { unit: claims.unit } : {}) })
    .setProtectedHeader({ alg: 'ES256', kid: publicJwk.kid })
    .setSubject(claims.subject)
    .setIssuer('motcua-dev')
    .setAudience('motcua')
    .setIssuedAt(expiresAt - 3600)
    .setExpirationTime(expiresAt)
    .sign(await importJWK(privateJwk, 'ES256'));
}
