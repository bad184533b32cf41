/**
 * Local calendar arithmetic for Asia/Ho_Chi_Minh.
 *
 * Vietnam has used UTC+7 all year since 1975, with no daylight saving, so a fixed +7h offset is exact
 * for every date this service handles and no time-zone library is needed. Instants stay `Date` (UTC);
 * local calendar days are ISO strings 'YYYY-MM-DD' ("date keys"), which compare correctly as strings.
 */

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday, as Date#getUTCDay

export interface LocalParts {
  dateKey: string;
  /** Minutes since local midnight, 0..1439 (seconds are kept as a fraction). */
  minuteOfDay: number;
  weekday: Weekday;
}

function assertValidInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
}

/** The instant shifted so that its UTC fields read as Vietnam wall-clock fields. */
function shifted(instant: Date): Date {
  assertValidInstant(instant);
  return new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * MINUTE_MS);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function keyOfShifted(wall: Date): string {
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1, 2)}-${pad(wall.getUTCDate(), 2)}`;
}

/** 'YYYY-MM-DD' of the instant in Asia/Ho_Chi_Minh (23:30 UTC is already the next local day). */
export function localDateKey(instant: Date): string {
  return keyOfShifted(shifted(instant));
}

export function localParts(instant: Date): LocalParts {
  const wall = shifted(instant);
  const msOfDay = wall.getTime() - Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  return { dateKey: keyOfShifted(wall), minuteOfDay: msOfDay / MINUTE_MS, weekday: wall.getUTCDay() as Weekday };
}

/** Parses a strict 'YYYY-MM-DD' that names a real calendar day; throws RangeError otherwise. */
export function parseDateKey(dateKey: string): { year: number; month: number; day: number } {
  const match = DATE_KEY.exec(dateKey);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got '${dateKey}'`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`No such calendar day: '${dateKey}'`);
  }
  return { year, month, day };
}

function utcMidnightOf(dateKey: string): number {
  const { year, month, day } = parseDateKey(dateKey);
  return Date.UTC(year, month - 1, day);
}

export function weekdayOf(dateKey: string): Weekday {
  return new Date(utcMidnightOf(dateKey)).getUTCDay() as Weekday;
}

export function addCalendarDays(dateKey: string, days: number): string {
  return keyOfShifted(new Date(utcMidnightOf(dateKey) + days * DAY_MS));
}

/** The UTC instant of a local wall-clock time: `atLocalTime('2025-04-30', 17 * 60)` is 10:00 UTC. */
export function atLocalTime(dateKey: string, minuteOfDay: number): Date {
  return new Date(utcMidnightOf(dateKey) + (minuteOfDay - VIETNAM_UTC_OFFSET_MINUTES) * MINUTE_MS);
}
