import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from '../search-text';

describe('foldForSearch', () => {
  it('makes text without diacritics match text with them', () => {
    expect(foldForSearch('Đăng ký khai sinh')).toBe(foldForSearch('dang ky khai sinh'));
    expect(foldForSearch('Chứng thực bản sao từ bản chính')).toBe('chung thuc ban sao tu ban chinh');
  });

  it('folds đ/Đ to d and keeps procedure codes searchable', () => {
    expect(foldForSearch('ĐĂNG KÝ Hộ kinh doanh 1.001612')).toBe('dang ky ho kinh doanh 1.001612');
  });
});

describe('searchWords', () => {
  it('splits a query into folded words and ignores empty input', () => {
    expect(searchWords('  Khai   SINH ')).toEqual(['khai', 'sinh']);
    expect(searchWords('')).toEqual([]);
    expect(searchWords(null)).toEqual([]);
  });
});
