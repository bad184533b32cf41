import { describe, expect, it } from 'vitest';
import { amountInWords } from '../amount-in-words';

describe('amountInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [2_500, 'Hai nghìn năm trăm đồng'],
    [15_000, 'Mười lăm nghìn đồng'],
    [21_000, 'Hai mươi mốt nghìn đồng'],
    [105_000, 'Một trăm linh năm nghìn đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_000_000, 'Một triệu đồng'],
    [2_350_000_000, 'Hai tỷ ba trăm năm mươi triệu đồng'],
    [11, 'Mười một đồng'],
    [1_000_015, 'Một triệu không trăm mười lăm đồng'],
  ])('%i → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('refuses what is not an amount', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
  });
});
