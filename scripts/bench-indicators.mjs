// The indicators benchmark, called by `npm run bench` (scripts/bench.mjs) or alone:
//   node scripts/bench-indicators.mjs            (needs `npm run build`)
// A throwaway PostgreSQL (embedded, or a fresh database on DATABASE_URL) grows to 100 thousand, 1 million and
// 10 million real dossier rows (npm run seed:volume's generator, statistics included); at each volume the
// `indicators` query is timed through the dossiers subgraph's HTTP endpoint (the real resolver, token check
// and catalogue), and through the service alone (its SQL and assembly), median of 20 runs. A volume whose
// load would overrun the time budget is not faked: it is reported as not run, with the estimate.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ducHoaIndicatorCatalogue, ducHoaVolumeCatalogue } from './volume-catalogue.mjs';

const require = createRequire(import.meta.url);

const QUERY = `query Bench($unit: String, $from: Date!, $to: Date!) {
  indicators(unitCode: $unit, from: $from, to: $to) {
    totalDossiers onlineDossiers onlineShare onTimeShare onlinePaymentShare digitisedShare postalReturnShare satisfaction
    byMonth { month totalDossiers onlineShare }
    byUnit { unitCode totalDossiers onlineShare rank }
    bySettlingLevel { settlingLevel totalDossiers onlineDossiers }
    byField { field totalDossiers }
    byProcedure { procedureCode totalDossiers onlineShare }
    qualityIndex { score groups { key score parts { key ratio score status } } }
  }
}`;

const SCENARIOS = [
  { label: 'district 802, year 2024 (whole months)', unit: '802', from: '2024-01-01', to: '2024-12-31' },
  { label: 'district 802, 15 Mar – 20 Nov 2024', unit: '802', from: '2024-03-15', to: '2024-11-20' },
  { label: 'commune 27931, year 2024', unit: '27931', from: '2024-01-01', to: '2024-12-31' },
  { label: 'district 802, 2023–2025', unit: '802', from: '2023-01-01', to: '2025-12-31' },
];

/**
 * @param {{ volumes?: number[], runs?: number, budgetSeconds?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<{ volumes: object[] }>} the figures printed
 */
export async function benchIndicators(options = {}) {
  const volumes = options.volumes ?? (process.env.BENCH_VOLUMES ? process.env.BENCH_VOLUMES.split(',').map(Number) : [100_000, 1_000_000, 10_000_000]);
  const runs = options.runs ?? 20;
  const budgetSeconds = options.budgetSeconds ?? Number(process.env.BENCH_INDICATORS_BUDGET_S ?? 900);
  const log = options.log ?? ((line) => console.log(line));
  const env = await startThrowawayStack();
  const results = [];
  try {
    log(
      `Indicators benchmark — ${new Date().toISOString()} — load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on this machine`,
    );
    let current = 0;
    let spentSeconds = 0;
    let rate = null;
    for (const target of volumes) {
      const adding = target - current;
      const estimate = rate ? adding / rate : null;
      if (estimate !== null && spentSeconds + estimate > budgetSeconds) {
        results.push({
          dossiers: target,
          skipped: `not run: loading ${adding.toLocaleString('en')} more would take ~${Math.round(estimate / 60)} min at ${Math.round(rate).toLocaleString('en')} dossiers/s (budget ${budgetSeconds} s; set BENCH_INDICATORS_BUDGET_S)`,
        });
        log(`  ${target.toLocaleString('en')}: ${results.at(-1).skipped}`);
        continue;
      }
      log(`  loading ${adding.toLocaleString('en')} dossiers (to ${target.toLocaleString('en')}) …`);
      const cpuBefore = env.databaseCpuMs();
      const loaded = await env.seed(adding);
      loaded.databaseCpuSeconds = cpuBefore === null ? null : (env.databaseCpuMs() - cpuBefore) / 1000;
      current = target;
      spentSeconds += loaded.elapsedMs / 1000;
      rate = adding / (loaded.elapsedMs / 1000);
      const sizes = await env.sizes();
      const timings = [];
      for (const scenario of SCENARIOS) timings.push({ ...scenario, http: await env.timeHttp(scenario, runs), service: await env.timeService(scenario, runs) });
      results.push({ dossiers: target, loadSeconds: loaded.elapsedMs / 1000, databaseCpuSeconds: loaded.databaseCpuSeconds, rate, sizes, timings });
      log(
        `  ${target.toLocaleString('en')} dossiers: loaded in ${(loaded.elapsedMs / 1000).toFixed(0)} s (${Math.round(rate).toLocaleString('en')}/s); district 2024 over HTTP ${timings[0].http.median.toFixed(1)} ms`,
      );
    }
    print(results, runs, log);
    return { volumes: results };
  } finally {
    await env.stop();
  }
}

