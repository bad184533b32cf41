import { addDays, parseDayKey } from '@motcua/platform';
/**
 * How a period of local days is read from the statistics: whole calendar months from the monthly table,
 * the ragged ends from the daily one. A year then reads twelve monthly rows per unit, procedure and
 * channel however many dossiers lie behind them.
 */

/** Inclusive range of local date keys ('YYYY-MM-DD'). */
export interface DateRange {
  from: string;
  to: string;
}

export interface PeriodSlices {
  /** First days of the first and the last whole month, or null if the period holds no whole month. */
  months: DateRange | null;
  /** Day ranges outside the whole months (at most two). */
  days: DateRange[];
}

function startOfMonth(dateKey: string): string {
  return `${dateKey.slice(0, 7)}-01`;
}

export function endOfMonth(dateKey: string): string {
  const { year, month } = parseDayKey(dateKey);
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

function nextMonthStart(dateKey: string): string {
  return addDays(endOfMonth(dateKey), 1);
}

function previousMonthStart(dateKey: string): string {
  return startOfMonth(addDays(startOfMonth(dateKey), -1));
}

export function slicePeriod(from: string, to: string): PeriodSlices {
  parseDayKey(from);
  parseDayKey(to);
  if (from > to) throw new RangeError(`The period ends (${to}) before it starts (${from})`);
  const firstWhole = from === startOfMonth(from) ? from : nextMonthStart(from);
  const lastWhole = to === endOfMonth(to) ? startOfMonth(to) : previousMonthStart(to);
  if (firstWhole > lastWhole) return { months: null, days: [{ from, to }] };
  const days: DateRange[] = [];
  if (from < firstWhole) days.push({ from, to: addDays(firstWhole, -1) });
  if (to > endOfMonth(lastWhole)) days.push({ from: nextMonthStart(lastWhole), to });
  return { months: { from: firstWhole, to: lastWhole }, days };
}

/** The months the period touches, as 'YYYY-MM', in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = startOfMonth(from); m <= to; m = nextMonthStart(m)) months.push(m.slice(0, 7));
  return months;
}

/** Whole days in the inclusive range. */
export function daysIn(range: DateRange): number {
  const a = parseDayKey(range.from);
  const b = parseDayKey(range.to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000) + 1;
}
