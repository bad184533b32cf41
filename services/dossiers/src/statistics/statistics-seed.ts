import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceDeps } from '@motcua/platform';
import { whenCatalogueAnswers } from '../services/when-catalogue-answers';
import { DUC_HOA_2022 } from './duc-hoa-2022.data';
import { generateDucHoa2022, type StatisticRow } from './duc-hoa-2022.generator';
import type { Catalogue } from './catalogue.client';
import { COUNTER_COLUMNS, addRowsSql, counterValues } from './statistic-tables';

const HISTORY_2022 = 'duc-hoa-2022';
const BATCH_ROWS = 10_000;

/**
 * Demo seed: Đức Hòa's 2022 as aggregate rows (no dossiers behind them: a year of history, not a year of
 * paperwork). Loaded once; the name in `statistic_seed` records that it was.
 */
export async function seedStatisticsHistory(deps: ServiceDeps, catalogue: Catalogue): Promise<void> {
  const em = deps.orm.em.fork();
  const loaded = await em.execute('select 1 from dossiers.statistic_seed where name = ?', [HISTORY_2022]);
  if (loaded.length) return;
  const [units, procedures] = await whenCatalogueAnswers(() => Promise.all([catalogue.units(), catalogue.procedures()]));
  const communeCodes = units.filter((u) => u.level === 'COMMUNE' && u.path.includes(DUC_HOA_2022.districtCode)).map((u) => u.code);
  const rows = generateDucHoa2022({ procedures, communeCodes });
  await em.transactional(async (tx) => {
    const claimed = await tx.execute('insert into dossiers.statistic_seed (name, rows) values (?, ?) on conflict do nothing returning name', [HISTORY_2022, rows.length]);
    if (claimed.length) await addStatisticRows(tx, rows);
  });
  deps.log.info({ rows: rows.length }, 'statistics of Đức Hòa 2022 seeded');
}

/** Adds generated rows to the daily and monthly statistics, a batch at a time, each column as one array parameter. */
export async function addStatisticRows(em: EntityManager, rows: readonly StatisticRow[]): Promise<void> {
  const types = ['text', 'text', 'text', 'date', ...COUNTER_COLUMNS.map(() => 'int')];
  const sql = `with batch as (
      select * from unnest(${types.map((t) => `cast(? as ${t}[])`).join(', ')})
        as b (unit_code, procedure_code, channel, day, ${COUNTER_COLUMNS.join(', ')})
    ), ${addRowsSql('batch')}`;
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS);
    const columns: (string | number)[][] = [batch.map((r) => r.unitCode), batch.map((r) => r.procedureCode), batch.map((r) => r.channel), batch.map((r) => r.day)];
    const counters = batch.map((r) => counterValues(r.counters));
    COUNTER_COLUMNS.forEach((_, c) => columns.push(counters.map((values) => values[c])));
    await em.execute(sql, columns.map(arrayLiteral));
  }
}

/** A PostgreSQL array literal: `{"802","27931"}`; the values are codes, dates and counts. */
function arrayLiteral(values: (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '')}"`)).join(',')}}`;
}
