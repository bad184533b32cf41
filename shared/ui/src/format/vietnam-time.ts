import { TIME_ZONE } from './date-time';

/**
 * Dates typed into <input type="date"> or "datetime-local" are Vietnamese wall-clock times, whatever the device's
 * zone: Vietnam has kept UTC+7 without daylight saving since 1975, so the offset is fixed.
 */
const VIETNAM_OFFSET = '+07:00';

/** '2026-12-01' (and an optional '17:00') in Vietnam → the instant, as an ISO string for the API. */
export function vietnamLocalToIso(date: string, time = '00:00'): string {
  return new Date(`${date}T${time}:00${VIETNAM_OFFSET}`).toISOString();
}

/** en-CA formats as YYYY-MM-DD. Built once: date inputs and pickers ask for keys on every render. */
const DATE_KEY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day in Vietnam of an instant (default now), as 'YYYY-MM-DD' for a date input or an API parameter. */
export function vietnamDateKey(value: Date = new Date()): string {
  return DATE_KEY.format(value);
}

/** 'YYYY-MM-DD' plus or minus whole days (calendar days, not working days). */
export function addDaysToDateKey(dateKey: string, days: number): string {
  const date = new Date(`${dateKey}T12:00:00${VIETNAM_OFFSET}`);
  date.setUTCDate(date.getUTCDate() + days);
  return vietnamDateKey(date);
}
