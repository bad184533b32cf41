// Issue 13's figures under load, called by `npm run bench` (scripts/bench.mjs) on a running stack:
// three reads at 20 connections against the subgraph alone, our gateway and Hive Gateway (serving the same
// supergraph, the caller's Authorization forwarded), the subgraphs' CPU per request, and citizens submitting
// dossiers at 20 at a time. Load goes to 127.0.0.1 only; targets alternate, each run is BENCH_LOAD_SECONDS long
// and there are BENCH_LOAD_ROUNDS rounds, so a busy moment of the machine spreads over every target alike.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { GatewayClient, REPO_ROOT, freePort, mintDevToken } from '@motcua/stack';

const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 2);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 600);
/** Kernel clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

const CATALOGUE = '{ procedures(search: "khai sinh", first: 10) { nodes { code name } } }';
const ONE_DOSSIER = 'query($c: String!) { dossier(code: $c) { code status dueAt procedure { code name } } }';
const ONE_DOSSIER_ALONE = 'query($c: String!) { dossier(code: $c) { code status dueAt procedure { code } } }';
const INBOX = '{ staffInbox(first: 20) { nodes { code status procedure { code name } } } }';
const INBOX_ALONE = '{ staffInbox(first: 20) { nodes { code status procedure { code } } } }';

/**
 * @param {{ gatewayUrl: string, subgraphUrls: Record<string, string> }} stack
 * @param {{ workDir: string, databaseUrl: string, devIssuerKeyFile: string, log?: (line: string) => void }} options
 */
export async function benchLoad(stack, { workDir, databaseUrl, devIssuerKeyFile, log = (line) => console.log(line) }) {
  const gateway = new GatewayClient(stack.gatewayUrl.replace('localhost', '127.0.0.1'));
  const citizen = await gateway.login('citizen');
  const intake = await gateway.login('intake');
  const { myDossiers } = await gateway.data('{ myDossiers(first: 1) { nodes { code } } }', {}, citizen);
  const code = myDossiers.nodes[0].code;

  const hive = await startHiveGateway(stack, workDir);
  try {
    const pids = stackPids();
    const scenarios = [
      { label: '(a) catalogue search', subgraph: 'procedures', alone: { query: CATALOGUE }, graph: { query: CATALOGUE } },
      {
        label: '(b) one dossier + procedure',
        subgraph: 'dossiers',
        token: citizen,
        alone: { query: ONE_DOSSIER_ALONE, variables: { c: code } },
        graph: { query: ONE_DOSSIER, variables: { c: code } },
      },
      { label: '(c) inbox page of 20', subgraph: 'dossiers', token: intake, alone: { query: INBOX_ALONE }, graph: { query: INBOX } },
    ];
    const targets = (s) => [
      { name: 'subgraph', url: `${stack.subgraphUrls[s.subgraph]}/graphql`, body: s.alone, pid: pids[s.subgraph] },
      { name: 'ours', url: `${stack.gatewayUrl.replace('localhost', '127.0.0.1')}/graphql`, body: s.graph, pid: pids.gateway },
      { name: 'hive', url: `${hive.url}/graphql`, body: s.graph, pid: hive.pid },
    ];
    for (const s of scenarios) for (const t of targets(s)) await probe(t, s.token);

    const figures = new Map();
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of scenarios) {
        const list = targets(s);
        // Each round starts with another target, so none always runs first (or right after a heavy one).
        const ordered = [...list.slice(round % list.length), ...list.slice(0, round % list.length)];
        for (const t of ordered) {
          if (round === 0) await load(t, s.token, 1);
          const subgraphPid = pids[s.subgraph];
          const before = { target: cpuSeconds(t.pid), subgraph: cpuSeconds(subgraphPid) };
          const result = await load(t, s.token, SECONDS);
          const runs = figures.get(`${s.label}|${t.name}`) ?? [];
          runs.push({
            rps: result.requests.total / SECONDS,
            p50: result.latency.p50,
            p99: result.latency.p99,
            failed: result.non2xx + result.errors + result.timeouts,
            cpuPerRequest: ((cpuSeconds(t.pid) - before.target) * 1000) / result.requests.total,
            subgraphCpuPerRequest: ((cpuSeconds(subgraphPid) - before.subgraph) * 1000) / result.requests.total,
          });
          figures.set(`${s.label}|${t.name}`, runs);
        }
      }
    }
    printReads(scenarios, figures, log);
  } finally {
    await hive.stop();
  }
  // One citizen per client: a citizen may upload 300 files a day.
  const citizens = await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => mintDevToken(devIssuerKeyFile, { subject: `bench-citizen-${i}`, name: 'Nguyễn Văn An', roles: ['CITIZEN'] })));
  await submissions(gateway, citizens, databaseUrl, log);
}

