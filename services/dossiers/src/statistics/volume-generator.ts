import type { EntityManager } from '@mikro-orm/postgresql';
import { dossierSearchText } from '../domain/dossier-search';
import { daysIn, endOfMonth, monthsOf, type DateRange } from '../domain/period-slices';
import { apportion } from './apportion';
import { COMMUNE_PROFILES, IN_PERSON_PULL, ONLINE_PULL, PROCEDURE_ONLINE_TILT, PROCEDURE_WEIGHTS } from './duc-hoa-2022.data';
import type { HistoryProcedure } from './duc-hoa-2022.generator';
import { addRowsSql, localDaySql } from './statistic-tables';
import { statisticsOfSql } from './statistics-bulk';
import { addDays } from '@motcua/platform';

/**
 * Load generator (`npm run seed:volume`, `npm run bench`): N real dossier rows written by SQL
 * (generate_series, a day of dossiers per code sequence, whole days per transaction), and their statistics
 * added in the same statement by the bulk twin of the recorder. The mix follows the Đức Hòa profile (units,
 * procedures, online shares); outcomes are drawn from hashes of the dossier's number, so a run is
 * repeatable. Volume dossiers have no documents, events or payments: their digitisation and payment
 * counters stay 0.
 */

interface VolumeUnit {
  code: string;
  level: 'DISTRICT' | 'COMMUNE';
  agencyCode: string;
}

export interface VolumeCatalogue {
  units: readonly VolumeUnit[];
  procedures: readonly HistoryProcedure[];
}

export interface VolumeOptions {
  dossiers: number;
  /** Last local day of the span (default 2025-12-31); the span reaches back at least three years. */
  to?: string;
  /** Rows per transaction (whole days are kept together). */
  batchRows?: number;
  /**
   * Drop the dossier table's non-unique indexes for the load and build them again at the end (faster for
   * big loads; readers of the dossiers meanwhile go without those indexes). The time is included.
   */
  deferIndexes?: boolean;
  /** Concurrent transactions (default 2, one per core of a small machine). */
  workers?: number;
  onBatch?: (progress: { inserted: number; total: number; elapsedMs: number }) => void;
}

export interface VolumeResult {
  dossiers: number;
  from: string;
  to: string;
  perDay: number;
  elapsedMs: number;
}

/** A dossier code holds four digits of daily sequence. */
const MAX_PER_DAY = 9_000;
const MIN_SPAN_DAYS = 1_096;
const SLOTS = 10_000;
/** Online share of a cell before the procedure's pull: the levels' 2022 shares. */
const BASE_ONLINE = { DISTRICT: 0.69, COMMUNE: 0.35 } as const;

interface VolumeCell {
  unitCode: string;
  agencyCode: string;
  procedureCode: string;
  processingDays: number;
  onlineShare: number;
  slots: number;
}

/** Units × procedures of their level, with the share of the volume (in slots of 10,000) and online share of each. */
function volumeCells(catalogue: VolumeCatalogue): VolumeCell[] {
  const pairs: Omit<VolumeCell, 'slots'>[] = [];
  const weights: number[] = [];
  for (const unit of [...catalogue.units].sort((a, b) => a.code.localeCompare(b.code))) {
    const profile = unit.level === 'DISTRICT' ? { volume: 110, online: 1 } : (COMMUNE_PROFILES[unit.code] ?? { volume: 5, online: 1 });
    const procedures = catalogue.procedures.filter((p) => p.settlingLevel === unit.level);
    const levelWeight = procedures.reduce((s, p) => s + (PROCEDURE_WEIGHTS[p.code] ?? 1), 0);
    for (const p of [...procedures].sort((a, b) => a.code.localeCompare(b.code))) {
      const pull = ONLINE_PULL[p.onlineLevel] * (PROCEDURE_ONLINE_TILT[p.code] ?? 1) * profile.online;
      const push = IN_PERSON_PULL[p.onlineLevel] / (PROCEDURE_ONLINE_TILT[p.code] ?? 1);
      const odds = (BASE_ONLINE[unit.level] / (1 - BASE_ONLINE[unit.level])) * (pull / Math.max(push, 0.01));
      pairs.push({
        unitCode: unit.code,
        agencyCode: unit.agencyCode,
        procedureCode: p.code,
        processingDays: Math.max(1, p.processingDays),
        onlineShare: p.onlineLevel === 'NONE' ? 0 : Math.min(0.97, odds / (1 + odds)),
      });
      weights.push((profile.volume * (PROCEDURE_WEIGHTS[p.code] ?? 1)) / levelWeight);
    }
  }
  const slots = apportion(SLOTS, weights);
  return pairs.map((p, i) => ({ ...p, slots: slots[i] })).filter((c) => c.slots > 0);
}

