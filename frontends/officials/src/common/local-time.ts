import { vietnamDay, vietnamLocalToIso } from '@motcua/ui';

/** A datetime-local value ('2026-11-27T08:00') read as Vietnam time, as an ISO instant for the API. */
export function localInputToIso(value: string): string | null {
  const [date, time] = value.split('T');
  if (!date || !time) return null;
  return vietnamLocalToIso(date, time.slice(0, 5));
}

/** Now (or an instant) as a datetime-local value in Vietnam time, for a form's default. */
export function isoToLocalInput(instant: Date = new Date()): string {
  const local = new Date(instant.getTime() + 7 * 3600_000).toISOString();
  return `${vietnamDay(instant)}T${local.slice(11, 16)}`;
}
