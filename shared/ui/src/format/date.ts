import type { Lang } from '../i18n/i18n';
import { TIME_ZONE } from './date-time';

const formatters: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/** The day only (a due date, a birth date), in Vietnam's time zone: 27/11/2026. */
export function formatDate(value: string | Date, lang: Lang): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const formatter = (formatters[lang] ??= new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }));
  return formatter.format(date);
}
