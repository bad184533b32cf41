import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../logger';

/** Runs one SQL statement with positional parameters ($1 …) and returns its rows. */
export type Sql = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const POLL_MS = 5_000;

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Tokens ended by signing out before they expire (issue 12: a token lived its 8 hours whatever the citizen did, on a
 * help-point computer too). The gateway writes them to `auth.revoked_token` (a schema it owns); every process that
 * verifies tokens keeps the list in memory, read again every 5 seconds, so a revoked token is refused everywhere
 * within that time. Only hashes are kept, and only until the token would have expired anyway.
 */
export class RevokedTokens {
  private hashes = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sql: Sql,
    private readonly log?: Logger,
  ) {}

  /** The gateway's part: the table, created if missing. */
  static async createTable(sql: Sql): Promise<void> {
    await sql('create schema if not exists auth');
    await sql('create table if not exists auth.revoked_token (token_hash text primary key, expires_at timestamptz not null, revoked_at timestamptz not null default now())');
  }

  has(token: string): boolean {
    return this.hashes.has(hashOf(token));
  }

  /** Ends `token` here at once, and in every other process at its next read. */
  async revoke(token: string, expiresAt: Date): Promise<void> {
    const hash = hashOf(token);
    await this.sql('insert into auth.revoked_token (token_hash, expires_at) values ($1, $2) on conflict do nothing', [hash, expiresAt]);
    // Past its expiry a token is refused anyway: its line can go.
    await this.sql('delete from auth.revoked_token where expires_at < now()');
    this.hashes.add(hash);
  }

  async refresh(): Promise<void> {
    try {
      const rows = await this.sql('select token_hash from auth.revoked_token where expires_at > now()');
      this.hashes = new Set(rows.map((row) => String(row.token_hash)));
    } catch (err) {
      // 42P01: the gateway has not created the table yet (it starts after the subgraphs); nothing is revoked then.
      if ((err as { code?: string }).code !== '42P01') this.log?.warn({ err }, 'could not read revoked tokens; keeping the last list');
    }
  }

  /** Reads the list now and every 5 seconds until stopped. */
  async start(): Promise<{ stop(): void }> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), POLL_MS);
    this.timer.unref();
    return { stop: () => this.timer && clearInterval(this.timer) };
  }
}

/** The list read through a one-connection pool of DATABASE_URL; `owner` (the gateway) creates its table. */
export async function startRevokedTokens(databaseUrl: string, log: Logger, { owner = false } = {}): Promise<{ revoked: RevokedTokens; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const sql: Sql = async (text, params) => (await pool.query(text, params)).rows;
  if (owner) await RevokedTokens.createTable(sql);
  const revoked = new RevokedTokens(sql, log);
  const polling = await revoked.start();
  return {
    revoked,
    async close() {
      polling.stop();
      await pool.end();
    },
  };
}
