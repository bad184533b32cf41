import { parseDayKey, vietnamParts } from '@motcua/platform';
/**
 * How the printable documents write dates, times and money.
 *
 * Every instant is shown in Asia/Ho_Chi_Minh. Vietnam keeps UTC+7 all year (no daylight saving), so the
 * fixed offset of `../domain/local-time` is exact and no time-zone database is involved: the output does
 * not depend on the server's TZ or ICU data.
 */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(instant: Date): WallClock {
  const { day: dateKey, minuteOfDay } = vietnamParts(instant);
  const { year, month, day } = parseDayKey(dateKey);
  const minutes = Math.floor(minuteOfDay);
  return { year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** '12/03/2025' */
export function formatDate(instant: Date): string {
  const t = wallClock(instant);
  return `${pad2(t.day)}/${pad2(t.month)}/${t.year}`;
}

/** '08:30' */
export function formatTime(instant: Date): string {
  const t = wallClock(instant);
  return `${pad2(t.hour)}:${pad2(t.minute)}`;
}

/** '08 giờ 30 phút' */
export function formatTimeVi(instant: Date): string {
  const t = wallClock(instant);
  return `${pad2(t.hour)} giờ ${pad2(t.minute)} phút`;
}

/** '08 giờ 30 phút, ngày 12/03/2025' — the way the one-stop forms write a time of receipt or return. */
export function formatDateTimeVi(instant: Date): string {
  const t = wallClock(instant);
  return `${pad2(t.hour)} giờ ${pad2(t.minute)} phút, ngày ${pad2(t.day)}/${pad2(t.month)}/${t.year}`;
}

/**
 * 'ngày 05 tháng 3 năm 2025'. Decree 30/2020/NĐ-CP (Appendix I): a day below 10 and the months 1 and 2
 * take a leading zero; other months do not ('tháng 3', 'tháng 12', but 'tháng 01', 'tháng 02').
 */
export function formatLongDateVi(instant: Date): string {
  const t = wallClock(instant);
  const month = t.month <= 2 ? pad2(t.month) : String(t.month);
  return `ngày ${pad2(t.day)} tháng ${month} năm ${t.year}`;
}

/** 'Đức Hòa, ngày 12 tháng 3 năm 2025' — the place-and-date line under the national motto. */
export function placeDateLine(place: string, instant: Date): string {
  return `${place}, ${formatLongDateVi(instant)}`;
}

/** '50.000 đồng' (integer VND, dot as the thousands separator). */
export function formatVnd(amount: number): string {
  if (!Number.isInteger(amount)) throw new RangeError(`VND amounts are integers, got ${amount}`);
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${digits} đồng`;
}

/** Two digits for small counts, as the forms write them: 1 → '01', 12 → '12'. */
export function formatCount(count: number): string {
  return pad2(count);
}
