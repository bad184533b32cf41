/**
 * The shape of a year's public-holiday calendar, and the legal sources the years cite. A year is data (one
 * file per year beside this one): a new year is a new file listed in index.ts, with each day's source.
 */

type DayOffKind =
  /** A holiday under Labour Code 2019 art. 112 (including weekend ones, which then yield a COMPENSATORY day). */
  | 'HOLIDAY'
  /** "Nghỉ bù" under art. 111(3): a holiday on a weekly rest day is made up on the next working day. */
  | 'COMPENSATORY'
  /** A working day swapped for a Saturday by a government decision ("hoán đổi"). */
  | 'SWAPPED';

/** Where a day comes from: a legal text or the announcement that applied it. */
export interface LegalSource {
  /** As cited in Vietnamese practice: 'Bộ luật Lao động 2019, Điều 112 khoản 1'. */
  citation: string;
  /** Where it was read, when not the official gazette itself. */
  url?: string;
}

export interface CalendarDay {
  date: string;
  name: string;
  kind: DayOffKind;
  source: LegalSource;
  /** Not yet announced when written: follows recent years' pattern and must be replaced by the announced day. */
  provisional?: boolean;
}

/** A day announced or proposed as a day off that is NOT one in law (yet): kept, with why, so nobody adds it by mistake. */
export interface NotADayOff {
  date: string;
  name: string;
  source: LegalSource;
  why: string;
}

export interface HolidayCalendarYear {
  year: number;
  daysOff: CalendarDay[];
  /** Saturdays that are working days ("làm bù") because of a swap. */
  makeUpWorkingDays: { date: string; source: LegalSource }[];
  notDaysOff?: NotADayOff[];
}

export const NEW_YEAR = 'Tết Dương lịch';
export const TET = 'Tết Nguyên đán';
export const HUNG_KINGS = 'Giỗ Tổ Hùng Vương';
export const REUNIFICATION = 'Ngày Chiến thắng 30/4';
export const LABOUR = 'Ngày Quốc tế Lao động 1/5';
export const NATIONAL = 'Quốc khánh 2/9';
export const NATIONAL_ADJACENT = 'Quốc khánh (ngày liền kề)';

/** The statutory days: 1/1, 10/3 lunar, 30/4, 1/5, 2/9 (and the five days of Tết, with their span fixed below). */
const LABOUR_CODE_ART_112: LegalSource = { citation: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1' };
/** The Prime Minister fixes the five days of Tết and the day next to 2/9 each year. */
export const LABOUR_CODE_ART_112_3: LegalSource = { citation: 'Bộ luật Lao động 2019, Điều 112 khoản 3 (Thủ tướng quyết định cụ thể)' };
const LABOUR_CODE_ART_111_3: LegalSource = { citation: 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù)' };

export function holiday(date: string, name: string, source: LegalSource = LABOUR_CODE_ART_112): CalendarDay {
  return { date, name, kind: 'HOLIDAY', source };
}

export function compensatory(date: string, name: string): CalendarDay {
  return { date, name: `Nghỉ bù ${name}`, kind: 'COMPENSATORY', source: LABOUR_CODE_ART_111_3 };
}

export function swapped(date: string, makeUpSaturday: string, source: LegalSource): CalendarDay {
  return { date, name: `Hoán đổi ngày làm việc (làm bù thứ Bảy ${makeUpSaturday})`, kind: 'SWAPPED', source };
}

export function provisional(day: CalendarDay): CalendarDay {
  return { ...day, provisional: true };
}
