import { describe, expect, it } from 'vitest';
import { everyWordLike, foldForSearch, searchWords } from '../search-text';

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

  it('keeps what was typed joined by punctuation as one piece, so a code tail matches only as written', () => {
    expect(searchWords('Nhung 261127-0042')).toEqual(['nhung', '261127 0042']);
    expect(searchWords('000.21.25.H39-261127-0042')).toEqual(['000.21.25.h39 261127 0042']);
  });
});

describe('everyWordLike', () => {
  it('asks for every folded piece, and drops LIKE wildcards typed by a user', () => {
    expect(everyWordLike('search_text', 'Nguyễn 50%_off')).toEqual([
      { sql: 'search_text like ?', params: ['%nguyen%'] },
      { sql: 'search_text like ?', params: ['%50 off%'] },
    ]);
    expect(everyWordLike('search_text', '  ')).toEqual([]);
  });
});
