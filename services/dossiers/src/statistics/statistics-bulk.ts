import { SATISFIED_FROM_RATING, STATISTIC_COUNTERS, counterColumn, type StatisticCounter } from '../domain/statistic-counters';
import { COUNTER_COLUMNS, addRowsSql, localDaySql } from './statistic-tables';

/**
 * The statistics of a set of dossiers computed from their rows in one statement: the bulk twin of the
 * incremental StatisticsRecorder (same counters, same days; the integration tests check both agree). Used
 * to load generated volumes (`npm run seed:volume`) and to backfill dossiers that existed before the
 * statistics did. It *adds*: run it once per set of dossiers.
 */

/**
 * Per dossier among `dossierIdsSql`, its application documents as its receipt sees them: how many, how many
 * digitised, how many reuse a file attached earlier to another dossier (shared with the recorder).
 */
export function applicationDocumentsSql(dossierIdsSql: string): string {
  return `select dd.dossier_id, count(*)::int as total,
         count(*) filter (where f.digitised)::int as digitised,
         count(*) filter (where exists (
           select 1 from dossiers.dossier_document earlier
           where earlier.file_id = dd.file_id and earlier.dossier_id <> dd.dossier_id and earlier.added_at < dd.added_at
         ))::int as reused
  from dossiers.dossier_document dd join dossiers.stored_file f on f.id = dd.file_id
  where dd.role = 'APPLICATION' and dd.dossier_id in (${dossierIdsSql})
  group by dd.dossier_id`;
}

/** Submitted online (born electronic), or every application document digitised at the counter (`docs` may be missing). */
export const DOCUMENTS_DIGITISED_SQL = `(s.channel = 'ONLINE' or (coalesce(docs.total, 0) > 0 and docs.digitised = docs.total))`;
export const DOCUMENTS_REUSED_SQL = `(coalesce(docs.reused, 0) > 0)`;

const flag = (condition: string) => `case when ${condition} then 1 else 0 end`;

function branch(from: string, day: string, values: Partial<Record<StatisticCounter, string>>, where: string): string {
  const counters = STATISTIC_COUNTERS.map((c) => `${values[c] ?? '0'} as ${counterColumn(c)}`).join(', ');
  return `select s.unit_code, s.procedure_code, s.channel, ${day} as day, ${counters} from ${from} where ${where}`;
}

const APPROVED = `s.status in ('RESULT_READY', 'RETURNED')`;
const COUNTED_SETTLEMENT = `s.timeliness is not null and s.status <> 'WITHDRAWN'`;

/**
 * The statistic rows (unit_code, procedure_code, channel, day, counters…) of the dossiers `dossiersSql`
 * selects (whole rows of dossiers.dossier, e.g. `select * from dossiers.dossier`, or a CTE of rows just inserted).
 */
export function statisticsOfSql(dossiersSql: string): string {
  const receipts = branch(
    `scope s left join (${applicationDocumentsSql('select id from scope')}) docs on docs.dossier_id = s.id`,
    localDaySql('s.received_at'),
    { received: '1', documentsDigitised: flag(DOCUMENTS_DIGITISED_SQL), documentsReused: flag(DOCUMENTS_REUSED_SQL) },
    's.received_at is not null',
  );
  const settlements = branch(
    'scope s',
    localDaySql('s.settled_at'),
    {
      settled: flag(COUNTED_SETTLEMENT),
      settledEarly: flag(`${COUNTED_SETTLEMENT} and s.timeliness = 'EARLY'`),
      settledOnTime: flag(`${COUNTED_SETTLEMENT} and s.timeliness = 'ON_TIME'`),
      settledLate: flag(`${COUNTED_SETTLEMENT} and s.timeliness = 'LATE'`),
      resultsIssued: flag(APPROVED),
      resultsDigitised: flag(`${APPROVED} and exists (select 1 from dossiers.dossier_document r where r.dossier_id = s.id and r.role = 'RESULT')`),
    },
    's.settled_at is not null',
  );
  const returns = branch(
    'scope s',
    localDaySql('s.returned_at'),
    {
      returned: '1',
      returnedByPost: flag(`s.delivery_method = 'POST'`),
      ratings: flag('s.rating is not null'),
      ratingSum: 'coalesce(s.rating, 0)',
      ratingsSatisfied: flag(`s.rating >= ${SATISFIED_FROM_RATING}`),
    },
    's.returned_at is not null',
  );
  const payments = branch(
    `scope s join dossiers.dossier_event e on e.dossier_id = s.id and e.action = 'FEE_PAID'`,
    localDaySql('e.at'),
    { feesPaid: '1', feesPaidOnline: flag(`e.data->>'method' = 'ONLINE'`) },
    'true',
  );
  const sums = COUNTER_COLUMNS.map((c) => `sum(${c})::int as ${c}`).join(', ');
  return `with scope as (${dossiersSql}),
    contributions as (${receipts} union all ${settlements} union all ${returns} union all ${payments})
    select unit_code, procedure_code, channel, day, ${sums} from contributions
    group by unit_code, procedure_code, channel, day
    having ${COUNTER_COLUMNS.map((c) => `sum(${c}) <> 0`).join(' or ')}`;
}

/** SQL that adds the statistics of the dossiers `dossiersSql` selects. */
export function addStatisticsOfSql(dossiersSql: string): string {
  return `with grouped as (${statisticsOfSql(dossiersSql)}), ${addRowsSql('grouped')}`;
}
