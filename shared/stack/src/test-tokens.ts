import { createDevIssuer, type Role } from '@motcua/platform';

export interface DevTokenClaims {
  subject: string;
  roles: string[];
  unit?: string | null;
  name?: string;
  /** Seconds since the epoch; the issuer's usual lifetime unless a test needs an expired token. */
  expiresAt?: number;
}

/**
 * A token of the development issuer (its key file is in the test stack's work folder) for an account that is not
 * among the demo ones: another unit's officer, or an expired session. Signed by the issuer itself, so the claims
 * are exactly those of a real sign-in.
 */
export async function mintDevToken(keyFile: string, claims: DevTokenClaims): Promise<string> {
  const issuer = await createDevIssuer(keyFile);
  const account = { subject: claims.subject, username: claims.subject, fullName: claims.name ?? 'Cán bộ thử nghiệm', roles: claims.roles as Role[], unitCode: claims.unit ?? null };
  return issuer.sign(account, claims.expiresAt === undefined ? {} : { expiresIn: claims.expiresAt });
}