function print(results, runs, log) {
  const done = results.filter((r) => !r.skipped);
  const col = (s) => String(s).padStart(18);
  const head = (label) => label.padEnd(44);
  log(`\nIndicators query latency, median of ${runs} (ms): HTTP = dossiers subgraph /graphql with an official's token; service = IndicatorsService alone`);
  log(head('dossiers') + results.map((r) => col(r.dossiers.toLocaleString('en'))).join(''));
  log(head('load time, dossiers + statistics (s)') + results.map((r) => col(r.skipped ? 'not run' : r.loadSeconds.toFixed(0))).join(''));
  log(head('  PostgreSQL CPU time of the load (s)') + results.map((r) => col(r.skipped || r.databaseCpuSeconds === null ? '—' : r.databaseCpuSeconds.toFixed(0))).join(''));
  log(head('dossier rows in the table') + results.map((r) => col(r.skipped ? '—' : r.sizes.dossiers.toLocaleString('en'))).join(''));
  log(head('statistic rows, daily / monthly') + results.map((r) => col(r.skipped ? '—' : `${r.sizes.dayRows.toLocaleString('en')} / ${r.sizes.monthRows.toLocaleString('en')}`)).join(''));
  for (const [i, scenario] of SCENARIOS.entries()) {
    log(head(`${scenario.label}, HTTP`) + results.map((r) => col(r.skipped ? '—' : r.timings[i].http.median.toFixed(1))).join(''));
    log(head(`${scenario.label}, service`) + results.map((r) => col(r.skipped ? '—' : r.timings[i].service.median.toFixed(1))).join(''));
  }
  for (const r of results.filter((x) => x.skipped)) log(`${r.dossiers.toLocaleString('en')}: ${r.skipped}`);
  if (done.length) log(`p95 of the district-year query over HTTP: ${done.map((r) => `${r.timings[0].http.p95.toFixed(1)} ms at ${r.dossiers.toLocaleString('en')}`).join(', ')}`);
}

