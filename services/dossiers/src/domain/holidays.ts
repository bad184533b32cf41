/**
 * Vietnam's public holidays as they were (or will be) actually applied to civil servants, per year.
 *
 * Law: Labour Code 2019 (45/2019/QH14)
 *  - art. 112(1): 1/1; Tết Âm lịch 5 days; Hùng Kings 10/3 lunar; 30/4; 1/5; 2/9 + one adjacent day.
 *  - art. 112(3): the Prime Minister fixes which 5 days of Tết and which day next to 2/9.
 *  - art. 111(3): a holiday falling on a weekly rest day (Sat/Sun for state agencies) is compensated
 *    on the next working day ("nghỉ bù").
 * On top of that the government sometimes swaps a working day for a Saturday ("hoán đổi"): the weekday
 * becomes a day off and the Saturday a working day ("làm bù"); both are listed here.
 *
 * Not (yet) a holiday: Ngày Văn hóa Việt Nam 24/11. Politburo Resolution 80-NQ/TW (Jan 2026) and
 * Government Resolution 30/NQ-CP (Feb 2026) call for it, but it needs an amendment of art. 112, which
 * had not been passed when this table was written. Add it here once it is law.
 *
 * Lunar dates (Tết, 10/3) were computed with Hồ Ngọc Đức's algorithm for UTC+7 and agree with the
 * government's announcements for every year 2022–2026.
 *
 * `provisional: true` marks a day the government had not announced when this was written (Tết spans
 * and the 2/9 neighbour for 2027–2028, the 2/9 neighbour for 2026); it follows the pattern of recent
 * years and must be replaced by the announced day. Years outside the table throw: a deadline must never
 * be computed on a guessed calendar. Sources are listed per year below; news reports of the Government
 * Office (VPCP) letters were used where the letter itself was not at hand.
 */
import { parseDateKey } from './local-time';

export type DayOffKind =
  /** A holiday under art. 112 (including weekend ones, which then yield a COMPENSATORY day). */
  | 'HOLIDAY'
  /** "Nghỉ bù" under art. 111(3). */
  | 'COMPENSATORY'
  /** A working day swapped for a Saturday by a government decision ("hoán đổi"). */
  | 'SWAPPED';

export interface PublicHoliday {
  date: string;
  name: string;
  kind: DayOffKind;
  provisional: boolean;
}

interface YearCalendar {
  daysOff: PublicHoliday[];
  /** Saturdays that are working days ("làm bù") because of a swap. */
  makeUpWorkingDays: string[];
}

const NEW_YEAR = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương';
const REUNIFICATION = 'Ngày Chiến thắng 30/4';
const LABOUR = 'Ngày Quốc tế Lao động 1/5';
const NATIONAL = 'Quốc khánh 2/9';
const NATIONAL_ADJACENT = 'Quốc khánh (ngày liền kề)';

function off(date: string, name: string, kind: DayOffKind = 'HOLIDAY'): PublicHoliday {
  return { date, name, kind, provisional: false };
}
function guess(date: string, name: string, kind: DayOffKind = 'HOLIDAY'): PublicHoliday {
  return { date, name, kind, provisional: true };
}
function compensating(date: string, name: string): PublicHoliday {
  return off(date, `Nghỉ bù ${name}`, 'COMPENSATORY');
}
function days(dates: string[], make: (date: string) => PublicHoliday): PublicHoliday[] {
  return dates.map(make);
}

