import { describe, expect, it } from 'vitest';
import { filtersKey, readSearchState, searchQueryString } from '../search-params';

describe('search state in the address', () => {
  it('reads the query string, ignoring values it does not know', () => {
    expect(readSearchState('?q=khai+sinh&linhVuc=H%E1%BB%99+t%E1%BB%8Bch&cap=COMMUNE&mucDo=FULL&trang=3')).toEqual({
      search: 'khai sinh',
      field: 'Hộ tịch',
      settlingLevel: 'COMMUNE',
      onlineLevel: 'FULL',
      pages: 3,
    });
    expect(readSearchState('?cap=DISTRICT&mucDo=4&trang=-2')).toEqual({ search: null, field: null, settlingLevel: null, onlineLevel: null, pages: 1 });
    expect(readSearchState('?trang=999').pages).toBe(20);
    expect(readSearchState('?q=%20%20').search).toBeNull();
  });

  it('writes only what is set, and round-trips', () => {
    expect(searchQueryString({ search: null, field: null, settlingLevel: null, onlineLevel: null, pages: 1 })).toBe('');
    const state = { search: 'đăng ký', field: 'Hộ tịch', settlingLevel: 'PROVINCE' as const, onlineLevel: 'PARTIAL' as const, pages: 2 };
    expect(readSearchState(searchQueryString(state))).toEqual(state);
  });

  it('keys a result list by its filters, not by its page count', () => {
    const base = { search: 'a', field: null, settlingLevel: null, onlineLevel: null };
    expect(filtersKey(base)).toBe(filtersKey({ ...base }));
    expect(filtersKey(base)).not.toBe(filtersKey({ ...base, settlingLevel: 'COMMUNE' }));
  });
});
