/**
 * Days as people in Vietnam count them (GMT+7, no daylight saving), turned into UTC instants for queries.
 * Times are stored in UTC; a "day" in a report or a receipt is always a Vietnamese calendar day.
 */

const OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;

export class DateInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateInputError';
  }
}

/** 'YYYY-MM-DD' of an instant in Vietnam. */
export function vietnamDateKey(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function vietnamYear(at: Date): number {
  return new Date(at.getTime() + OFFSET_MS).getUTCFullYear();
}

/** The instant a Vietnamese calendar day starts. Rejects anything that is not a real 'YYYY-MM-DD'. */
export function startOfVietnamDay(dateKey: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof dateKey === 'string' ? dateKey.trim() : '');
  if (!m) throw new DateInputError(`not a YYYY-MM-DD date: ${String(dateKey)}`);
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(utcMidnight).toISOString().slice(0, 10) !== m[0]) throw new DateInputError(`not a calendar date: ${m[0]}`);
  return new Date(utcMidnight - OFFSET_MS);
}

export interface InstantRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** One Vietnamese day as [start, next start). */
export function vietnamDayRange(dateKey: string): InstantRange {
  const from = startOfVietnamDay(dateKey);
  return { from, to: new Date(from.getTime() + DAY_MS) };
}

/** Days `fromKey` … `toKey`, both included, at most `maxDays` long. */
export function vietnamDaysRange(fromKey: string, toKey: string, maxDays = 366): InstantRange {
  const from = startOfVietnamDay(fromKey);
  const to = new Date(startOfVietnamDay(toKey).getTime() + DAY_MS);
  if (to <= from) throw new DateInputError('the end date is before the start date');
  if ((to.getTime() - from.getTime()) / DAY_MS > maxDays) throw new DateInputError(`the range is longer than ${maxDays} days`);
  return { from, to };
}

const TIME_TEXT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant as people in Vietnam read it on a receipt: "28/11/2026 10:15" (Vietnam time). */
export function vietnamTimeText(at: Date): string {
  const parts = Object.fromEntries(TIME_TEXT.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
