import { describe, expect, it } from 'vitest';
import { isValidS10, s10CheckDigit, s10TrackingNumber } from '../s10';

describe('S10 tracking numbers', () => {
  it('computes the UPU check digit (the S10 standard example RA473124829CH)', () => {
    expect(s10CheckDigit('47312482')).toBe(9);
    expect(s10TrackingNumber('RA', 47312482, 'CH')).toBe('RA473124829CH');
  });

  it('maps remainders 10 and 11 to 0 and 5', () => {
    // 00000001 → sum 7 → 11 - 7 = 4; 00000011 → 9 + 7 = 16 → 16 % 11 = 5 → 6
    expect(s10CheckDigit('00000001')).toBe(4);
    expect(s10CheckDigit('00000011')).toBe(6);
    expect(s10CheckDigit('00000000')).toBe(5); // remainder 0 → 11 → 5
    expect(s10CheckDigit('00000008')).toBe(0); // 56 % 11 = 1 → 10 → 0
  });

  it('validates what it issues and rejects a typo', () => {
    const tracking = s10TrackingNumber('EL', 1234);
    expect(isValidS10(tracking)).toBe(true);
    expect(isValidS10(tracking.replace(/^EL0/, 'EL1'))).toBe(false);
  });
});
