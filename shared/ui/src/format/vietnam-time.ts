/**
 * Dates typed into <input type="date"> or "datetime-local" are Vietnamese wall-clock times, whatever the device's
 * zone: Vietnam has kept UTC+7 without daylight saving since 1975, so the offset is fixed.
 */
const VIETNAM_OFFSET = '+07:00';

/** '2026-12-01' (and an optional '17:00') in Vietnam → the instant, as an ISO string for the API. */
export function vietnamLocalToIso(date: string, time = '00:00'): string {
  return new Date(`${date}T${time}:00${VIETNAM_OFFSET}`).toISOString();
}