/** Writes `options.dossiers` dossiers and their statistics; returns the span used and the time taken. */
export async function seedVolume(em: EntityManager, catalogue: VolumeCatalogue, options: VolumeOptions): Promise<VolumeResult> {
  const total = options.dossiers;
  if (!Number.isInteger(total) || total < 1) throw new RangeError('dossiers must be a whole number ≥ 1');
  const to = options.to ?? '2025-12-31';
  const spanDays = Math.max(MIN_SPAN_DAYS, Math.ceil(total / MAX_PER_DAY));
  const from = addDays(to, -(spanDays - 1));
  const perDay = Math.ceil(total / spanDays);
  const last = addDays(from, Math.ceil(total / perDay) - 1);
  const cells = volumeCells(catalogue);
  const started = Date.now();
  const deferred = options.deferIndexes ? await dropSecondaryIndexes(em) : [];
  // Ids ordered within a run (run prefix + dossier number) keep the primary key's inserts at its right edge.
  const runId = Math.floor(Math.random() * 0xffffffff);
  let inserted = 0;
  const load = async (batch: DateRange) => {
    await em.fork().transactional(async (tx) => {
      await assertRoomInSequences(tx, batch.from, batch.to, perDay);
      await tx.execute(`set local work_mem = '128MB'`);
      await tx.execute(`set local synchronous_commit = off`);
      // The generated rows are counted by hashing; the planner misjudges their number and would sort.
      await tx.execute(`set local enable_sort = off`);
      await createCellTable(tx, cells);
      await tx.execute(BATCH_SQL, [runId, from, batch.from, batch.to, perDay, perDay, perDay, total]);
    });
    inserted = Math.min(total, inserted + daysIn(batch) * perDay);
    options.onBatch?.({ inserted, total, elapsedMs: Date.now() - started });
  };
  // Workers take disjoint runs of whole months, so they never touch the same statistic or sequence rows.
  const months = monthRanges(from, last);
  const workers = Math.max(1, Math.min(options.workers ?? 2, months.length));
  const share = Math.ceil(months.length / workers);
  const batchDays = Math.max(1, Math.floor((options.batchRows ?? 150_000) / perDay));
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (const month of months.slice(w * share, (w + 1) * share)) {
        for (const batch of dayBatches(month, batchDays)) await load(batch);
      }
    }),
  );
  for (const definition of deferred) await em.execute(definition);
  return { dossiers: total, from, to: last, perDay, elapsedMs: Date.now() - started };
}

/** The calendar months (clipped to the span) from `from` to `to`. */
function monthRanges(from: string, to: string): DateRange[] {
  return monthsOf(from, to).map((m) => ({ from: `${m}-01` < from ? from : `${m}-01`, to: endOfMonth(`${m}-01`) > to ? to : endOfMonth(`${m}-01`) }));
}

function dayBatches(range: DateRange, days: number): DateRange[] {
  const batches: DateRange[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, days)) {
    const end = addDays(day, days - 1);
    batches.push({ from: day, to: end < range.to ? end : range.to });
  }
  return batches;
}

/** Drops the non-unique indexes of dossiers.dossier; returns the statements that build them again. */
async function dropSecondaryIndexes(em: EntityManager): Promise<string[]> {
  const indexes = await em.execute<{ name: string; definition: string }[]>(
    `select indexname as name, indexdef as definition from pg_indexes
     where schemaname = 'dossiers' and tablename = 'dossier' and indexdef not like 'CREATE UNIQUE%'`,
  );
  for (const index of indexes) await em.execute(`drop index dossiers."${index.name}"`);
  return indexes.map((i) => i.definition);
}

