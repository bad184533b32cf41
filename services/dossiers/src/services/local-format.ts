import { localParts } from '../domain/local-time';

/** dd/mm/yyyy in Asia/Ho_Chi_Minh. */
export function formatLocalDate(instant: Date): string {
  const [y, m, d] = localParts(instant).dateKey.split('-');
  return `${d}/${m}/${y}`;
}