/** PostgreSQL, the procedures subgraph (catalogue) and the dossiers subgraph, in this process; a JWKS for their tokens. */
async function startThrowawayStack() {
  const { startDatabase } = require('@motcua/stack');
  const { startSubgraph, openOrm, createDevIssuer, DEMO_ACCOUNTS } = require('@motcua/platform');
  const workDir = mkdtempSync(join(tmpdir(), 'motcua-bench-indicators-'));
  chmodSync(workDir, 0o755);
  const savedEnv = { LOG_LEVEL: process.env.LOG_LEVEL, PROCEDURES_URL: process.env.PROCEDURES_URL };
  process.env.LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'error';
  const database = await startDatabase({ dataDir: join(workDir, 'pg'), persistent: false });
  const issuer = await createDevIssuer();
  const jwks = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify(issuer.jwks)));
  await new Promise((done) => jwks.listen(0, '127.0.0.1', done));
  const env = { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'test', PORT: '0', JWKS_URL: `http://127.0.0.1:${jwks.address().port}/jwks.json`, SEED_DEMO: 'true' };
  const services = [];
  let orm;
  try {
    const { procedures } = require('../services/procedures/dist/definition.js');
    const catalogueService = await startSubgraph(procedures, env);
    services.push(catalogueService);
    // The dossiers service reads the catalogue from this address when its modules load.
    process.env.PROCEDURES_URL = `${catalogueService.url}/graphql`;
    const { dossiers } = require('../services/dossiers/dist/definition.js');
    services.push(await startSubgraph(dossiers, { ...env, SEED_DEMO: 'false', PROCEDURES_URL: process.env.PROCEDURES_URL }));
    orm = await openOrm(dossiers, database.url);
  } catch (err) {
    await Promise.all(services.map((s) => s.close()));
    jwks.close();
    await database.stop();
    throw err;
  }
  const dossiersUrl = `${services[1].url}/graphql`;
  const token = await issuer.sign(DEMO_ACCOUNTS.find((a) => a.username === 'official'));
  const official = { subject: 'demo-official', roles: ['OFFICIAL'], unitCode: '802' };
  const { seedVolume } = require('../services/dossiers/dist/statistics/volume-generator.js');
  const { IndicatorsService } = require('../services/dossiers/dist/statistics/indicators.service.js');
  const { fixedCatalogue } = require('../services/dossiers/dist/statistics/catalogue.client.js');
  const indicatorCatalogue = ducHoaIndicatorCatalogue();
  const catalogue = fixedCatalogue(indicatorCatalogue.units, indicatorCatalogue.procedures);

  const postmaster = join(workDir, 'pg', 'postmaster.pid');
  return {
    /** CPU time of the embedded cluster's processes so far (null on DATABASE_URL): the load's cost without the machine's noise. */
    databaseCpuMs() {
      if (!existsSync(postmaster)) return null;
      const master = readFileSync(postmaster, 'utf8').split('\n')[0];
      const children = execFileSync('ps', ['--ppid', master, '-o', 'pid='], { encoding: 'utf8' }).trim().split(/\s+/).filter(Boolean);
      let ms = 0;
      for (const pid of [master, ...children]) {
        try {
          const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
          // utime + stime, and for the postmaster also the time of the children it has reaped (cutime + cstime).
          ms += (Number(fields[11]) + Number(fields[12]) + (pid === master ? Number(fields[13]) + Number(fields[14]) : 0)) * 10;
        } catch {
          // the process ended in between
        }
      }
      return ms;
    },
    async seed(count) {
      const em = orm.em.fork();
      // Autovacuum of the freshly loaded dossiers would compete with the timings: this database is thrown
      // away, so the bench vacuums what the query reads itself, and counts that as part of the load.
      await em.execute('alter table dossiers.dossier set (autovacuum_enabled = false)');
      const loaded = await seedVolume(em, ducHoaVolumeCatalogue(), { dossiers: count, deferIndexes: true });
      const started = Date.now();
      for (const table of ['dossiers.statistic_day', 'dossiers.statistic_month']) await em.execute(`vacuum analyze ${table}`);
      await em.execute('analyze dossiers.dossier');
      return { ...loaded, elapsedMs: loaded.elapsedMs + (Date.now() - started) };
    },
    async sizes() {
      const em = orm.em.fork();
      const [row] = await em.execute(
        `select (select count(*) from dossiers.dossier) as dossiers, (select count(*) from dossiers.statistic_day) as day_rows,
                (select count(*) from dossiers.statistic_month) as month_rows`,
      );
      return { dossiers: Number(row.dossiers), dayRows: Number(row.day_rows), monthRows: Number(row.month_rows) };
    },
    timeHttp: (scenario, runs) =>
      time(runs, async () => {
        const res = await fetch(dossiersUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: QUERY, variables: { unit: scenario.unit, from: scenario.from, to: scenario.to } }),
        });
        const body = await res.json();
        if (body.errors) throw new Error(`indicators failed: ${JSON.stringify(body.errors)}`);
      }),
    timeService: (scenario, runs) => time(runs, () => new IndicatorsService(orm.em.fork(), catalogue).indicators(official, scenario.unit, scenario.from, scenario.to)),
    async stop() {
      await orm?.close();
      for (const service of services.reverse()) await service.close();
      jwks.close();
      await database.stop();
      rmSync(workDir, { recursive: true, force: true });
      for (const [key, value] of Object.entries(savedEnv)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}

async function time(runs, request) {
  for (let i = 0; i < 10; i++) await request();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await request();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchIndicators();
}
