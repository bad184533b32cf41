/**
 * Vietnam's public holidays as they were (or will be) actually applied to civil servants, per year. The years are
 * data, one file per year in holiday-calendars/, each day with its legal source:
 *  - Labour Code 2019 (45/2019/QH14) art. 112(1): 1/1; Tết Âm lịch 5 days; Hùng Kings 10/3 lunar; 30/4; 1/5;
 *    2/9 + one adjacent day; art. 112(3): the Prime Minister fixes which 5 days of Tết and which day next to 2/9;
 *  - art. 111(3): a holiday on a weekly rest day (Sat/Sun for state agencies) is made up on the next working day;
 *  - government swaps of a working day for a Saturday ("hoán đổi"), with the Saturday worked ("làm bù").
 *
 * Not a holiday: Ngày Văn hóa Việt Nam 24/11. Politburo Resolution 80-NQ/TW (Jan 2026) and Government Resolution
 * 30/NQ-CP (Feb 2026) call for it, but it needs art. 112 amended, and no amendment in force could be found; the
 * 2026 file records it under `notDaysOff` with its source. Add it to `daysOff` once it is law.
 *
 * Lunar dates (Tết, 10/3) were computed with Hồ Ngọc Đức's algorithm for UTC+7 and agree with the government's
 * announcements for every year 2022–2026. `provisional` marks a day the government had not announced when written.
 * Years without a file throw: a deadline must never be computed on a guessed calendar.
 */
import { HOLIDAY_CALENDARS } from './holiday-calendars';
import type { CalendarDay, HolidayCalendarYear, LegalSource, NotADayOff } from './holiday-calendars/holiday-calendar';
import { parseDayKey } from '@motcua/platform';

export type { LegalSource, NotADayOff } from './holiday-calendars/holiday-calendar';

export interface PublicHoliday extends Omit<CalendarDay, 'provisional'> {
  provisional: boolean;
}

const CALENDARS = new Map<number, HolidayCalendarYear>(HOLIDAY_CALENDARS.map((calendar) => [calendar.year, calendar]));
const YEARS = [...CALENDARS.keys()].sort((a, b) => a - b);

export const HOLIDAY_TABLE_FIRST_YEAR = YEARS[0]!;
export const HOLIDAY_TABLE_LAST_YEAR = YEARS[YEARS.length - 1]!;

function calendarOf(year: number): HolidayCalendarYear {
  const calendar = CALENDARS.get(year);
  if (!calendar) {
    throw new RangeError(
      `No public-holiday table for ${year} (covered: ${HOLIDAY_TABLE_FIRST_YEAR}–${HOLIDAY_TABLE_LAST_YEAR}). ` +
        'Add the year as a file in services/dossiers/src/domain/holiday-calendars/ from the government announcement.',
    );
  }
  return calendar;
}

/** Days off of a year (holidays, compensatory and swapped days), in date order. */
export function holidaysOf(year: number): readonly PublicHoliday[] {
  return calendarOf(year)
    .daysOff.map((day) => ({ ...day, provisional: day.provisional ?? false }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Saturdays of a year that are working days because of a swap ("làm bù"). */
export function makeUpWorkingDaysOf(year: number): readonly string[] {
  return calendarOf(year).makeUpWorkingDays.map((day) => day.date);
}

/** Days announced or proposed as days off that are not days off in law, with their source and why. */
export function notDaysOffOf(year: number): readonly NotADayOff[] {
  return calendarOf(year).notDaysOff ?? [];
}

/** The legal source of a day off, or null if the date is not one. */
export function legalSourceOf(isoDate: string): LegalSource | null {
  const { year } = parseDayKey(isoDate);
  return calendarOf(year).daysOff.find((day) => day.date === isoDate)?.source ?? null;
}

/** True if the local date is a public day off (a holiday, its compensatory day or a swapped day). */
export function isPublicHoliday(isoDate: string): boolean {
  const { year } = parseDayKey(isoDate);
  return calendarOf(year).daysOff.some((day) => day.date === isoDate);
}

export function isMakeUpWorkingDay(isoDate: string): boolean {
  const { year } = parseDayKey(isoDate);
  return calendarOf(year).makeUpWorkingDays.some((day) => day.date === isoDate);
}
