import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDatabase } from './database';
import { startMessagingSandboxes, type MessagingSandboxUrls } from './notification-sandboxes';
import { S3Sandbox } from './s3-sandbox';
import { REPO_ROOT, startStack } from './stack';

/** What tests read with `inject(...)` (declared for them in test/provided-context.d.ts). */
export interface StackContext {
  gatewayUrl: string;
  frontendUrl: string;
  subgraphUrls: Record<'procedures' | 'dossiers' | 'payments' | 'outreach', string>;
  databaseUrl: string;
  /** The development issuer's key, so tests can mint expired or otherwise crafted tokens. */
  devIssuerKeyFile: string;
  /** The object store the stack keeps files in, so tests can see what reached it. */
  objectStore: { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string };
  /** The national public service portal's sandbox: what it received, its mode switch. */
  nationalPortalUrl: string;
  /** The token the sandbox expects, for tests that post to it directly. */
  nationalPortalToken: string;
  /** The Zalo ZNS, SMS gateway and SMTP sandboxes messages go to: their state and mode switch. */
  messaging: MessagingSandboxUrls;
}

/** The part of vitest's TestProject used here (vitest is ESM-only; this package is CommonJS). */
interface ProvidingProject {
  provide<K extends keyof StackContext>(key: K, value: StackContext[K]): void;
}

/** Where `npm run test:stack` leaves the context of the stack it keeps running. */
export const RUNNING_TEST_STACK_FILE = join(REPO_ROOT, '.data', 'test-stack.json');

/**
 * Integration tests run against the real thing: PostgreSQL (DATABASE_URL or embedded, in a fresh database),
 * the four subgraphs, the gateway and the front-end server, started as `npm start` starts them. With
 * TEST_STACK=reuse they use the stack `npm run test:stack` keeps running, so one file runs in seconds.
 */
export default async function setup(project: ProvidingProject): Promise<() => Promise<void>> {
  if (process.env.TEST_STACK === 'reuse') {
    provideAll(project, await runningTestStack());
    return async () => {};
  }
  const stack = await startTestStack();
  provideAll(project, stack.context);
  return stack.stop;
}

function provideAll(project: ProvidingProject, context: StackContext): void {
  for (const key of Object.keys(context) as (keyof StackContext)[]) project.provide(key, context[key]);
}

/** The context `npm run test:stack` wrote, once its gateway answers. */
async function runningTestStack(): Promise<StackContext> {
  let context: StackContext;
  try {
    context = JSON.parse(readFileSync(RUNNING_TEST_STACK_FILE, 'utf8')) as StackContext;
  } catch {
    throw new Error(`TEST_STACK=reuse: no running test stack (${RUNNING_TEST_STACK_FILE} is missing). Start one with \`npm run test:stack\`.`);
  }
  const healthy = await fetch(`${context.gatewayUrl}/healthz`).then(
    (res) => res.ok,
    () => false,
  );
  if (!healthy) throw new Error(`TEST_STACK=reuse: the test stack at ${context.gatewayUrl} does not answer. Start one with \`npm run test:stack\`.`);
  return context;
}

/** Starts everything the integration tests use; `stop` tears it down and reports errors the stack logged. */
export async function startTestStack(): Promise<{ context: StackContext; stop: () => Promise<void> }> {
  const logs: string[] = [];
  const workDir = mkdtempSync(join(tmpdir(), 'motcua-test-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the folder.
  chmodSync(workDir, 0o755);
  const devIssuerKeyFile = join(workDir, 'dev-issuer-key.json');
  // Files go to an S3-compatible store here: the local-directory store is what `npm start` uses.
  const objectStore = { bucket: 'motcua-files', accessKeyId: 'motcua-test', secretAccessKey: 'sandbox-secret-for-tests' };
  const s3 = new S3Sandbox({ buckets: [objectStore.bucket], accessKeyId: objectStore.accessKeyId, secretAccessKey: objectStore.secretAccessKey });
  const s3Endpoint = await s3.start();
  const messaging = await startMessagingSandboxes();
  const database = await startDatabase({ dataDir: join(workDir, 'pg'), persistent: false, log: (l) => logs.push(`[postgres] ${l}`) });
  try {
    const stack = await startStack({
      databaseUrl: database.url,
      seedDemo: true,
      env: {
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        NODE_ENV: 'test',
        DEV_ISSUER_KEY_FILE: devIssuerKeyFile,
        // The development CA that signs results and e-receipts: one per test run, not the one `npm start` keeps.
        RESULT_SIGNING_DEV_CA_DIR: join(workDir, 'signing'),
        // As behind a reverse proxy on this machine: tests send X-Forwarded-For as nginx would.
        TRUST_PROXY: 'loopback',
        ...s3Environment(s3Endpoint, objectStore),
        ...messaging.env,
        // Tests run at any hour and watch retries happen: no quiet hours, short back-off and timeouts.
        NOTIFY_QUIET_HOURS: 'off',
        NOTIFY_RETRY_BASE_MS: '200',
        NOTIFY_RETRY_MAX_MS: '2000',
        NOTIFY_TIMEOUT_MS: '1000',
        // Browser tests follow many codes from the same loopback address; misses keep their production limit.
        LOOKUP_ANONYMOUS_PER_HOUR: '1000',
      },
      output: (name, line) => {
        logs.push(`[${name}] ${line}`);
        if (process.env.STACK_LOGS === 'true') console.log(`[${name}] ${line}`);
      },
    });
    messaging.connect(stack.subgraphUrls.dossiers);
    const context: StackContext = {
      gatewayUrl: stack.gatewayUrl,
      frontendUrl: stack.frontendUrl,
      subgraphUrls: stack.subgraphUrls,
      databaseUrl: database.url,
      devIssuerKeyFile,
      objectStore: { endpoint: s3Endpoint, ...objectStore },
      messaging: messaging.urls,
      nationalPortalUrl: stack.nationalPortalUrl,
      nationalPortalToken: stack.nationalPortalToken,
    };
    return {
      context,
      stop: async () => {
        await stack.stop();
        await database.stop();
        await s3.stop();
        await messaging.stop();
        rmSync(workDir, { recursive: true, force: true });
        const problems = logs.filter((l) => /"level":(50|60)/.test(l));
        if (problems.length) console.error(`Errors logged by the stack during tests:\n${problems.slice(-20).join('\n')}`);
      },
    };
  } catch (err) {
    await database.stop();
    await s3.stop();
    await messaging.stop();
    console.error(logs.slice(-80).join('\n'));
    throw err;
  }
}

function s3Environment(endpoint: string, store: { bucket: string; accessKeyId: string; secretAccessKey: string }): Record<string, string> {
  return { FILE_STORAGE: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: store.bucket, S3_REGION: 'ap-southeast-1', S3_ACCESS_KEY_ID: store.accessKeyId, S3_SECRET_ACCESS_KEY: store.secretAccessKey };
}
