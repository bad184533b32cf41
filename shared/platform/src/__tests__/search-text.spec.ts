import { describe, expect, it } from 'vitest';
import { containsEveryWord, containsPhrase, foldForSearch, searchWords } from '../search-text';

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

describe('containsEveryWord', () => {
  it('asks for every folded word, and drops LIKE wildcards typed by a user', () => {
    expect(containsEveryWord('searchText', 'Nguyễn 50%_off')).toEqual([
      { searchText: { $like: '%nguyen%' } },
      { searchText: { $like: '%50%' } },
      { searchText: { $like: '%off%' } },
    ]);
    expect(containsEveryWord('searchText', '  ')).toEqual([]);
  });
});

describe('containsPhrase', () => {
  it('asks for the folded phrase as one piece', () => {
    expect(containsPhrase('searchText', 'H39-261127-0042')).toEqual({ searchText: { $like: '%h39 261127 0042%' } });
  });
});
