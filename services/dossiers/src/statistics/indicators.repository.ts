import type { EntityManager } from '@mikro-orm/postgresql';
import { portionSql } from '../domain/apportion-lineage';
import { addTally, emptyTally, sumTallies, type Tally } from '../domain/indicator-shares';
import type { PeriodSlices } from '../domain/period-slices';
import { STATISTIC_COUNTERS } from '../domain/statistic-counters';
import type { CatalogueLineageEntry } from './catalogue.client';
import { COUNTER_COLUMNS, STATISTIC_DAY, STATISTIC_MONTH } from './statistic-tables';

type TallyGrouping = 'TOTAL' | 'MONTH' | 'UNIT' | 'PROCEDURE' | 'UNIT_PROCEDURE' | 'PROCEDURE_MONTH';

export interface TallyRow {
  grouping: TallyGrouping;
  /** The unit of the asked subtree the figures rolled into (the asked unit or one of its children). */
  unitCode: string | null;
  procedureCode: string | null;
  /** 'YYYY-MM' */
  month: string | null;
  tally: Tally;
}

/** `grouping(into_code, procedure_code, month)`: a bit is set for each column summed over. */
const GROUPINGS: Record<number, TallyGrouping> = { 4: 'PROCEDURE_MONTH', 1: 'UNIT_PROCEDURE' };

const ALL_COLUMNS = ['received_online', ...COUNTER_COLUMNS];

/**
 * Reads the statistics of a lineage over a period in one statement: whole months from the monthly table, the
 * ragged ends from the daily one. A row counts for a lineage entry when its unit code is the entry's and its day
 * lies in the entry's period (codes are reused: a row belongs to the unit version valid on its day). Where a unit
 * was split among successors, each unit × procedure × month cell is apportioned counter by counter
 * (domain/apportion-lineage.ts); rows are summed by procedure × month and by unit × procedure; the total, months,
 * units and procedures are summed from those here.
 * Without a lineage (an administrator asking for everything) every row counts whole, under its own unit code.
 * The work depends on how many units, procedures and months are read, not on how many dossiers lie behind them.
 */
