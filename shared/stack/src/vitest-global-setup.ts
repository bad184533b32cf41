import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDatabase } from './database';
import { startStack } from './stack';

/** What tests read with `inject(...)` (declared for them in test/provided-context.d.ts). */
export interface StackContext {
  gatewayUrl: string;
  frontendUrl: string;
  subgraphUrls: Record<'procedures' | 'dossiers' | 'payments' | 'outreach', string>;
  databaseUrl: string;
  /** The development issuer's key, so tests can mint expired or otherwise crafted tokens. */
  devIssuerKeyFile: string;
}

/** The part of vitest's TestProject used here (vitest is ESM-only; this package is CommonJS). */
interface ProvidingProject {
  provide<K extends keyof StackContext>(key: K, value: StackContext[K]): void;
}

/**
 * Integration tests run against the real thing: PostgreSQL (DATABASE_URL or embedded, in a fresh database),
 * the four subgraphs, the gateway and the front-end server, started as `npm start` starts them.
 */
export default async function setup(project: ProvidingProject): Promise<() => Promise<void>> {
  const logs: string[] = [];
  const workDir = mkdtempSync(join(tmpdir(), 'motcua-test-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the folder.
  chmodSync(workDir, 0o755);
  const devIssuerKeyFile = join(workDir, 'dev-issuer-key.json');
  const database = await startDatabase({ dataDir: join(workDir, 'pg'), persistent: false, log: (l) => logs.push(`[postgres] ${l}`) });
  try {
    const stack = await startStack({
      databaseUrl: database.url,
      seedDemo: true,
      env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'test', DEV_ISSUER_KEY_FILE: devIssuerKeyFile, FILE_STORAGE_DIR: join(workDir, 'files') },
      output: (name, line) => {
        logs.push(`[${name}] ${line}`);
        if (process.env.STACK_LOGS === 'true') console.log(`[${name}] ${line}`);
      },
    });
    project.provide('gatewayUrl', stack.gatewayUrl);
    project.provide('frontendUrl', stack.frontendUrl);
    project.provide('subgraphUrls', stack.subgraphUrls);
    project.provide('databaseUrl', database.url);
    project.provide('devIssuerKeyFile', devIssuerKeyFile);
    return async () => {
      await stack.stop();
      await database.stop();
      rmSync(workDir, { recursive: true, force: true });
      const problems = logs.filter((l) => /"level":(50|60)/.test(l));
      if (problems.length) console.error(`Errors logged by the stack during tests:\n${problems.slice(-20).join('\n')}`);
    };
  } catch (err) {
    await database.stop();
    console.error(logs.slice(-80).join('\n'));
    throw err;
  }
}
