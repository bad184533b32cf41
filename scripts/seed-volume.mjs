// `npm run seed:volume -- --dossiers N [--to YYYY-MM-DD]`: writes N generated dossiers, and their statistics,
// into the dossiers schema of DATABASE_URL, or of the embedded PostgreSQL of `npm start` (.data/pg; used
// while it runs, started for the occasion otherwise). Needs `npm run build` first. See docs/indicators.md.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ducHoaVolumeCatalogue } from './volume-catalogue.mjs';

const require = createRequire(import.meta.url);
const { REPO_ROOT, startDatabase } = require('@motcua/stack');
const { openOrm } = require('@motcua/platform');

const { values } = parseArgs({ options: { dossiers: { type: 'string' }, to: { type: 'string' }, 'defer-indexes': { type: 'boolean' }, help: { type: 'boolean' } } });
const count = Number(values.dossiers);
if (values.help || !Number.isInteger(count) || count < 1) {
  console.log(
    'Usage: npm run seed:volume -- --dossiers N [--to YYYY-MM-DD] [--defer-indexes]\n' +
      '  Writes N dossiers spread over the three years before --to (default 2025-12-31), with their statistics.\n' +
      "  --defer-indexes drops the dossier table's non-unique indexes during the load and rebuilds them after (faster for millions).",
  );
  process.exit(values.help ? 0 : 1);
}

const database = await openDatabase();
const { dossiers } = require('../services/dossiers/dist/definition.js');
const { seedVolume } = require('../services/dossiers/dist/statistics/volume-generator.js');
const orm = await openOrm(dossiers, database.url);
try {
  console.log(`Writing ${count.toLocaleString('en')} dossiers into ${database.label} …`);
  const result = await seedVolume(orm.em.fork(), ducHoaVolumeCatalogue(), {
    dossiers: count,
    to: values.to,
    deferIndexes: values['defer-indexes'] ?? false,
    onBatch: ({ inserted, total, elapsedMs }) =>
      process.stdout.write(`\r  ${inserted.toLocaleString('en')} / ${total.toLocaleString('en')}  (${Math.round(inserted / (elapsedMs / 1000)).toLocaleString('en')} dossiers/s)`),
  });
  console.log(
    `\nDone: ${result.dossiers.toLocaleString('en')} dossiers from ${result.from} to ${result.to} (${result.perDay} a day) in ${(result.elapsedMs / 1000).toFixed(1)} s, statistics included.`,
  );
} finally {
  await orm.close();
  await database.stop();
}

/** DATABASE_URL; else the embedded cluster of `npm start`, running (its postmaster.pid gives the port) or started here. */
async function openDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, label: 'DATABASE_URL', stop: async () => {} };
  const dataDir = resolve(REPO_ROOT, '.data/pg');
  const running = runningPort(dataDir);
  if (running) return { url: `postgres://postgres:postgres@127.0.0.1:${running}/motcua`, label: `the running embedded PostgreSQL (${dataDir})`, stop: async () => {} };
  const db = await startDatabase({ dataDir, persistent: true });
  return { url: db.url, label: `the embedded PostgreSQL (${dataDir})`, stop: () => db.stop() };
}

function runningPort(dataDir) {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
    return Number(port);
  } catch {
    return null;
  }
}
