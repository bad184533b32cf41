import type { OnlineLevel, SettlingLevel } from '@motcua/ui';
import type { ProcedureFilters } from './procedures.query';

/**
 * The search lives in the address (`/?q=khai+sinh&linhVuc=Hộ+tịch&cap=COMMUNE&mucDo=FULL&trang=2`), so Back from a
 * procedure returns to the same results, and a search can be shared or reloaded.
 */
export interface SearchState extends ProcedureFilters {
  /** How many pages of results are shown (the "show more" button adds one). */
  pages: number;
}

/** Today's levels; districts settle nothing since 1 July 2025, so an old `cap=DISTRICT` link shows every level. */
export const SETTLING_LEVELS: readonly SettlingLevel[] = ['PROVINCE', 'COMMUNE'];
const ONLINE_LEVELS: readonly OnlineLevel[] = ['FULL', 'PARTIAL', 'NONE'];
const MAX_PAGES = 20;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const pages = Number.parseInt(params.get('trang') ?? '1', 10);
  return {
    search: params.get('q')?.trim() || null,
    field: params.get('linhVuc')?.trim() || null,
    settlingLevel: oneOf(params.get('cap'), SETTLING_LEVELS),
    onlineLevel: oneOf(params.get('mucDo'), ONLINE_LEVELS),
    pages: Number.isFinite(pages) ? Math.min(Math.max(pages, 1), MAX_PAGES) : 1,
  };
}

export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  if (state.field) params.set('linhVuc', state.field);
  if (state.settlingLevel) params.set('cap', state.settlingLevel);
  if (state.onlineLevel) params.set('mucDo', state.onlineLevel);
  if (state.pages > 1) params.set('trang', String(state.pages));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Identifies a result list: a change of any filter starts a new one from its first page. */
export function filtersKey(filters: ProcedureFilters): string {
  return JSON.stringify([filters.search, filters.field, filters.settlingLevel, filters.onlineLevel]);
}
