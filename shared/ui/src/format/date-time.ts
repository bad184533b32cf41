import type { Lang } from '../i18n/i18n';

/** Every time is shown in Vietnam's time zone, whatever the device says: deadlines are Vietnamese working days. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
    });
    formatters.set(key, cached);
  }
  return cached;
}

export function formatDateTime(value: string | Date, lang: Lang): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : formatter(lang, true).format(date);
}

/** The day only (a due date, a birth date), in Vietnam's time zone: 27/11/2026. */
export function formatDate(value: string | Date, lang: Lang): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : formatter(lang, false).format(date);
}

const numberFormatters = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang): string {
  let cached = numberFormatters.get(lang);
  if (!cached) {
    cached = new Intl.NumberFormat(LOCALES[lang]);
    numberFormatters.set(lang, cached);
  }
  return cached.format(value);
}
