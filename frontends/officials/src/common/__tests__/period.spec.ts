import { describe, expect, it } from 'vitest';
import { periodFromSearch, presetKeys, presetPeriod } from '../period';

describe('reporting periods', () => {
  it('reads the last 12 months as the day after the same day a year ago, through 29 February', () => {
    expect(presetPeriod('last12Months', '2026-12-04')).toEqual({ from: '2025-12-05', to: '2026-12-04' });
    expect(presetPeriod('last12Months', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(presetPeriod('last12Months', '2029-03-01')).toEqual({ from: '2028-03-02', to: '2029-03-01' });
  });

  it('offers this year, the last 12 months and each past year back to 2022', () => {
    expect(presetKeys('2026-12-04')).toEqual(['thisYear', 'last12Months', 'year:2025', 'year:2024', 'year:2023', 'year:2022']);
    expect(presetPeriod('year:2022', '2026-12-04')).toEqual({ from: '2022-01-01', to: '2022-12-31' });
  });

  it('takes a period from the address only when both days are there and in order', () => {
    expect(periodFromSearch('?tu=2023-03-01&den=2023-06-30', '2026-12-04')).toEqual({ from: '2023-03-01', to: '2023-06-30' });
    expect(periodFromSearch('?tu=2023-06-30&den=2023-03-01', '2026-12-04')).toEqual({ from: '2026-01-01', to: '2026-12-04' });
  });
});
