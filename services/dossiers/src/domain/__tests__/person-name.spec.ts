import { describe, expect, it } from 'vitest';
import { normalisePersonName } from '../person-name';

describe('normalisePersonName', () => {
  it('stores names in NFC, trimmed, single-spaced', () => {
    const decomposed = 'Nguye\u0302\u0303n  Va\u0306n An '; // "Nguyễn Văn An" typed with combining marks
    expect(normalisePersonName(decomposed)).toBe('Nguyễn Văn An');
    expect(normalisePersonName(decomposed)).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it('refuses spaces only, zero-width characters and direction overrides', () => {
    for (const bad of ['   ', '\u200b\u200b\u200b', 'An\u200dBình', '\u202eNguyễn Văn An', 'Lê\u0000Cúc', '12 34', 'A']) {
      expect(normalisePersonName(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
