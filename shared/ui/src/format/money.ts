import type { Lang } from '../i18n/i18n';

const formatters: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** Amounts are integer VND: "50.000 đ" in Vietnamese, "50,000 VND" in English. */
export function formatVnd(amount: number, lang: Lang): string {
  const formatter = formatters[lang] ?? new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 });
  formatters[lang] = formatter;
  const number = formatter.format(amount);
  return lang === 'vi' ? `${number} đ` : `${number} VND`;
}
