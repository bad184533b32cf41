// `npm run bench`: starts a throwaway stack (embedded PostgreSQL, or a fresh database on DATABASE_URL) and
// prints what the budgets in the design brief are about. Figures go into docs/benchmarks.md by hand.
//   BENCH_ONLY=load            only the load comparison with Hive Gateway and the submissions (scripts/bench-load.mjs)
//   BENCH_ONLY=amplification   only the costly-request scenario (refusals, and ordinary reads beside them)
//   BENCH_CPU_PROF=<dir>       every process of the stack writes a CPU profile there when it stops (node --cpu-prof)
//   BENCH_LOG=<file>           the stack's processes' output goes there
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GatewayClient, REPO_ROOT, startDatabase, startStack } from '@motcua/stack';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WARMUP = 30;

const workDir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
chmodSync(workDir, 0o755);
const database = await startDatabase({ dataDir: join(workDir, 'pg'), persistent: false });
const profiling = process.env.BENCH_CPU_PROF ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}` } : {};
const stack = await startStack({
  databaseUrl: database.url,
  seedDemo: true,
  env: {
    LOG_LEVEL: 'error',
    DEV_ISSUER_KEY_FILE: join(workDir, 'key.json'),
    FILE_STORAGE_DIR: join(workDir, 'files'),
    // The load below is a few clients sending thousands of requests a minute each: the per-client limits would
    // answer 429 to most of them, which measures the limiter, not the graph (Hive Gateway has none).
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000000',
    RATE_LIMIT_SIGNED_IN_PER_MINUTE: '100000000',
    ...profiling,
  },
  output: process.env.BENCH_LOG ? (name, line) => appendFileSync(process.env.BENCH_LOG, `${name}: ${line}\n`) : () => {},
});

try {
  console.log(
    `Một Cửa benchmark — ${new Date().toISOString()} — node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  if (process.env.BENCH_ONLY !== 'amplification') {
    const { benchLoad } = await import(resolve(REPO_ROOT, 'scripts/bench-load.mjs'));
    await benchLoad(stack, { workDir, databaseUrl: database.url, devIssuerKeyFile: join(workDir, 'key.json') });
  }
  await amplification();
  if (!process.env.BENCH_ONLY) {
    await federatedRead();
    firstLoad();
    await lighthouse();
    await indicators();
  }
} finally {
  await stack.stop();
  await database.stop();
  rmSync(workDir, { recursive: true, force: true });
}

/** One read of a dossier with its procedure's name, sequentially: through the gateway against the dossiers subgraph alone (which provides the name). */
async function federatedRead() {
  const gateway = new GatewayClient(stack.gatewayUrl);
  const token = await gateway.login('intake');
  const { staffInbox } = await gateway.data('{ staffInbox(first: 1) { nodes { code } } }', {}, token);
  const code = staffInbox.nodes[0].code;
  const viaGateway = await timeRequests(() => gateway.data('query($c: String!) { dossier(code: $c) { code status dueAt procedure { code name } } }', { c: code }, token));
  const subgraph = new GatewayClient(stack.subgraphUrls.dossiers);
  const alone = await timeRequests(() => subgraph.data('query($c: String!) { dossier(code: $c) { code status dueAt procedure { code } } }', { c: code }, token));
  console.log('Federated read: a dossier with its procedure');
  console.log(`  subgraph alone (dossiers)      median ${ms(alone.median)}  p95 ${ms(alone.p95)}`);
  console.log(`  through the gateway            median ${ms(viaGateway.median)}  p95 ${ms(viaGateway.p95)}`);
  console.log(`  ratio gateway / subgraph       median ${(viaGateway.median / alone.median).toFixed(2)}×  p95 ${(viaGateway.p95 / alone.p95).toFixed(2)}×\n`);

  const page = 'staffInbox(first: 20, statuses: [SUBMITTED, RECEIVED, IN_PROGRESS, RESULT_READY, RETURNED, REFUSED, WITHDRAWN, STOPPED, SUPPLEMENT_REQUESTED])';
  const listViaGateway = await timeRequests(() => gateway.data(`{ ${page} { nodes { code status procedure { code name } } } }`, {}, token));
  const listAlone = await timeRequests(() => subgraph.data(`{ ${page} { nodes { code status procedure { code } } } }`, {}, token));
  console.log('Federated list: an inbox page of 20 dossiers with their procedures');
  console.log(`  subgraph alone (dossiers)      median ${ms(listAlone.median)}  p95 ${ms(listAlone.p95)}`);
  console.log(`  through the gateway            median ${ms(listViaGateway.median)}  p95 ${ms(listViaGateway.p95)}`);
  console.log(`  ratio gateway / subgraph       median ${(listViaGateway.median / listAlone.median).toFixed(2)}×  p95 ${(listViaGateway.p95 / listAlone.p95).toFixed(2)}×\n`);
}

