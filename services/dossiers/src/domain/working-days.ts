/**
 * Working days and the due date of a dossier, in Asia/Ho_Chi_Minh local time.
 *
 * Rules, and where they come from:
 *  - A working day is Monday–Friday that is not a public day off, plus any Saturday made a working day
 *    by a government swap ("làm bù"): the office is open then, so the day counts (holidays.ts).
 *  - Deemed day of an event: an event on a working day before closing time happens that day; an event in
 *    the evening, at the weekend or on a holiday happens on the next working day. This is the rule for
 *    online dossiers submitted outside office hours (received on the next working day: Decree 45/2020
 *    on electronic procedures and Decree 118/2025 on the one-stop mechanism; the article numbers were not
 *    re-checked against the texts here) and we apply it to every event the clock depends on.
 *    Before opening time on a working day (e.g. 06:00) is the same day: nothing is gained by moving it.
 *  - Counting starts the day after receipt: Civil Code 2015 art. 147(3), "the day of the event is not
 *    counted; the term starts on the next day". Day 1 is the working day after the deemed day of
 *    receipt, so a dossier received Friday 16:00 with 3 days is due Wednesday, and one submitted online
 *    Friday 20:00 is received Monday and due Thursday.
 *  - The due time is the close of office hours (17:00 by default) of day N: the receipt slip (Circular
 *    03/2025, form of the old 01/2018 Mẫu 01) gives an hour and a date, and the office can hand the
 *    result over until it closes. With 0 days the result is due at the close of the receipt day.
 *  - Pauses (waiting for the citizen): a pause runs from its deemed start day up to, not including, its
 *    deemed end day; those working days do not count and push the due date on. So a supplement asked
 *    Tuesday and answered Thursday pauses Tuesday and Wednesday (2 days); one asked and answered the same
 *    day pauses nothing. Paused days before day 1 change nothing, since they were not counted anyway.
 *  - An open pause (to = null) leaves the due date undefined: `addWorkingDays` returns null, unless
 *    `asOf` is given, in which case the pause is taken to end then (a provisional date for a screen).
 *  - Transfers between units never restart the clock: there is deliberately no reset here.
 */
import { isMakeUpWorkingDay, isPublicHoliday } from './holidays';
import { addDays, atVietnamTime, vietnamParts, weekdayOf } from '@motcua/platform';

/** Office hours as minutes after local midnight. */
export interface OfficeHours {
  opens: number;
  lunchStarts: number;
  lunchEnds: number;
  closes: number;
}

/** 07:30–11:30 and 13:30–17:00, the usual hours of one-stop desks in the southern provinces. */
export const DEFAULT_OFFICE_HOURS: Readonly<OfficeHours> = {
  opens: 7 * 60 + 30,
  lunchStarts: 11 * 60 + 30,
  lunchEnds: 13 * 60 + 30,
  closes: 17 * 60,
};

export interface Interval {
  from: Date;
  to: Date | null;
}

export interface DueDateOptions {
  officeHours?: OfficeHours;
  /** Treat open pauses as ending at this instant instead of returning null. */
  asOf?: Date;
}

export function isWorkingDay(localIsoDate: string): boolean {
  if (isMakeUpWorkingDay(localIsoDate)) return true;
  const weekday = weekdayOf(localIsoDate);
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(localIsoDate);
}

/** The first working day strictly after the given local date. */
export function nextWorkingDay(localIsoDate: string): string {
  let day = addDays(localIsoDate, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

export function isWithinOfficeHours(instant: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS): boolean {
  const { day: dateKey, minuteOfDay: m } = vietnamParts(instant);
  if (!isWorkingDay(dateKey)) return false;
  return (m >= hours.opens && m < hours.lunchStarts) || (m >= hours.lunchEnds && m < hours.closes);
}

/** The working day (local date) on which an event at this instant is deemed to happen. */
export function workingDayOf(instant: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS): string {
  const { day: dateKey, minuteOfDay } = vietnamParts(instant);
  return isWorkingDay(dateKey) && minuteOfDay < hours.closes ? dateKey : nextWorkingDay(dateKey);
}

function assertWholeDays(days: number): void {
  if (Number.isInteger(days) && days >= 0) return;
  throw new RangeError(`Working days must be a whole number ≥ 0, got ${days}`);
}

/** Local dates of the working days lost to pauses, or null if a pause is open and no `asOf` is given. */
function pausedDays(pauses: readonly Interval[], hours: OfficeHours, asOf?: Date): Set<string> | null {
  const paused = new Set<string>();
  for (const pause of pauses) {
    const to = pause.to ?? asOf;
    if (!to) return null;
    if (to.getTime() < pause.from.getTime()) throw new RangeError('A pause cannot end before it starts');
    const end = workingDayOf(to, hours);
    for (let day = workingDayOf(pause.from, hours); day < end; day = nextWorkingDay(day)) paused.add(day);
  }
  return paused;
}

/**
 * The due instant of a dossier received at `startUtc` with a processing time of `days` working days,
 * given the pauses so far; null while a pause is open (see the rules at the top of this file).
 */
export function addWorkingDays(startUtc: Date, days: number, pauses: readonly Interval[] = [], options: DueDateOptions = {}): Date | null {
  assertWholeDays(days);
  const hours = options.officeHours ?? DEFAULT_OFFICE_HOURS;
  const paused = pausedDays(pauses, hours, options.asOf);
  if (!paused) return null;
  let day = workingDayOf(startUtc, hours);
  for (let counted = 0; counted < days; ) {
    day = nextWorkingDay(day);
    if (!paused.has(day)) counted++;
  }
  return atVietnamTime(day, hours.closes);
}
