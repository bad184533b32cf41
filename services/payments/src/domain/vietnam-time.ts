/**
 * Days as people in Vietnam count them (GMT+7, no daylight saving), turned into UTC instants for queries.
 * Times are stored in UTC; a "day" in a report or a receipt is always a Vietnamese calendar day (the arithmetic
 * is the platform's; what is here is how a payment report takes a day typed by a person).
 */
import { startOfVietnamDay } from '@motcua/platform';

const DAY_MS = 24 * 3600_000;

export class DateInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateInputError';
  }
}

/** The instant a day typed by a person starts in Vietnam; anything but a real 'YYYY-MM-DD' is a DateInputError. */
export function startOfTypedDay(dateKey: string): Date {
  try {
    return startOfVietnamDay(typeof dateKey === 'string' ? dateKey.trim() : '');
  } catch (err) {
    throw new DateInputError((err as Error).message);
  }
}

export interface InstantRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** One Vietnamese day as [start, next start). */
export function vietnamDayRange(dateKey: string): InstantRange {
  const from = startOfTypedDay(dateKey);
  return { from, to: new Date(from.getTime() + DAY_MS) };
}

/** Days `fromKey` … `toKey`, both included, at most `maxDays` long. */
export function vietnamDaysRange(fromKey: string, toKey: string, maxDays = 366): InstantRange {
  const from = startOfTypedDay(fromKey);
  const to = new Date(startOfTypedDay(toKey).getTime() + DAY_MS);
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