function printReads(scenarios, figures, log) {
  const mean = (runs, key) => runs.reduce((sum, r) => sum + r[key], 0) / runs.length;
  log(`Reads under load: ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s per target, targets alternating (mean of rounds)`);
  log('  operation                     | subgraph alone RPS p50/p99 | our gateway RPS p50/p99 | Hive Gateway RPS p50/p99 | ours÷Hive | ours p50÷alone');
  for (const s of scenarios) {
    const [alone, ours, hive] = ['subgraph', 'ours', 'hive'].map((t) => figures.get(`${s.label}|${t}`));
    const cell = (runs) => `${mean(runs, 'rps').toFixed(0).padStart(6)} ${mean(runs, 'p50').toFixed(1)}/${mean(runs, 'p99').toFixed(1)} ms`.padEnd(24);
    log(
      `  ${s.label.padEnd(29)} | ${cell(alone)}   | ${cell(ours)}| ${cell(hive)} | ${(mean(ours, 'rps') / mean(hive, 'rps')).toFixed(2).padStart(9)} | ${(mean(ours, 'p50') / mean(alone, 'p50')).toFixed(2)}×`,
    );
    const failed = [alone, ours, hive].flat().reduce((sum, r) => sum + r.failed, 0);
    if (failed) log(`    ${failed} requests failed (non-2xx, errors or timeouts)`);
  }
  log('CPU per request (ms): the subgraph serving it alone; each gateway; the subgraph behind our gateway and behind Hive');
  for (const s of scenarios) {
    const [alone, ours, hive] = ['subgraph', 'ours', 'hive'].map((t) => figures.get(`${s.label}|${t}`));
    log(
      `  ${s.label.padEnd(29)} | ${s.subgraph} alone ${mean(alone, 'cpuPerRequest').toFixed(2)} | our gateway ${mean(ours, 'cpuPerRequest').toFixed(2)}` +
        ` | Hive ${mean(hive, 'cpuPerRequest').toFixed(2)} | ${s.subgraph} behind ours ${mean(ours, 'subgraphCpuPerRequest').toFixed(2)}, behind Hive ${mean(hive, 'subgraphCpuPerRequest').toFixed(2)}`,
    );
  }
  log('');
}

