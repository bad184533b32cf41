import { VIETNAM_UTC_OFFSET_MINUTES } from '@motcua/platform';

/**
 * Hours (Asia/Ho_Chi_Minh wall clock) when non-urgent messages wait: a status update at 23:00 can be read at
 * 07:00 just as well, and a phone buzzing at night is a complaint. `from` may be after `to` (crosses midnight).
 */
export interface QuietHours {
  /** Minutes since local midnight when the quiet starts, inclusive. */
  fromMinute: number;
  /** Minutes since local midnight when it ends, exclusive. */
  toMinute: number;
}

const DAY_MINUTES = 24 * 60;
const MINUTE_MS = 60_000;

/** "21:00-07:00" → quiet hours; "" or "off" → none. */
export function parseQuietHours(text: string | undefined): QuietHours | null {
  const value = (text ?? '').trim();
  if (!value || value === 'off') return null;
  const match = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) throw new Error(`NOTIFY_QUIET_HOURS must look like 21:00-07:00, not "${value}"`);
  const [fromH, fromM, toH, toM] = match.slice(1).map(Number);
  if (fromH > 23 || toH > 23 || fromM > 59 || toM > 59) throw new Error(`NOTIFY_QUIET_HOURS out of range: "${value}"`);
  return { fromMinute: fromH * 60 + fromM, toMinute: toH * 60 + toM };
}

function localMinute(instant: Date): number {
  const minutes = Math.floor(instant.getTime() / MINUTE_MS) + VIETNAM_UTC_OFFSET_MINUTES;
  return ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

function isQuiet(minute: number, quiet: QuietHours): boolean {
  if (quiet.fromMinute === quiet.toMinute) return false;
  return quiet.fromMinute < quiet.toMinute ? minute >= quiet.fromMinute && minute < quiet.toMinute : minute >= quiet.fromMinute || minute < quiet.toMinute;
}

/** The earliest instant at or after `at` when a message may go: `at` itself outside quiet hours or when urgent. */
export function earliestSendTime(at: Date, quiet: QuietHours | null, urgent: boolean): Date {
  if (!quiet || urgent) return at;
  const minute = localMinute(at);
  if (!isQuiet(minute, quiet)) return at;
  const wait = (quiet.toMinute - minute + DAY_MINUTES) % DAY_MINUTES;
  const startOfMinute = Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS;
  return new Date(startOfMinute + wait * MINUTE_MS);
}
