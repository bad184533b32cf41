/**
 * Calendar days and months in Vietnam (UTC+7 all year since 1975, no daylight saving), as 'YYYY-MM-DD' keys that
 * compare correctly as strings. Periods are whole local days, both ends included.
 */

const OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function keyOfUtcFields(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** True for a strict 'YYYY-MM-DD' that names a real day. */
export function isDayKey(value: string): boolean {
  const match = DAY_KEY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function utcMidnight(day: string): number {
  if (!isDayKey(day)) throw new RangeError(`Expected a day as YYYY-MM-DD, got '${day}'`);
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

/** The local day of an instant: 23:30 UTC is already the next day in Vietnam. */
export function dayOf(instant: Date): string {
  return keyOfUtcFields(new Date(instant.getTime() + OFFSET_MS));
}

/** The first day of the instant's local month, e.g. '2026-11-01'. */
export function monthOf(instant: Date): string {
  return `${dayOf(instant).slice(0, 7)}-01`;
}

/** The instant a local day begins (00:00 in Vietnam). */
export function startOfDay(day: string): Date {
  return new Date(utcMidnight(day) - OFFSET_MS);
}

/** The instant just after a local day ends, i.e. the start of the next day: periods are [start, endExclusive). */
export function endOfDayExclusive(day: string): Date {
  return new Date(utcMidnight(day) + DAY_MS - OFFSET_MS);
}

export function addDays(day: string, days: number): string {
  return keyOfUtcFields(new Date(utcMidnight(day) + days * DAY_MS));
}

/** Same day of the month `months` later (clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(date, lastDay));
  return keyOfUtcFields(firstOfTarget);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}