function firstLoad() {
  const out = execFileSync(process.execPath, [resolve(REPO_ROOT, 'frontends/root/measure-initial-js.mjs'), '--json'], { encoding: 'utf8' });
  const measured = JSON.parse(out);
  console.log('Citizens portal first load (gzip, from the built files)');
  console.log(`  all files ${(measured.gzipBytes / 1024).toFixed(1)} KB, of which JavaScript ${(measured.jsGzipBytes / 1024).toFixed(1)} KB; budget ${(measured.budgetBytes / 1024).toFixed(0)} KB\n`);
}

/**
 * Issue 12's costly requests: 1,450 aliases of a search (anonymous) and 1,000 of the indicators (an official), sent
 * back to back by four clients, must be refused quickly, and an ordinary procedure read beside them must stay fast.
 */
async function amplification() {
  const gateway = new GatewayClient(stack.gatewayUrl);
  const official = await gateway.login('official');
  const search = `{ ${Array.from({ length: 1450 }, (_, i) => `a${i}: procedures(search: "khai sinh", first: 1) { totalCount }`).join(' ')} }`;
  const report = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: indicators(from: "2022-01-01", to: "2022-12-31") { totalDossiers }`).join(' ')} }`;
  const post = (query, token) =>
    fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }).then((res) => res.json());
  const read = () => post('{ procedure(code: "1.001193") { code name } }');
  const alone = await timeRequests(read);
  let attacking = true;
  const refusals = [];
  const codes = new Set();
  const attackers = [0, 1, 2, 3].map(async (n) => {
    while (attacking) {
      const started = process.hrtime.bigint();
      const body = await post(n % 2 ? report : search, n % 2 ? official : undefined);
      refusals.push(Number(process.hrtime.bigint() - started) / 1e6);
      codes.add(body.errors?.[0]?.extensions?.code ?? 'ANSWERED');
    }
  });
  const beside = await timeRequests(read);
  attacking = false;
  await Promise.all(attackers);
  refusals.sort((a, b) => a - b);
  console.log('Costly requests: four clients sending 1,450-alias searches and 1,000-alias indicators back to back');
  console.log(`  ${refusals.length} sent, answered ${[...codes].join(', ')}: median ${ms(refusals[Math.floor(refusals.length / 2)])}  p95 ${ms(refusals[Math.floor(refusals.length * 0.95)])}`);
  console.log(`  procedure read alone           median ${ms(alone.median)}  p95 ${ms(alone.p95)}`);
  console.log(`  procedure read beside them     median ${ms(beside.median)}  p95 ${ms(beside.p95)}\n`);
}

/** Lighthouse's mobile audit of the citizens portal's home page, served by this stack. */
async function lighthouse() {
  const { benchLighthouse } = await import(resolve(REPO_ROOT, 'scripts/bench-lighthouse.mjs'));
  await benchLighthouse(`${stack.frontendUrl}/`);
}

/** The indicators benchmark at 100k / 1M / 10M dossiers, where it is built. */
async function indicators() {
  const module = resolve(REPO_ROOT, 'scripts/bench-indicators.mjs');
  if (!existsSync(module)) return;
  const { benchIndicators } = await import(module);
  await benchIndicators();
}

async function timeRequests(request) {
  for (let i = 0; i < WARMUP; i++) await request();
  const samples = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = process.hrtime.bigint();
    await request();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)] };
}

function ms(value) {
  return `${value.toFixed(2)} ms`.padStart(9);
}
