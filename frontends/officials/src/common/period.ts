import { addDays, addMonths, vietnamDay } from '@motcua/ui';

/** A period of whole days in Vietnam, both ends included, as the indicators take it. */
export interface Period {
  from: string;
  to: string;
}

/** The first year the system holds figures for (the article's 2022). */
const FIRST_YEAR = 2022;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type PresetKey = 'thisYear' | 'last12Months' | `year:${number}`;

export function today(): string {
  return vietnamDay();
}

export function presetPeriod(key: PresetKey, now = today()): Period {
  const year = Number(now.slice(0, 4));
  if (key === 'thisYear') return { from: `${year}-01-01`, to: now };
  // The day after the same day a year ago (29 February gives way to 28 February in other years).
  if (key === 'last12Months') return { from: addDays(addMonths(now, -12), 1), to: now };
  const chosen = Number(key.slice(5));
  return { from: `${chosen}-01-01`, to: `${chosen}-12-31` };
}

export function presetKeys(now = today()): PresetKey[] {
  const year = Number(now.slice(0, 4));
  const years: PresetKey[] = [];
  for (let y = year - 1; y >= FIRST_YEAR; y--) years.push(`year:${y}`);
  return ['thisYear', 'last12Months', ...years];
}

/** The preset a period is, if any (so the picker can show it selected). */
export function presetOf(period: Period, now = today()): PresetKey | null {
  return (
    presetKeys(now).find((key) => {
      const p = presetPeriod(key, now);
      return p.from === period.from && p.to === period.to;
    }) ?? null
  );
}

/** The period in a query string (?tu=…&den=…), or this year; an invalid or reversed one falls back too. */
export function periodFromSearch(search: string, now = today()): Period {
  const params = new URLSearchParams(search);
  const from = params.get('tu');
  const to = params.get('den');
  if (from && to && DAY.test(from) && DAY.test(to) && from <= to) return { from, to };
  return presetPeriod('thisYear', now);
}

export function periodSearch(period: Period): string {
  return `?${new URLSearchParams({ tu: period.from, den: period.to })}`;
}

/** The same length of time just before: what a change is measured against. */
export function previousPeriod(period: Period): Period {
  const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000);
  const to = addDays(period.from, -1);
  return { from: addDays(to, -days), to };
}
