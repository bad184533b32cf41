import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceDeps } from '@motcua/platform';
import { whenCatalogueAnswers } from '../services/when-catalogue-answers';
import { DUC_HOA_2022 } from './duc-hoa-2022.data';
import { generateDucHoa2022, type StatisticRow } from './duc-hoa-2022.generator';
import { settlingLevelOn, type Catalogue } from './catalogue.client';
import { COUNTER_COLUMNS, addRowsSql, counterValues } from './statistic-tables';

const HISTORY_2022 = 'duc-hoa-2022';
const BATCH_ROWS = 10_000;
/** A day of the seeded year: the map and the catalogue are read as they were then. */
const HISTORY_DAY = `${DUC_HOA_2022.year}-06-30`;

/**
 * Demo seed: Đức Hòa's 2022 as aggregate rows (no dossiers behind them: a year of history, not a year of
 * paperwork). Loaded once; the name in `statistic_seed` records that it was.
 */
export async function seedStatisticsHistory(deps: ServiceDeps, catalogue: Catalogue): Promise<void> {
  const em = deps.orm.em.fork();
  const loaded = await em.execute('select 1 from dossiers.statistic_seed where name = ?', [HISTORY_2022]);
  if (loaded.length) return;
  // The district and its communes as they were in 2022 (the codes were reused in 2025), and the levels that
  // settled each procedure then.
  const [district, procedures] = await whenCatalogueAnswers(() => Promise.all([catalogue.unit(DUC_HOA_2022.districtCode, HISTORY_DAY), catalogue.procedures()]));
  if (!district) throw new Error(`the map has no unit ${DUC_HOA_2022.districtCode} on ${HISTORY_DAY}`);
  const communeCodes = district.children.filter((u) => u.level === 'COMMUNE').map((u) => u.code);
  const rows = generateDucHoa2022({ procedures: procedures.map((p) => ({ ...p, settlingLevel: settlingLevelOn(p, HISTORY_DAY) })), communeCodes });
  await em.transactional(async (tx) => {
    const claimed = await tx.execute('insert into dossiers.statistic_seed (name, rows) values (?, ?) on conflict do nothing returning name', [HISTORY_2022, rows.length]);
    if (claimed.length) await addStatisticRows(tx, rows);
  });
  deps.log.info({ rows: rows.length }, 'statistics of Đức Hòa 2022 seeded');
}

/** Adds generated rows to the daily and monthly statistics, a batch at a time, each column as one array parameter. */
async function addStatisticRows(em: EntityManager, rows: readonly StatisticRow[]): Promise<void> {
  const types = ['text', 'text', 'text', 'date', ...COUNTER_COLUMNS.map(() => 'int')];
  const sql = `with batch as (
      select * from unnest(${types.map((t) => `cast(? as ${t}[])`).join(', ')})
        as b (unit_code, procedure_code, channel, day, ${COUNTER_COLUMNS.join(', ')})
    ), ${addRowsSql('batch')}`;
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS);
    const columns: (string | number)[][] = [batch.map((r) => r.unitCode), batch.map((r) => r.procedureCode), batch.map((r) => r.channel), batch.map((r) => r.day)];
    const counters = batch.map((r) => counterValues(r.counters));
    for (const c of COUNTER_COLUMNS.keys()) columns.push(counters.map((values) => values[c]));
    await em.execute(sql, columns.map(arrayLiteral));
  }
}

/** A PostgreSQL array literal: `{"802","27931"}`; the values are codes, dates and counts. */
function arrayLiteral(values: (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '')}"`)).join(',')}}`;
}