/** Codes hold four digits of daily sequence: earlier runs (or live dossiers) may have used some of them. */
async function assertRoomInSequences(em: EntityManager, from: string, to: string, perDay: number): Promise<void> {
  const [row] = await em.execute<{ used: number | null }[]>('select max(last_value) as used from dossiers.dossier_sequence where day between cast(? as date) and cast(? as date)', [from, to]);
  const used = Number(row?.used ?? 0);
  if (used + perDay > 9_999) {
    throw new RangeError(`${perDay} more dossiers a day would overflow the daily sequence (already at ${used} between ${from} and ${to}); choose another --to or fewer dossiers`);
  }
}

async function createCellTable(em: EntityManager, cells: VolumeCell[]): Promise<void> {
  await em.execute(`create temp table volume_cell (slot int primary key, unit_code text, agency_code text, procedure_code text, processing_days int, online_share float8) on commit drop`);
  let next = 0;
  const rows = cells.map((c) => {
    const row = [next, next + c.slots - 1, c.unitCode, c.agencyCode, c.procedureCode, c.processingDays, c.onlineShare];
    next += c.slots;
    return row;
  });
  await em.execute(
    `insert into volume_cell select generate_series(lo, hi), unit_code, agency_code, procedure_code, processing_days, online_share
     from (values ${rows.map(() => '(cast(? as int), cast(? as int), cast(? as text), cast(? as text), cast(? as text), cast(? as int), cast(? as float8))').join(', ')})
       as v (lo, hi, unit_code, agency_code, procedure_code, processing_days, online_share)`,
    rows.flat(),
  );
  await em.execute('analyze volume_cell');
}

/** Uniform draws in [0, 1) from 16-bit slices of two hashes of the dossier's number. */
const u = (hash: 'h1' | 'h2', slice: 0 | 1 | 2) => `(((${hash} >> ${16 * slice}) & 65535)::float8 / 65536)`;

const VOLUME_APPLICANT = { fullName: 'Công dân (dữ liệu sinh tải)', idNumber: '080000000000', phone: '0900000000', address: 'Huyện Đức Hòa, tỉnh Long An', email: null };
const APPLICANT = JSON.stringify(VOLUME_APPLICANT);
/** The folded search text of a volume dossier after its code (see domain/dossier-search.ts). */
const APPLICANT_SEARCH_TEXT = dossierSearchText('', VOLUME_APPLICANT);

/**
 * One batch of whole days. Parameters: run number, span start, batch first day, batch last day, per-day
 * count (×3), total. Dossier g (1-based) lives on day ⌊(g−1)/perDay⌋ of the span with daily sequence (the day's last
 * sequence so far) + its rank in the day, so codes never collide with earlier runs and the live sequence
 * continues after them.
 */
