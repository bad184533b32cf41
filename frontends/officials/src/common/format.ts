import { formatNumber, type Lang } from '@motcua/ui';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, found);
  }
  return found;
}

/** A share 0..1 as "51,0 %" / "51.0%"; a dash when unknown. */
export function formatShare(share: number | null | undefined, lang: Lang, digits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return formatter(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** Points of the 766 index, one decimal. */
export function formatPoints(points: number | null | undefined, lang: Lang): string {
  if (points === null || points === undefined) return '—';
  return formatter(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(points);
}

/** A change in percentage points, signed: "+4,2 điểm %" is worded by the caller; this gives "+4,2". */
export function formatSignedPoints(points: number | null | undefined, lang: Lang): string {
  if (points === null || points === undefined) return '—';
  return formatter(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points);
}

export function formatCount(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? '—' : formatNumber(value, lang);
}

/** Minutes as "1 giờ 5 phút" / "1 h 5 min". */
export function formatMinutes(minutes: number | null | undefined, lang: Lang): string {
  if (minutes === null || minutes === undefined) return '—';
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (lang === 'vi') return h ? `${h} giờ${m ? ` ${m} phút` : ''}` : `${m} phút`;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}

/** A unit's name in the reader's language. */
export function unitName(unit: { name?: string | null; nameEn?: string | null } | null | undefined, lang: Lang): string {
  if (!unit) return '—';
  return (lang === 'en' ? unit.nameEn : unit.name) ?? unit.name ?? '—';
}
