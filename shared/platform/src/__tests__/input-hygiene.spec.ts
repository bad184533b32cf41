import { describe, expect, it } from 'vitest';
import { controlCharacterPath } from '../input-hygiene';

describe('control characters in input', () => {
  it('are found wherever they hide, by path', () => {
    expect(controlCharacterPath({ input: { applicant: { fullName: 'An\u0000' } } })).toBe('input.applicant.fullName');
    expect(controlCharacterPath({ ids: ['a', 'b\u0007'] })).toBe('ids[1]');
    expect(controlCharacterPath('x\u001f')).toBe('');
  });

  it('leave ordinary text alone, line breaks and tabs included', () => {
    expect(controlCharacterPath({ note: 'Dòng 1\r\nDòng 2\tcột', n: 3, empty: null })).toBeNull();
  });
});
