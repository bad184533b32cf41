/**
 * The adapter to the national portal's receiving API: one POST per packet, `{ service, madonvi, isUpdating, data:
 * [record] }` with the access token the portal issued to the province (NATIONAL_PORTAL_TOKEN), answered
 * `{ error_code, message }` where "0" is accepted. That envelope follows public connectors of the Government
 * Office's integration guide; docs/national-platforms.md says what could not be confirmed.
 */
import type { NationalService } from './national-portal-records';

export type PortalAnswer = { kind: 'ACCEPTED' } | { kind: 'REFUSED'; reason: string } | { kind: 'UNAVAILABLE'; reason: string };

export interface NationalPortalConfig {
  url: string;
  token: string;
  /** The province's code at the portal (madonvi). */
  provinceCode: string;
  timeoutMs: number;
}

/** NATIONAL_PORTAL_URL and its token; null when unset (no sync, and the index part is not tracked). */
export function nationalPortalConfig(env: NodeJS.ProcessEnv): NationalPortalConfig | null {
  if (!env.NATIONAL_PORTAL_URL) return null;
  if (!env.NATIONAL_PORTAL_TOKEN && env.NODE_ENV === 'production') throw new Error('NATIONAL_PORTAL_TOKEN must be set with NATIONAL_PORTAL_URL in production');
  return {
    url: env.NATIONAL_PORTAL_URL,
    token: env.NATIONAL_PORTAL_TOKEN ?? '',
    provinceCode: env.NATIONAL_PORTAL_PROVINCE_CODE ?? '80',
    timeoutMs: Number(env.NATIONAL_PORTAL_TIMEOUT_MS ?? 10_000),
  };
}

export async function pushToPortal(config: NationalPortalConfig, service: NationalService, record: Record<string, string>, isUpdating: boolean): Promise<PortalAnswer> {
  let res: Response;
  try {
    res = await fetch(config.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.token}` },
      body: JSON.stringify({ service, madonvi: config.provinceCode, isUpdating: String(isUpdating), data: [record] }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (err) {
    return { kind: 'UNAVAILABLE', reason: `network: ${(err as Error).message}` };
  }
  const body = (await res.json().catch(() => null)) as { error_code?: unknown; message?: unknown } | null;
  if (res.status >= 500 || res.status === 429 || !body) return { kind: 'UNAVAILABLE', reason: `HTTP ${res.status}` };
  if (res.status === 401 || res.status === 403) return { kind: 'UNAVAILABLE', reason: `HTTP ${res.status}: the portal refused our credentials` };
  if (String(body.error_code) === '0') return { kind: 'ACCEPTED' };
  return { kind: 'REFUSED', reason: String(body.message ?? `error_code ${String(body.error_code)}`).slice(0, 500) };
}
