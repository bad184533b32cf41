import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type ServiceDeps } from '@motcua/platform';
import { DUC_HOA_2022 } from './duc-hoa-2022.data';
import { generateDucHoa2022, type StatisticRow } from './duc-hoa-2022.generator';
import type { Catalogue } from './catalogue.client';
import { COUNTER_COLUMNS, addRowsSql, counterValues } from './statistic-tables';

const HISTORY_2022 = 'duc-hoa-2022';
const BATCH_ROWS = 400;

/**
 * Demo seed: Đức Hòa's 2022 as aggregate rows (no dossiers behind them: a year of history, not a year of
 * paperwork). Loaded once; the name in `statistic_seed` records that it was.
 */
export async function seedStatisticsHistory(deps: ServiceDeps, catalogue: Catalogue): Promise<void> {
  const em = deps.orm.em.fork();
  const loaded = await em.execute('select 1 from dossiers.statistic_seed where name = ?', [HISTORY_2022]);
  if (loaded.length) return;
  const [units, procedures] = await withCatalogue(() => Promise.all([catalogue.units(), catalogue.procedures()]));
  const communeCodes = units.filter((u) => u.level === 'COMMUNE' && u.path.includes(DUC_HOA_2022.districtCode)).map((u) => u.code);
  const rows = generateDucHoa2022({ procedures, communeCodes });
  await em.transactional(async (tx) => {
    const claimed = await tx.execute('insert into dossiers.statistic_seed (name, rows) values (?, ?) on conflict do nothing returning name', [HISTORY_2022, rows.length]);
    if (claimed.length) await addStatisticRows(tx, rows);
  });
  deps.log.info({ rows: rows.length }, 'statistics of Đức Hòa 2022 seeded');
}

/** Adds generated rows to the daily and monthly statistics, in batches. */
export async function addStatisticRows(em: EntityManager, rows: readonly StatisticRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS);
    const values = batch.map(() => `(cast(? as text), cast(? as text), cast(? as text), cast(? as date), ${COUNTER_COLUMNS.map(() => 'cast(? as int)').join(', ')})`);
    const params = batch.flatMap((r) => [r.unitCode, r.procedureCode, r.channel, r.day, ...counterValues(r.counters)]);
    await em.execute(`with batch (unit_code, procedure_code, channel, day, ${COUNTER_COLUMNS.join(', ')}) as (values ${values.join(', ')}), ${addRowsSql('batch')}`, params);
  }
}

/** The procedures subgraph starts alongside this one: retry briefly while it does not answer. */
async function withCatalogue<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (err) {
      if (attempt >= 120 || !(err instanceof AppError) || err.code !== 'UNAVAILABLE') throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
