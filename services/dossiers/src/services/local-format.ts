import { vietnamParts } from '@motcua/platform';

/** dd/mm/yyyy in Asia/Ho_Chi_Minh. */
export function formatLocalDate(instant: Date): string {
  const [y, m, d] = vietnamParts(instant).day.split('-');
  return `${d}/${m}/${y}`;
}
