import type { Lang } from '../i18n/i18n';

/** "193 B", "45,2 KB", "1,2 MB" (decimal comma in Vietnamese). */
export function formatFileSize(bytes: number, lang: Lang = 'vi'): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}
