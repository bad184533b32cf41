import { describe, expect, it } from 'vitest';
import { daysIn, endOfMonth, monthsOf, slicePeriod } from '../period-slices';

describe('slicePeriod', () => {
  it('reads a calendar year from twelve months and no days', () => {
    expect(slicePeriod('2022-01-01', '2022-12-31')).toEqual({ months: { from: '2022-01-01', to: '2022-12-01' }, days: [] });
  });

  it('reads the ragged ends from days', () => {
    expect(slicePeriod('2022-01-15', '2022-04-10')).toEqual({
      months: { from: '2022-02-01', to: '2022-03-01' },
      days: [
        { from: '2022-01-15', to: '2022-01-31' },
        { from: '2022-04-01', to: '2022-04-10' },
      ],
    });
  });

  it('reads a period without a whole month from days only', () => {
    expect(slicePeriod('2022-01-15', '2022-02-10')).toEqual({ months: null, days: [{ from: '2022-01-15', to: '2022-02-10' }] });
    expect(slicePeriod('2024-02-29', '2024-02-29')).toEqual({ months: null, days: [{ from: '2024-02-29', to: '2024-02-29' }] });
  });

  it('takes one whole month as a month, leap February included', () => {
    expect(slicePeriod('2024-02-01', '2024-02-29')).toEqual({ months: { from: '2024-02-01', to: '2024-02-01' }, days: [] });
    expect(slicePeriod('2023-02-01', '2023-02-27').months).toBeNull();
  });

  it('refuses a period that ends before it starts, or an impossible day', () => {
    expect(() => slicePeriod('2022-02-01', '2022-01-31')).toThrow(RangeError);
    expect(() => slicePeriod('2022-02-30', '2022-03-31')).toThrow(RangeError);
  });
});

describe('months and days', () => {
  it('lists the months a period touches across a year end', () => {
    expect(monthsOf('2022-11-20', '2023-02-01')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
  });

  it('knows month ends and counts days inclusively', () => {
    expect(endOfMonth('2022-12-05')).toBe('2022-12-31');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(daysIn({ from: '2022-01-01', to: '2022-12-31' })).toBe(365);
  });
});
