import { addCounters, countersOfPayment, countersOfRating, emptyCounters, type CounterDelta, type Counters } from '../domain/statistic-counters';
import { isWorkingDay } from '../domain/working-days';
import { apportion, pick, seededRandom, weightedPicker, type Random } from './apportion';
import type { CatalogueProcedure, SettlingLevel } from './catalogue.client';
import {
  COMMUNE_PROFILES,
  DUC_HOA_2022,
  IN_PERSON_PULL,
  MONTH_WEIGHTS,
  ONLINE_PULL,
  ONLINE_REST_DAY_WEIGHT,
  OUTCOMES_2022,
  POST_SHARE_OF_IN_PERSON,
  PROCEDURE_ONLINE_TILT,
  PROCEDURE_WEIGHTS,
  RANDOM_SEED_2022,
} from './duc-hoa-2022.data';
import { addDays } from '@motcua/platform';

type StatisticChannel = 'ONLINE' | 'COUNTER' | 'POST';

/** One row of the statistics tables. */
export interface StatisticRow {
  unitCode: string;
  procedureCode: string;
  channel: StatisticChannel;
  day: string;
  counters: Counters;
}

/** A procedure as it was in the generated year: the level that settled it then. */
export type HistoryProcedure = Pick<CatalogueProcedure, 'code' | 'onlineLevel' | 'processingDays' | 'hasFee'> & { settlingLevel: SettlingLevel };

export interface HistoryInput {
  procedures: readonly HistoryProcedure[];
  /** The district's commune-level units. */
  communeCodes: readonly string[];
}

/** Dossiers of one (unit, procedure, channel) to spread over the year. */
interface Cell {
  unitCode: string;
  procedure: HistoryProcedure;
  channel: StatisticChannel;
  dossiers: number;
}

/**
 * Đức Hòa's 2022 as statistic rows: the article's totals exactly (received and online, district and
 * commune level), spread over units, procedures, days and channels by the weights in duc-hoa-2022.data.ts,
 * and each dossier's later life (settlement, result, return, rating, payment) drawn from the 2022 rates.
 * Deterministic: the same catalogue gives the same rows.
 */
export function generateDucHoa2022(input: HistoryInput): StatisticRow[] {
  const random = seededRandom(RANDOM_SEED_2022);
  const calendar = new YearCalendar(DUC_HOA_2022.year, random);
  const rows = new Map<string, StatisticRow>();
  const add = (cell: Cell, day: string, delta: CounterDelta) => {
    const key = `${cell.unitCode}|${cell.procedure.code}|${cell.channel}|${day}`;
    let row = rows.get(key);
    if (!row) {
      row = { unitCode: cell.unitCode, procedureCode: cell.procedure.code, channel: cell.channel, day, counters: emptyCounters() };
      rows.set(key, row);
    }
    addCounters(row.counters, delta);
  };
  for (const cell of cellsOf(input)) {
    for (let i = 0; i < cell.dossiers; i++) liveOneDossier(cell, calendar.receiptDay(cell.channel), calendar, random, add);
  }
  const keyOf = (r: StatisticRow) => `${r.day}|${r.unitCode}|${r.procedureCode}|${r.channel}`;
  return [...rows.values()]
    .map((r) => [keyOf(r), r] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([, r]) => r);
}

/** The exact split of the article's totals into (unit, procedure, channel) cells. */
function cellsOf(input: HistoryInput): Cell[] {
  const cells: Cell[] = [];
  for (const level of ['DISTRICT', 'COMMUNE'] as const) {
    const { received, online } = DUC_HOA_2022.totals[level];
    const procedures = input.procedures
      .filter((p) => p.settlingLevel === level)
      .slice()
      .sort((a, b) => a.code.localeCompare(b.code));
    if (!procedures.length) throw new Error(`the catalogue has no ${level.toLowerCase()}-level procedures to spread 2022 over`);
    const weight = (p: HistoryProcedure) => PROCEDURE_WEIGHTS[p.code] ?? 1;
    const tilt = (p: HistoryProcedure) => PROCEDURE_ONLINE_TILT[p.code] ?? 1;
    const onlineByProcedure = apportion(
      online,
      procedures.map((p) => weight(p) * ONLINE_PULL[p.onlineLevel] * tilt(p)),
    );
    const inPersonByProcedure = apportion(
      received - online,
      procedures.map((p) => (weight(p) * IN_PERSON_PULL[p.onlineLevel]) / tilt(p)),
    );
    const units = level === 'DISTRICT' ? [DUC_HOA_2022.districtCode] : [...input.communeCodes].sort();
    const profile = (code: string) => COMMUNE_PROFILES[code] ?? { volume: 5, online: 1 };
    const onlineWeights = units.map((u) => (level === 'DISTRICT' ? 1 : profile(u).volume * profile(u).online));
    const inPersonWeights = units.map((u) => (level === 'DISTRICT' ? 1 : profile(u).volume / profile(u).online));
    procedures.forEach((procedure, p) => {
      const onlineByUnit = apportion(onlineByProcedure[p], onlineWeights);
      const inPersonByUnit = apportion(inPersonByProcedure[p], inPersonWeights);
      units.forEach((unitCode, u) => {
        const [counter, post] = apportion(inPersonByUnit[u], [1 - POST_SHARE_OF_IN_PERSON, POST_SHARE_OF_IN_PERSON]);
        for (const [channel, dossiers] of [
          ['ONLINE', onlineByUnit[u]],
          ['COUNTER', counter],
          ['POST', post],
        ] as const) {
          if (dossiers) cells.push({ unitCode, procedure, channel, dossiers });
        }
      });
    });
  }
  return cells;
}

