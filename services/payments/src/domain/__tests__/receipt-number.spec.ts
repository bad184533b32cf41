import { describe, expect, it } from 'vitest';
import { formatReceiptNumber, formatTxnRef, parseReceiptNumber } from '../receipt-number';

describe('receipt numbers', () => {
  it('number one series per unit and year', () => {
    expect(formatReceiptNumber('27931', 2026, 42)).toBe('BL-27931-2026-000042');
    expect(formatReceiptNumber('802', 2027, 1_234_567)).toBe('BL-802-2027-1234567');
    expect(parseReceiptNumber('BL-27931-2026-000042')).toEqual({ unitCode: '27931', year: 2026, sequence: 42 });
    expect(parseReceiptNumber('27931-2026-42')).toBeNull();
  });

  it('refuse what would make an ambiguous number', () => {
    expect(() => formatReceiptNumber('27 931', 2026, 1)).toThrow(RangeError);
    expect(() => formatReceiptNumber('27931', 2026, 0)).toThrow(RangeError);
    expect(() => formatReceiptNumber('27931', 99, 1)).toThrow(RangeError);
  });
});

describe('vnp_TxnRef', () => {
  it('is letters and digits: MC, the Vietnamese date, the sequence', () => {
    expect(formatTxnRef('2026-11-28', 123)).toBe('MC261128000123');
    expect(formatTxnRef('2026-11-28', 12_345_678)).toBe('MC26112812345678');
    expect(() => formatTxnRef('28/11/2026', 1)).toThrow(RangeError);
  });
});