const CALENDARS: Record<number, YearCalendar> = {
  // Tết 29/1–6/2 (VPCP letter 245/VPCP-KGVX, 11/01/2022). 2/9: 1–2/9. Hùng Kings on Sunday 10/4 → 11/4.
  2022: {
    daysOff: [
      off('2022-01-01', NEW_YEAR),
      compensating('2022-01-03', NEW_YEAR),
      ...days(['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'], (d) => off(d, TET)),
      off('2022-04-10', HUNG_KINGS),
      compensating('2022-04-11', HUNG_KINGS),
      off('2022-04-30', REUNIFICATION),
      off('2022-05-01', LABOUR),
      compensating('2022-05-02', REUNIFICATION),
      compensating('2022-05-03', LABOUR),
      off('2022-09-01', NATIONAL_ADJACENT),
      off('2022-09-02', NATIONAL),
    ],
    makeUpWorkingDays: [],
  },
  // VPCP 8056/VPCP-KGVX (01/12/2022): Tết 20–26/1 (5 Tết days + 2 compensatory), 2/9: 1–4/9.
  // 29/4 (Hùng Kings, Saturday) to 3/5 with two compensatory days.
  2023: {
    daysOff: [
      off('2023-01-01', NEW_YEAR),
      compensating('2023-01-02', NEW_YEAR),
      ...days(['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'], (d) => off(d, TET)),
      compensating('2023-01-25', TET),
      compensating('2023-01-26', TET),
      off('2023-04-29', HUNG_KINGS),
      off('2023-04-30', REUNIFICATION),
      off('2023-05-01', LABOUR),
      compensating('2023-05-02', HUNG_KINGS),
      compensating('2023-05-03', REUNIFICATION),
      off('2023-09-01', NATIONAL_ADJACENT),
      off('2023-09-02', NATIONAL),
      compensating('2023-09-04', NATIONAL),
    ],
    makeUpWorkingDays: [],
  },
  // MOLISA notice: Tết 8–14/2 (5 Tết days + 2 compensatory, art. 111(3)); 2/9: 31/8–3/9.
  // VPCP 2450/VPCP-KGVX (12/04/2024): Monday 29/4 swapped with Saturday 4/5 → 27/4–1/5 off.
  2024: {
    daysOff: [
      off('2024-01-01', NEW_YEAR),
      ...days(['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'], (d) => off(d, TET)),
      compensating('2024-02-13', TET),
      compensating('2024-02-14', TET),
      off('2024-04-18', HUNG_KINGS),
      off('2024-04-29', 'Hoán đổi ngày làm việc (làm bù thứ Bảy 04/5)', 'SWAPPED'),
      off('2024-04-30', REUNIFICATION),
      off('2024-05-01', LABOUR),
      off('2024-09-02', NATIONAL),
      off('2024-09-03', NATIONAL_ADJACENT),
    ],
    makeUpWorkingDays: ['2024-05-04'],
  },
  // VPCP 8726/VPCP-KGVX (26/11/2024): Tết 25/1–2/2 (Mon 27/1–Fri 31/1 are the 5 Tết days),
  // Friday 2/5 swapped with Saturday 26/4 → 30/4–4/5 off; 2/9: 30/8–2/9.
  2025: {
    daysOff: [
      off('2025-01-01', NEW_YEAR),
      ...days(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], (d) => off(d, TET)),
      off('2025-04-07', HUNG_KINGS),
      off('2025-04-30', REUNIFICATION),
      off('2025-05-01', LABOUR),
      off('2025-05-02', 'Hoán đổi ngày làm việc (làm bù thứ Bảy 26/4)', 'SWAPPED'),
      off('2025-09-01', NATIONAL_ADJACENT),
      off('2025-09-02', NATIONAL),
    ],
    makeUpWorkingDays: ['2025-04-26'],
  },
  // VPCP 12729/VPCP-KGVX (25/12/2025): 1–4/1, Friday 2/1 swapped with Saturday 10/1.
  // Tết 14–22/2 (Mon 16/2–Fri 20/2 are the 5 Tết days), as approved and reported Dec 2025.
  // Hùng Kings on Sunday 26/4 → 27/4. The 2/9 neighbour (2/9 is a Wednesday) was not yet announced.
  2026: {
    daysOff: [
      off('2026-01-01', NEW_YEAR),
      off('2026-01-02', 'Hoán đổi ngày làm việc (làm bù thứ Bảy 10/01)', 'SWAPPED'),
      ...days(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], (d) => off(d, TET)),
      off('2026-04-26', HUNG_KINGS),
      compensating('2026-04-27', HUNG_KINGS),
      off('2026-04-30', REUNIFICATION),
      off('2026-05-01', LABOUR),
      guess('2026-09-01', NATIONAL_ADJACENT),
      off('2026-09-02', NATIONAL),
    ],
    makeUpWorkingDays: ['2026-01-10'],
  },
  // Not announced yet. Statutory days and their art. 111(3) compensation are certain; the Tết span
  // (Tết is Saturday 6/2: the pattern of 2024 — last day of the year + 4, weekend days compensated)
  // and the 2/9 neighbour (Friday 3/9, bridging to the weekend) are guesses.
  2027: {
    daysOff: [
      off('2027-01-01', NEW_YEAR),
      ...days(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'], (d) => guess(d, TET)),
      guess('2027-02-10', `Nghỉ bù ${TET}`, 'COMPENSATORY'),
      guess('2027-02-11', `Nghỉ bù ${TET}`, 'COMPENSATORY'),
      off('2027-04-16', HUNG_KINGS),
      off('2027-04-30', REUNIFICATION),
      off('2027-05-01', LABOUR),
      compensating('2027-05-03', LABOUR),
      off('2027-09-02', NATIONAL),
      guess('2027-09-03', NATIONAL_ADJACENT),
    ],
    makeUpWorkingDays: [],
  },
  // Not announced yet. Tết is Wednesday 26/1, as in 2025: Mon 24/1–Fri 28/1 guessed.
  // 1/1 and 2/9 fall on Saturdays, 30/4 on a Sunday: compensation per art. 111(3).
  2028: {
    daysOff: [
      off('2028-01-01', NEW_YEAR),
      compensating('2028-01-03', NEW_YEAR),
      ...days(['2028-01-24', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'], (d) => guess(d, TET)),
      off('2028-04-04', HUNG_KINGS),
      off('2028-04-30', REUNIFICATION),
      off('2028-05-01', LABOUR),
      compensating('2028-05-02', REUNIFICATION),
      guess('2028-09-01', NATIONAL_ADJACENT),
      off('2028-09-02', NATIONAL),
      compensating('2028-09-04', NATIONAL),
    ],
    makeUpWorkingDays: [],
  },
};

export const HOLIDAY_TABLE_FIRST_YEAR = 2022;
export const HOLIDAY_TABLE_LAST_YEAR = 2028;

function calendarOf(year: number): YearCalendar {
  const calendar = CALENDARS[year];
  if (!calendar) {
    throw new RangeError(
      `No public-holiday table for ${year} (covered: ${HOLIDAY_TABLE_FIRST_YEAR}–${HOLIDAY_TABLE_LAST_YEAR}). ` +
        'Add the year to services/dossiers/src/domain/holidays.ts from the government announcement.',
    );
  }
  return calendar;
}

/** Days off of a year (holidays, compensatory and swapped days), in date order. */
export function holidaysOf(year: number): readonly PublicHoliday[] {
  return [...calendarOf(year).daysOff].sort((a, b) => a.date.localeCompare(b.date));
}

/** Saturdays of a year that are working days because of a swap ("làm bù"). */
export function makeUpWorkingDaysOf(year: number): readonly string[] {
  return [...calendarOf(year).makeUpWorkingDays];
}

/** True if the local date is a public day off (a holiday, its compensatory day or a swapped day). */
export function isPublicHoliday(isoDate: string): boolean {
  const { year } = parseDateKey(isoDate);
  return calendarOf(year).daysOff.some((day) => day.date === isoDate);
}

export function isMakeUpWorkingDay(isoDate: string): boolean {
  const { year } = parseDateKey(isoDate);
  return calendarOf(year).makeUpWorkingDays.includes(isoDate);
}

