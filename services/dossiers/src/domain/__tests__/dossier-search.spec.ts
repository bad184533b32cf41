import { everyWordLike } from '@motcua/platform';
import { describe, expect, it } from 'vitest';
import { dossierSearchText } from '../dossier-search';

const text = dossierSearchText('000.21.25.H39-261127-0042', { fullName: 'Trần Thị Đào', idNumber: '080190001234', phone: '0912345678' });

const matches = (query: string) => everyWordLike('s', query).every((w) => text.includes(String(w.params[0]).slice(1, -1)));

describe('dossierSearchText', () => {
  it('lets an officer find a dossier by the name typed without diacritics, in any order', () => {
    expect(matches('dao tran')).toBe(true);
    expect(matches('Trần Thị Đào')).toBe(true);
    expect(matches('tran van dao')).toBe(false);
  });

  it('lets an officer find a dossier by the tail of its code, the full code, the ID number or the phone', () => {
    expect(matches('0042')).toBe(true);
    expect(matches('000.21.25.H39-261127-0042')).toBe(true);
    expect(matches('080190001234')).toBe(true);
    expect(matches('0912345678')).toBe(true);
    expect(matches('0043')).toBe(false);
  });
});