/** One 2022 dossier from receipt to its rating, each event counted on its own day. */
function liveOneDossier(cell: Cell, received: string, calendar: YearCalendar, random: Random, add: (cell: Cell, day: string, delta: CounterDelta) => void): void {
  const online = cell.channel === 'ONLINE';
  const o = OUTCOMES_2022;
  add(cell, received, {
    received: 1,
    documentsDigitised: online || random() < o.documentsScanned ? 1 : 0,
    documentsReused: random() < (online ? o.reused.online : o.reused.inPerson) ? 1 : 0,
  });
  if (cell.procedure.hasFee) add(cell, received, countersOfPayment(online && random() < o.paidOnline ? 'ONLINE' : 'CASH'));
  if (random() < o.withdrawn) return;
  const days = Math.max(1, cell.procedure.processingDays);
  const timeliness = pick(random, o.timeliness);
  const offset = timeliness === 'EARLY' ? Math.floor(random() * days) : timeliness === 'ON_TIME' ? days : days + 1 + Math.floor(random() * 5);
  const settled = calendar.workingDaysAfter(received, offset);
  const approved = random() >= o.refused;
  add(cell, settled, {
    settled: 1,
    settledEarly: timeliness === 'EARLY' ? 1 : 0,
    settledOnTime: timeliness === 'ON_TIME' ? 1 : 0,
    settledLate: timeliness === 'LATE' ? 1 : 0,
    resultsIssued: approved ? 1 : 0,
    resultsDigitised: approved && random() < (online ? o.resultDigitised.online : o.resultDigitised.inPerson) ? 1 : 0,
  });
  if (!approved) return;
  const returned = calendar.workingDaysAfter(settled, Math.floor(random() * 4));
  add(cell, returned, { returned: 1, returnedByPost: cell.channel === 'POST' || random() < o.returnedByPost ? 1 : 0 });
  if (random() < (online ? o.rated.online : o.rated.inPerson)) add(cell, returned, countersOfRating(pick(random, o.ratings)));
}

/** The days of the year weighted for receipts, and working-day arithmetic that may run into the next year. */
class YearCalendar {
  private readonly days: string[] = [];
  private readonly online: () => number;
  private readonly inPerson: () => number;
  private readonly workingDays: string[] = [];
  private readonly workingIndex = new Map<string, number>();

  constructor(year: number, random: Random) {
    const onlineWeights: number[] = [];
    const inPersonWeights: number[] = [];
    for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
      const month = MONTH_WEIGHTS[Number(day.slice(5, 7)) - 1];
      const working = isWorkingDay(day);
      this.days.push(day);
      onlineWeights.push(month * (working ? 1 : ONLINE_REST_DAY_WEIGHT));
      inPersonWeights.push(working ? month : 0);
    }
    this.online = weightedPicker(onlineWeights, random);
    this.inPerson = weightedPicker(inPersonWeights, random);
    for (let day = `${year}-01-01`; day <= `${year + 1}-12-31`; day = addDays(day, 1)) {
      if (isWorkingDay(day)) this.workingDays.push(day);
      this.workingIndex.set(day, this.workingDays.length - (isWorkingDay(day) ? 1 : 0));
    }
  }

  receiptDay(channel: StatisticChannel): string {
    return this.days[channel === 'ONLINE' ? this.online() : this.inPerson()];
  }

  /** `n` working days after the day (a rest day first moves to the next working day). */
  workingDaysAfter(day: string, n: number): string {
    const start = this.workingIndex.get(day);
    if (start === undefined) throw new RangeError(`${day} is outside the calendar`);
    return this.workingDays[Math.min(start + n, this.workingDays.length - 1)];
  }
}
