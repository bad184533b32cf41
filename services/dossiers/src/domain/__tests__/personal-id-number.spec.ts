import { describe, expect, it } from 'vitest';
import { isPersonalIdNumber } from '../personal-id-number';

describe('isPersonalIdNumber', () => {
  it('accepts the 12-digit personal identification number', () => {
    expect(isPersonalIdNumber('080090001234')).toBe(true);
  });

  it('refuses the 9-digit CMND, which expired on 31 Dec 2024', () => {
    expect(isPersonalIdNumber('301234567')).toBe(false);
  });

  it('refuses anything but exactly 12 digits', () => {
    for (const value of ['', '08009000123', '0800900012345', '08009000123a', ' 080090001234', '080 090 001 234', 12, null]) {
      expect(isPersonalIdNumber(value), String(value)).toBe(false);
    }
  });
});