/** One request before the load, so that a target that answers with errors is not measured as fast. */
async function probe(target, token) {
  const res = await fetch(target.url, { method: 'POST', headers: headersOf(token), body: JSON.stringify(target.body) });
  const body = await res.json();
  if (!res.ok || body.errors?.length || !body.data) throw new Error(`${target.name} at ${target.url}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
}

function load(target, token, seconds) {
  return autocannon({ url: target.url, method: 'POST', connections: CONNECTIONS, duration: seconds, headers: headersOf(token), body: JSON.stringify(target.body) });
}

function headersOf(token) {
  return { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

/** Hive Gateway with its default settings on the supergraph we compose, pointed at this stack's subgraphs. */
async function startHiveGateway(stack, workDir) {
  let supergraph = readFileSync(resolve(REPO_ROOT, 'gateway/supergraph.graphql'), 'utf8');
  supergraph = supergraph.replace(/@join__graph\(name: "(\w+)", url: "[^"]+"\)/g, (_m, name) => `@join__graph(name: "${name}", url: "${stack.subgraphUrls[name]}/graphql")`);
  writeFileSync(join(workDir, 'supergraph.graphql'), supergraph);
  // Only what our gateway does too: the caller's token goes on to the subgraphs, which verify it themselves.
  writeFileSync(
    join(workDir, 'gateway.config.mjs'),
    `export const gatewayConfig = { propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }) } };\n`,
  );
  const port = await freePort();
  const bin = resolve(REPO_ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js');
  const child = spawn(process.execPath, [bin, 'supergraph', join(workDir, 'supergraph.graphql'), '--port', String(port), '--host', '127.0.0.1', '--config-path', join(workDir, 'gateway.config.mjs')], {
    cwd: workDir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`Hive Gateway exited: ${stderr}`);
    if (waited > 60_000) throw new Error(`Hive Gateway did not start: ${stderr}`);
    const ready = await fetch(`${url}/readiness`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/** The stack's processes are this process's children: find each by its script. */
function stackPids() {
  const pids = {};
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid) continue;
      const script = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[1] ?? '';
      const match = /(?:services\/(\w+)|(gateway))\/dist\/main\.js$/.exec(script);
      if (match) pids[match[1] ?? match[2]] = Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** User + system CPU seconds a process has used. */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Citizens submitting online, 20 at a time, each dossier with two uploaded documents; then the rows are counted. */
async function submissions(gateway, citizens, databaseUrl, log) {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  const upload = async (token) => {
    const form = new FormData();
    form.append('file', new Blob([PDF]), 'giay-to.pdf');
    const res = await fetch(`${gateway.baseUrl}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
    return (await res.json()).id;
  };
  // The uploads come first and are not timed: the figure is submitDossier's.
  const tokenOf = (i) => citizens[i % citizens.length];
  const files = await pool(SUBMISSIONS, CONNECTIONS, async (i) => [await upload(tokenOf(i)), await upload(tokenOf(i))]);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const count = async () => {
    const { rows } = await db.query('select (select count(*) from dossiers.dossier)::int as dossiers, (select count(*) from dossiers.dossier_document)::int as documents');
    return rows[0];
  };
  const before = await count();
  const mutation = 'mutation Submit($input: SubmitDossierInput!) { submitDossier(input: $input) { code status } }';
  const latencies = [];
  let failed = 0;
  const started = performance.now();
  await pool(SUBMISSIONS, CONNECTIONS, async (i) => {
    const input = {
      procedureCode: '1.001193',
      unitCode: '27931',
      applicant: { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa, tỉnh Tây Ninh' },
      documents: [
        { requirementId: 'to-khai', fileId: files[i][0] },
        { requirementId: 'giay-chung-sinh', fileId: files[i][1] },
      ],
      deliveryMethod: 'ONLINE',
      formData: { 'ho-ten-tre': 'Nguyễn Minh Khang', 'ngay-sinh': '2026-11-20', 'gioi-tinh': 'Nam', 'noi-sinh': 'Bệnh viện đa khoa Đức Hòa', 'ho-ten-me': 'Lê Thị Hồng' },
    };
    const t0 = performance.now();
    const result = await gateway.graphql(mutation, { input }, tokenOf(i));
    latencies.push(performance.now() - t0);
    if (result.errors?.length || !result.data?.submitDossier?.code) {
      if (failed++ === 0) log(`  first failure: ${JSON.stringify(result.errors).slice(0, 300)}`);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await count();
  await db.end();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
  log(`submitDossier, two documents each, ${CONNECTIONS} concurrent clients, ${SUBMISSIONS} submissions`);
  log(`  ${(SUBMISSIONS / seconds).toFixed(1)} submissions/s, p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms; failed ${failed}`);
  log(`  rows added: ${after.dossiers - before.dossiers} dossiers, ${after.documents - before.documents} documents (expected ${SUBMISSIONS - failed}, ${2 * (SUBMISSIONS - failed)})\n`);
}

/** Runs `work(i)` for i < count, `concurrency` at a time; the results in order. */
async function pool(count, concurrency, work) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await work(i);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
