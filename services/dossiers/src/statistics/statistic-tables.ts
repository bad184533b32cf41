import { STATISTIC_COUNTERS, counterColumn, type CounterDelta } from '../domain/statistic-counters';

/**
 * The statistics tables: one row per (unit, procedure, channel, local day) in `statistic_day`, and the same
 * counters per calendar month in `statistic_month`, both maintained by adding ("insert … on conflict do
 * update set x = x + excluded.x") in the transaction of the change. Readers take whole months from the
 * monthly table and the ragged ends of a period from the daily one (domain/period-slices.ts).
 */
export const STATISTIC_DAY = 'dossiers.statistic_day';
export const STATISTIC_MONTH = 'dossiers.statistic_month';

export const COUNTER_COLUMNS: readonly string[] = STATISTIC_COUNTERS.map(counterColumn);

/** The local (Asia/Ho_Chi_Minh, UTC+7 all year) date of a timestamptz, as domain/local-time.ts computes it. */
export function localDaySql(column: string): string {
  return `((${column} at time zone 'UTC') + interval '7 hours')::date`;
}

/** Counters of a delta in column order, zeros included. */
export function counterValues(delta: CounterDelta): number[] {
  return STATISTIC_COUNTERS.map((c) => delta[c] ?? 0);
}

function addOnConflict(table: string, period: 'day' | 'month'): string {
  return `on conflict (unit_code, ${period}, procedure_code, channel) do update set ${COUNTER_COLUMNS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`;
}

/**
 * Adds rows (unit_code, procedure_code, channel, day, counters…) selected by `rowsSql` to both tables;
 * `rowsSql` is read twice, so it should be a CTE name or a cheap select.
 */
export function addRowsSql(rowsSql: string): string {
  const cols = COUNTER_COLUMNS.join(', ');
  const sums = COUNTER_COLUMNS.map((c) => `sum(${c})`).join(', ');
  return `days_added as (
      insert into ${STATISTIC_DAY} as statistic_day (unit_code, procedure_code, channel, day, ${cols})
      select unit_code, procedure_code, channel, day, ${cols} from ${rowsSql}
      ${addOnConflict('statistic_day', 'day')}
    )
    insert into ${STATISTIC_MONTH} as statistic_month (unit_code, procedure_code, channel, month, ${cols})
    select unit_code, procedure_code, channel, date_trunc('month', day)::date, ${sums} from ${rowsSql}
    group by unit_code, procedure_code, channel, date_trunc('month', day)
    ${addOnConflict('statistic_month', 'month')}`;
}

/** One row's counters added to its day and its month: parameters are unit, procedure, channel, day, counters. */
export const ADD_ONE_ROW_SQL = `with one_row (unit_code, procedure_code, channel, day, ${COUNTER_COLUMNS.join(', ')}) as (
    values (cast(? as text), cast(? as text), cast(? as text), cast(? as date), ${COUNTER_COLUMNS.map(() => 'cast(? as int)').join(', ')})
  ),
  ${addRowsSql('one_row')}`;
