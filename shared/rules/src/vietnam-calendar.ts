/**
 * Days as people in Vietnam count them, for every service. Vietnam has kept UTC+7 all year since 1975, with no
 * daylight saving, so a fixed offset is exact and no time-zone library is needed. Instants stay `Date` (UTC);
 * calendar days are 'YYYY-MM-DD' keys, which compare correctly as strings.
 */

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * MINUTE_MS;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday, as Date#getUTCDay

export interface VietnamParts {
  day: string;
  /** Minutes since local midnight, 0..1439 (seconds are kept as a fraction). */
  minuteOfDay: number;
  weekday: Weekday;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function keyOfUtcFields(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The instant shifted so that its UTC fields read as Vietnam wall-clock fields. */
function wallClock(instant: Date): Date {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  return new Date(instant.getTime() + OFFSET_MS);
}

/** Parses a strict 'YYYY-MM-DD' that names a real calendar day; throws RangeError otherwise. */
export function parseDayKey(day: string): { year: number; month: number; day: number } {
  const match = DAY_KEY.exec(day);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got '${day}'`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, date));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== date) throw new RangeError(`No such calendar day: '${day}'`);
  return { year, month, day: date };
}

/** True for a strict 'YYYY-MM-DD' that names a real day. */
export function isDayKey(value: string): boolean {
  try {
    parseDayKey(value);
    return true;
  } catch {
    return false;
  }
}

function utcMidnight(day: string): number {
  const { year, month, day: date } = parseDayKey(day);
  return Date.UTC(year, month - 1, date);
}

/** The day of an instant in Vietnam: 23:30 UTC is already the next day there. */
export function vietnamDay(instant: Date = new Date()): string {
  return keyOfUtcFields(wallClock(instant));
}

/** The first day of the instant's month in Vietnam, e.g. '2026-11-01'. */
export function vietnamMonth(instant: Date): string {
  return `${vietnamDay(instant).slice(0, 7)}-01`;
}

export function vietnamYear(instant: Date): number {
  return wallClock(instant).getUTCFullYear();
}

export function vietnamParts(instant: Date): VietnamParts {
  const wall = wallClock(instant);
  const msOfDay = wall.getTime() - Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  return { day: keyOfUtcFields(wall), minuteOfDay: msOfDay / MINUTE_MS, weekday: wall.getUTCDay() as Weekday };
}

/** The instant a day begins in Vietnam (00:00 there). */
export function startOfVietnamDay(day: string): Date {
  return new Date(utcMidnight(day) - OFFSET_MS);
}

/** The instant just after a day ends in Vietnam, the next one's start: periods are [start, endExclusive). */
export function endOfVietnamDayExclusive(day: string): Date {
  return new Date(utcMidnight(day) + DAY_MS - OFFSET_MS);
}

/** The UTC instant of a Vietnam wall-clock time: `atVietnamTime('2025-04-30', 17 * 60)` is 10:00 UTC. */
export function atVietnamTime(day: string, minuteOfDay: number): Date {
  return new Date(utcMidnight(day) + minuteOfDay * MINUTE_MS - OFFSET_MS);
}

export function weekdayOf(day: string): Weekday {
  return new Date(utcMidnight(day)).getUTCDay() as Weekday;
}

export function addDays(day: string, days: number): string {
  return keyOfUtcFields(new Date(utcMidnight(day) + days * DAY_MS));
}

/** Same day of the month `months` later (clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const { year, month, day: date } = parseDayKey(day);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(date, lastDay));
  return keyOfUtcFields(firstOfTarget);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}