export async function readTallies(em: EntityManager, lineage: readonly CatalogueLineageEntry[] | null, slices: PeriodSlices): Promise<TallyRow[]> {
  const params: unknown[] = [];
  const unitFilter = () => {
    if (!lineage) return 'true';
    params.push([...new Set(lineage.map((e) => e.code))].join(','));
    return `unit_code = any(string_to_array(?, ','))`;
  };
  const parts: string[] = [];
  if (slices.months) {
    const where = unitFilter();
    params.push(slices.months.from, slices.months.to);
    parts.push(`select unit_code, procedure_code, channel, month as day, ${COUNTER_COLUMNS.join(', ')} from ${STATISTIC_MONTH}
      where ${where} and month between cast(? as date) and cast(? as date)`);
  }
  if (slices.days.length) {
    const where = unitFilter();
    const ranges = slices.days.map((range) => {
      params.push(range.from, range.to);
      return 'day between cast(? as date) and cast(? as date)';
    });
    parts.push(`select unit_code, procedure_code, channel, day, ${COUNTER_COLUMNS.join(', ')} from ${STATISTIC_DAY}
      where ${where} and (${ranges.join(' or ')})`);
  }
  const sums = [`coalesce(sum(received) filter (where channel = 'ONLINE'), 0)::int8 as received_online`, ...COUNTER_COLUMNS.map((c) => `sum(${c})::int8 as ${c}`)].join(', ');
  const month = `date_trunc('month', day)::date`;
  const joinLineage = () => {
    params.push(...lineageArrays(lineage!));
    return `rows r join unnest(cast(? as text[]), cast(? as date[]), cast(? as date[]), cast(? as text[]), cast(? as int[]), cast(? as int[]))
        as l (code, valid_from, valid_to, into_code, portion, portions)
        on l.code = r.unit_code and r.day between coalesce(l.valid_from, '-infinity') and coalesce(l.valid_to, 'infinity')`;
  };
  const grouped = `select grouping(into_code, procedure_code, month) as grouping_bits, into_code, procedure_code, to_char(month, 'YYYY-MM') as month`;
  const groupingSets = 'group by grouping sets ((procedure_code, month), (into_code, procedure_code))';
  let statement: string;
  if (lineage?.some((e) => e.portions > 1)) {
    // A unit split among successors: each unit × procedure × month cell is summed first, then shared out.
    const cellKey = `into_code, portion, portions, unit_code, procedure_code, ${month}`;
    const shares = ALL_COLUMNS.map((c) => `sum(${portionSql(c, 'portion', 'portions')})::int8 as ${c}`).join(', ');
    statement = `cells as (select ${cellKey} as month, ${sums} from ${joinLineage()} group by ${cellKey})
     ${grouped}, ${shares} from cells ${groupingSets}`;
  } else {
    // Every row counts whole (no split, or no lineage at all): summed once, without the cells in between.
    const rowsInto = lineage
      ? `select l.into_code, r.procedure_code, r.channel, ${month} as month, ${COUNTER_COLUMNS.map((c) => `r.${c}`).join(', ')} from ${joinLineage()}`
      : `select unit_code as into_code, procedure_code, channel, ${month} as month, ${COUNTER_COLUMNS.join(', ')} from rows`;
    statement = `counted as (${rowsInto})
     ${grouped}, ${sums} from counted ${groupingSets}`;
  }
  const rows = await em.execute<Record<string, string | number | null>[]>(`with rows as (${parts.join(' union all ')}), ${statement}`, params);
  const read: TallyRow[] = rows.map((r) => ({
    grouping: GROUPINGS[Number(r.grouping_bits)],
    unitCode: (r.into_code as string | null) ?? null,
    procedureCode: (r.procedure_code as string | null) ?? null,
    month: (r.month as string | null) ?? null,
    tally: tallyOf(r),
  }));
  const cellsRead = read.filter((r) => r.grouping === 'UNIT_PROCEDURE');
  const procedureMonths = read.filter((r) => r.grouping === 'PROCEDURE_MONTH');
  return [
    ...read,
    { grouping: 'TOTAL', unitCode: null, procedureCode: null, month: null, tally: sumTallies(cellsRead.map((r) => r.tally)) },
    ...rollUp(procedureMonths, 'MONTH', (r) => r.month!),
    ...rollUp(cellsRead, 'UNIT', (r) => r.unitCode!),
    ...rollUp(cellsRead, 'PROCEDURE', (r) => r.procedureCode!),
  ];
}

/** The lineage as six PostgreSQL array literals (codes and days need no escaping; null is NULL). */
function lineageArrays(lineage: readonly CatalogueLineageEntry[]): string[] {
  const literal = (values: (string | number | null)[]) => `{${values.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '')}"`)).join(',')}}`;
  return [
    literal(lineage.map((e) => e.code)),
    literal(lineage.map((e) => e.validFrom)),
    literal(lineage.map((e) => e.validTo)),
    literal(lineage.map((e) => e.intoCode)),
    literal(lineage.map((e) => e.portion)),
    literal(lineage.map((e) => e.portions)),
  ];
}

function rollUp(rows: TallyRow[], grouping: 'MONTH' | 'UNIT' | 'PROCEDURE', key: (row: TallyRow) => string): TallyRow[] {
  const groups = new Map<string, Tally>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, addTally(groups.get(k) ?? emptyTally(), row.tally));
  }
  return [...groups.entries()].map(([k, tally]) => ({
    grouping,
    unitCode: grouping === 'UNIT' ? k : null,
    procedureCode: grouping === 'PROCEDURE' ? k : null,
    month: grouping === 'MONTH' ? k : null,
    tally,
  }));
}

function tallyOf(row: Record<string, string | number | null>): Tally {
  const tally = emptyTally();
  STATISTIC_COUNTERS.forEach((c, i) => {
    tally[c] = Number(row[COUNTER_COLUMNS[i]] ?? 0);
  });
  tally.receivedOnline = Number(row.received_online ?? 0);
  return tally;
}
