// The administrative map benchmark, called by `npm run bench` (scripts/bench.mjs) or alone:
//   node scripts/bench-units.mjs            (needs `npm run build`)
// On a throwaway PostgreSQL (embedded, or a fresh database on DATABASE_URL): how long the procedures service's
// migrations take to load the national data (both maps and the succession links), how long the first read builds
// the in-memory map, and the median time of country-scale reads through the service (the resolvers' own code).
import { createRequire } from 'node:module';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(fn, runs) {
  const ms = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await fn();
    ms.push(performance.now() - started);
  }
  return { median: median(ms), result };
}

/** @param {{ runs?: number, log?: (line: string) => void }} [options] */
export async function benchUnits({ runs = 50, log = console.log } = {}) {
  const { startDatabase } = require('../shared/stack/dist/database.js');
  const { openOrm } = require('../shared/platform/dist/index.js');
  const { procedures } = require('../services/procedures/dist/definition.js');
  const map = require('../services/procedures/dist/services/administrative-map.service.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-bench-units-'));
  // The cluster runs as the postgres user when we are root: it must reach the folder.
  chmodSync(dataDir, 0o755);
  const db = await startDatabase({ dataDir: join(dataDir, 'pg'), persistent: false });
  try {
    let started = performance.now();
    const orm = await openOrm(procedures, db.url);
    const migrateMs = performance.now() - started;
    const conn = orm.em.getConnection();
    const [{ units, links }] = await conn.execute('select (select count(*) from procedures.administrative_unit)::int as units, (select count(*) from procedures.unit_succession)::int as links');
    const service = new map.AdministrativeMapService(orm.em.fork());
    started = performance.now();
    await service.index();
    const indexMs = performance.now() - started;
    const reads = {
      'search "hau nghia" (today, 100 max)': () => service.units({ search: 'hau nghia' }),
      'communes in force, whole country (first 1000)': () => service.units({ level: 'COMMUNE', first: 1000 }),
      "province 80's communes": () => service.units({ parentCode: '80' }),
      'unit 27931 as of 2022': () => service.unit('27931', new Date('2022-06-01T00:00:00Z')),
      'lineage of province 80': async () => (await service.index()).lineage(await service.unit('80')),
    };
    const figures = {};
    for (const [label, read] of Object.entries(reads)) {
      const { median: ms, result } = await timed(read, runs);
      figures[label] = { ms, rows: Array.isArray(result) ? result.length : 1 };
    }
    await orm.close();
    log(
      `administrative map: ${units.toLocaleString('en')} unit versions and ${links.toLocaleString('en')} succession links loaded by the migrations in ${(migrateMs / 1000).toFixed(1)} s; first read builds the in-memory map in ${indexMs.toFixed(0)} ms`,
    );
    for (const [label, f] of Object.entries(figures)) log(`  ${label}: ${f.ms.toFixed(2)} ms median of ${runs} (${f.rows.toLocaleString('en')} rows)`);
    return { units, links, migrateMs, indexMs, figures };
  } finally {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchUnits().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
