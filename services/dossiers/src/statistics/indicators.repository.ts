import type { EntityManager } from '@mikro-orm/postgresql';
import { addTally, emptyTally, sumTallies, type Tally } from '../domain/indicator-shares';
import type { PeriodSlices } from '../domain/period-slices';
import { STATISTIC_COUNTERS, counterColumn } from '../domain/statistic-counters';
import { COUNTER_COLUMNS, STATISTIC_DAY, STATISTIC_MONTH } from './statistic-tables';

export type TallyGrouping = 'TOTAL' | 'MONTH' | 'UNIT' | 'PROCEDURE' | 'UNIT_PROCEDURE';

export interface TallyRow {
  grouping: TallyGrouping;
  unitCode: string | null;
  procedureCode: string | null;
  /** 'YYYY-MM' */
  month: string | null;
  tally: Tally;
}

/** `grouping(unit_code, procedure_code, month)`: a bit is set for each column summed over. */
const GROUPINGS: Record<number, TallyGrouping> = { 6: 'MONTH', 1: 'UNIT_PROCEDURE' };

/**
 * Reads the statistics of some units over a period in one statement: whole months from the monthly table,
 * the ragged ends from the daily one, summed at once by month and by unit × procedure; the total, the units
 * and the procedures are summed from the latter here (a few hundred rows). The work depends on how many
 * units, procedures and months are asked for, not on how many dossiers lie behind them.
 */
export async function readTallies(em: EntityManager, unitCodes: string[] | null, slices: PeriodSlices): Promise<TallyRow[]> {
  const params: unknown[] = [];
  const unitFilter = () => {
    if (!unitCodes) return 'true';
    params.push(unitCodes.join(','));
    return `unit_code = any(string_to_array(?, ','))`;
  };
  const parts: string[] = [];
  if (slices.months) {
    const where = unitFilter();
    params.push(slices.months.from, slices.months.to);
    parts.push(`select unit_code, procedure_code, channel, month, ${COUNTER_COLUMNS.join(', ')} from ${STATISTIC_MONTH}
      where ${where} and month between cast(? as date) and cast(? as date)`);
  }
  if (slices.days.length) {
    const where = unitFilter();
    const ranges = slices.days.map((range) => {
      params.push(range.from, range.to);
      return 'day between cast(? as date) and cast(? as date)';
    });
    parts.push(`select unit_code, procedure_code, channel, date_trunc('month', day)::date as month, ${COUNTER_COLUMNS.join(', ')} from ${STATISTIC_DAY}
      where ${where} and (${ranges.join(' or ')})`);
  }
  const sums = COUNTER_COLUMNS.map((c) => `sum(${c})::int8 as ${c}`).join(', ');
  const rows = await em.execute<Record<string, string | number | null>[]>(
    `with rows as (${parts.join(' union all ')})
     select grouping(unit_code, procedure_code, month) as grouping_bits, unit_code, procedure_code, to_char(month, 'YYYY-MM') as month,
       coalesce(sum(received) filter (where channel = 'ONLINE'), 0)::int8 as received_online, ${sums}
     from rows
     group by grouping sets ((month), (unit_code, procedure_code))`,
    params,
  );
  const read: TallyRow[] = rows.map((r) => ({
    grouping: GROUPINGS[Number(r.grouping_bits)],
    unitCode: (r.unit_code as string | null) ?? null,
    procedureCode: (r.procedure_code as string | null) ?? null,
    month: (r.month as string | null) ?? null,
    tally: tallyOf(r),
  }));
  const cells = read.filter((r) => r.grouping === 'UNIT_PROCEDURE');
  return [
    ...read,
    { grouping: 'TOTAL', unitCode: null, procedureCode: null, month: null, tally: sumTallies(cells.map((r) => r.tally)) },
    ...rollUp(cells, 'UNIT', (r) => r.unitCode!),
    ...rollUp(cells, 'PROCEDURE', (r) => r.procedureCode!),
  ];
}

function rollUp(cells: TallyRow[], grouping: 'UNIT' | 'PROCEDURE', key: (row: TallyRow) => string): TallyRow[] {
  const groups = new Map<string, Tally>();
  for (const cell of cells) {
    const k = key(cell);
    const sum = groups.get(k) ?? emptyTally();
    groups.set(k, addTally(sum, cell.tally));
  }
  return [...groups.entries()].map(([k, tally]) => ({
    grouping,
    unitCode: grouping === 'UNIT' ? k : null,
    procedureCode: grouping === 'PROCEDURE' ? k : null,
    month: null,
    tally,
  }));
}

function tallyOf(row: Record<string, string | number | null>): Tally {
  const tally = emptyTally();
  for (const c of STATISTIC_COUNTERS) tally[c] = Number(row[counterColumn(c)] ?? 0);
  tally.receivedOnline = Number(row.received_online ?? 0);
  return tally;
}