const BATCH_SQL = `
  with run as (select lpad(to_hex(cast(? as int8)), 8, '0') as prefix),
  span as (select cast(? as date) as start, cast(? as date) as first_day, cast(? as date) as last_day),
  used as (
    select q.day, max(q.last_value) as last_value from dossiers.dossier_sequence q, span
    where q.day between span.first_day and span.last_day group by q.day
  ),
  days as materialized (
    select d::date as day, to_char(d, 'YYMMDD') as day_code, (d::date - span.start) as day_index, coalesce(used.last_value, 0) as seq_offset
    from span cross join generate_series(span.first_day, span.last_day, interval '1 day') d left join used on used.day = d::date
  ),
  gen as (
    select day, day_code, seq_offset + s as seq, s, day_index::int8 * cast(? as int) + s as g
    from days cross join generate_series(1, cast(? as int)) s
  ),
  hashed as (
    select gen.*, hashint8extended(g, 11) as h1, hashint8extended(g, 12) as h2 from gen
  ),
  drawn as (
    select hashed.*, c.unit_code, c.agency_code, c.procedure_code, c.processing_days, c.online_share,
      ${u('h1', 0)} as u_channel, ${u('h1', 1)} as u_outcome, ${u('h1', 2)} as u_speed, ${u('h2', 0)} as u_late,
      ${u('h2', 1)} as u_return, ${u('h2', 2)} as u_rating, ((h1 >> 48) & 65535)::float8 / 65536 as u_delivery,
      ((day + time '01:00') at time zone 'UTC') + ((s - 1) * 32400.0 / cast(? as int)) * interval '1 second' as received_at
    from hashed join volume_cell c on c.slot = ((h2 >> 48) & 65535) % ${SLOTS}
    where g <= cast(? as int8)
  ),
  shaped as (
    select *,
      case when u_channel < online_share then 'ONLINE' when u_channel < online_share + 0.012 then 'POST' else 'COUNTER' end as channel,
      case when u_outcome < 0.02 then 'IN_PROGRESS' when u_outcome < 0.035 then 'REFUSED' when u_outcome < 0.043 then 'WITHDRAWN'
           when u_outcome < 0.08 then 'RESULT_READY' else 'RETURNED' end as status,
      received_at + processing_days * interval '34 hours' as due_at
    from drawn
  ),
  timed as (
    select *,
      case when status = 'IN_PROGRESS' then null
           when u_late < 0.025 then due_at + interval '1 day' * (1 + u_speed * 4)
           else received_at + (due_at - received_at) * u_speed end as settled_at
    from shaped
  ),
  final as (
    select *,
      case when settled_at is null then null when settled_at > due_at then 'LATE'
           when ${localDaySql('settled_at')} < ${localDaySql('due_at')} then 'EARLY' else 'ON_TIME' end as timeliness,
      case when status = 'RETURNED' then settled_at + interval '3 days' * u_return end as returned_at,
      case when channel = 'POST' then 'POST'
           when channel = 'ONLINE' then case when u_delivery < 0.6 then 'ONLINE' when u_delivery < 0.95 then 'PICKUP' else 'POST' end
           else case when u_delivery < 0.95 then 'PICKUP' else 'POST' end end as delivery_method
    from timed
  ),
  ins as (
    insert into dossiers.dossier (id, code, procedure_code, procedure_version, agency_code, unit_code, current_unit_code, channel, status,
      fee_status, delivery_method, delivery_status, delivery_address, applicant, search_text, processing_days, submitted_at, received_at, due_at,
      settled_at, returned_at, timeliness, result_received_by, rating, created_at, updated_at, version)
    select cast((select prefix from run) || lpad(to_hex(g), 24, '0') as uuid), agency_code || '-' || day_code || '-' || lpad(seq::text, 4, '0'), procedure_code, 1, agency_code,
      unit_code, unit_code, channel, status, 'NONE', delivery_method,
      case status when 'RETURNED' then 'DELIVERED' when 'RESULT_READY' then 'READY' else 'NOT_READY' end,
      case when delivery_method = 'POST' then 'Huyện Đức Hòa, tỉnh Long An' end, '${APPLICANT}'::jsonb,
      lower(agency_code) || ' ' || day_code || ' ' || lpad(seq::text, 4, '0') || ' ${APPLICANT_SEARCH_TEXT}', processing_days,
      received_at, received_at, due_at, settled_at, returned_at, timeliness, case when status = 'RETURNED' then 'Người nhận' end,
      case when status = 'RETURNED' and u_rating < 0.1 then 3 + (floor(u_rating * 30))::int end,
      received_at, coalesce(returned_at, settled_at, received_at), 1
    from final
    returning *
  ),
  sequences as (
    insert into dossiers.dossier_sequence (agency_code, day, last_value)
    select agency_code, ${localDaySql('received_at')}, max(right(code, 4)::int) from ins group by 1, 2
    on conflict (agency_code, day) do update set last_value = greatest(dossier_sequence.last_value, excluded.last_value)
  ),
  grouped as (${statisticsOfSql('select * from ins')}),
  ${addRowsSql('grouped')}`;
