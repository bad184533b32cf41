import { AppError } from '../errors';
import type { Role } from './roles';

/** The scope a service asks for (client credentials) to read the officers' directory. */
export const DIRECTORY_SCOPE = 'directory:read';

/** One officer as the directory lists them: who, with which roles, in which unit. */
export interface OfficerDirectoryEntry {
  subject: string;
  username: string;
  fullName: string;
  roles: Role[];
  unitCode: string;
}

export interface OfficerDirectoryConfig {
  /** The directory's listing (`GET` → `{ officers: OfficerDirectoryEntry[] }`). */
  url: string;
  /** The OIDC provider's token endpoint, for a client-credentials token. */
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Where the officers' directory is: OFFICER_DIRECTORY_URL with OFFICER_DIRECTORY_CLIENT_ID/SECRET, the client
 * credentials being those of the OIDC provider (OIDC_ISSUER). Null when not configured: officers are then known
 * only once they have signed in.
 */
export async function officerDirectoryConfig(env: NodeJS.ProcessEnv): Promise<OfficerDirectoryConfig | null> {
  const { OFFICER_DIRECTORY_URL: url, OFFICER_DIRECTORY_CLIENT_ID: clientId, OFFICER_DIRECTORY_CLIENT_SECRET: clientSecret, OIDC_ISSUER: issuer } = env;
  if (!url || !clientId || !clientSecret || !issuer) return null;
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!res.ok) throw new Error(`OIDC discovery failed for ${issuer}: HTTP ${res.status}`);
  const { token_endpoint: tokenEndpoint } = (await res.json()) as { token_endpoint?: string };
  if (!tokenEndpoint) throw new Error(`OIDC discovery for ${issuer} has no token_endpoint`);
  return { url, tokenEndpoint, clientId, clientSecret };
}

/** Reads every officer from the directory, with a fresh client-credentials token. */
export async function fetchOfficerDirectory(config: OfficerDirectoryConfig): Promise<OfficerDirectoryEntry[]> {
  const basic = Buffer.from(`${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`).toString('base64');
  const tokenRes = await fetch(config.tokenEndpoint, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: DIRECTORY_SCOPE }),
    signal: AbortSignal.timeout(10_000),
  });
  const { access_token: token } = (await tokenRes.json().catch(() => ({}))) as { access_token?: string };
  if (!tokenRes.ok || !token) throw new AppError('UNAVAILABLE', { details: { directory: `token HTTP ${tokenRes.status}` } });
  const res = await fetch(config.url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new AppError('UNAVAILABLE', { details: { directory: `HTTP ${res.status}` } });
  const { officers } = (await res.json()) as { officers?: OfficerDirectoryEntry[] };
  return Array.isArray(officers) ? officers : [];
}
