import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ZaloSettings } from '../notification-settings';

interface TokenRow {
  access_token: string | null;
  refresh_token: string;
  expires_at: Date | null;
}

/** Refresh when less than this is left, so a token does not expire between the check and the call. */
const MARGIN_MS = 60_000;

/**
 * The OA's access token. Zalo's access tokens expire (about 25 hours) and each refresh token works once, so
 * the pair lives in the database: a restart keeps the chain, and a row lock makes replicas refresh one at a time.
 * The chain is keyed by the configured refresh token: an operator who re-authorises the OA and sets a new
 * ZALO_REFRESH_TOKEN starts a new chain.
 */
export class ZnsTokenStore {
  private cached: { token: string; expiresAt: number } | null = null;
  private readonly seed: string;

  constructor(
    private readonly orm: MikroORM,
    private readonly settings: ZaloSettings,
    private readonly timeoutMs: number,
  ) {
    this.seed = createHash('sha256').update(settings.refreshToken).digest('hex').slice(0, 16);
  }

  /** A token valid now; `rejected` is one ZNS just refused (-124), which is then never handed out again. */
  async accessToken(rejected?: string): Promise<string> {
    if (this.cached && this.cached.token !== rejected && this.cached.expiresAt - MARGIN_MS > Date.now()) return this.cached.token;
    this.cached = null;
    return this.orm.em.fork().transactional(async (em) => {
      await em.execute(`insert into dossiers.provider_token (provider, seed, refresh_token) values ('zalo', ?, ?) on conflict do nothing`, [this.seed, this.settings.refreshToken]);
      const [row] = await em.execute<TokenRow[]>(`select access_token, refresh_token, expires_at from dossiers.provider_token where provider = 'zalo' and seed = ? for update`, [this.seed]);
      const expiresAt = row.expires_at ? new Date(row.expires_at).getTime() : 0;
      if (row.access_token && row.access_token !== rejected && expiresAt - MARGIN_MS > Date.now()) {
        this.cached = { token: row.access_token, expiresAt };
        return row.access_token;
      }
      const fresh = await this.refresh(row.refresh_token);
      await em.execute(`update dossiers.provider_token set access_token = ?, refresh_token = ?, expires_at = ?, updated_at = now() where provider = 'zalo' and seed = ?`, [
        fresh.token,
        fresh.refreshToken,
        new Date(fresh.expiresAt),
        this.seed,
      ]);
      this.cached = { token: fresh.token, expiresAt: fresh.expiresAt };
      return fresh.token;
    });
  }

  /** POST /v4/oa/access_token (form: refresh_token, app_id, grant_type; header secret_key) → a new pair. */
  private async refresh(refreshToken: string): Promise<{ token: string; refreshToken: string; expiresAt: number }> {
    const response = await fetch(`${this.settings.oauthUrl}/v4/oa/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: this.settings.appSecret },
      body: new URLSearchParams({ refresh_token: refreshToken, app_id: this.settings.appId, grant_type: 'refresh_token' }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      refresh_token?: string;
      expires_in?: string | number;
      error?: number;
      error_name?: string;
      error_description?: string;
    };
    if (!response.ok || !body.access_token || !body.refresh_token) {
      throw new Error(`Zalo token refresh failed: HTTP ${response.status} ${body.error ?? ''} ${body.error_name ?? body.error_description ?? ''}`.trim());
    }
    return { token: body.access_token, refreshToken: body.refresh_token, expiresAt: Date.now() + Number(body.expires_in ?? 3600) * 1000 };
  }
}
