// Dates: yyyyMMddHHmmss in GMT+7 ([PAY] vnp_CreateDate / vnp_ExpireDate / vnp_PayDate; [QUERYDR] the same)
import { VIETNAM_UTC_OFFSET_MINUTES } from '@motcua/platform';
import { VnpayError } from './protocol';

const GMT7_OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;

/** yyyyMMddHHmmss in Vietnam time (GMT+7, no daylight saving), independent of the server's time zone. */
export function formatVnpDate(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new VnpayError('invalid date');
  const t = new Date(date.getTime() + GMT7_OFFSET_MS);
  return String(t.getUTCFullYear()).padStart(4, '0') + pad2(t.getUTCMonth() + 1) + pad2(t.getUTCDate()) + pad2(t.getUTCHours()) + pad2(t.getUTCMinutes()) + pad2(t.getUTCSeconds());
}

/** Reads yyyyMMddHHmmss as GMT+7. Rejects anything that is not a real calendar time (e.g. 30 February). */
export function parseVnpDate(text: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(typeof text === 'string' ? text : '');
  if (!m) throw new VnpayError(`not a yyyyMMddHHmmss date: ${String(text)}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - GMT7_OFFSET_MS);
  // Date.UTC rolls over out-of-range parts (month 13, day 32); a round trip catches that.
  if (formatVnpDate(date) !== text) throw new VnpayError(`not a calendar date: ${text}`);
  return date;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
