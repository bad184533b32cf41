import { describe, expect, it } from 'vitest';
import { DateInputError, startOfTypedDay, vietnamDayRange, vietnamDaysRange, vietnamTimeText } from '../vietnam-time';

describe('Vietnamese days', () => {
  it('starts a day at 00:00 GMT+7, i.e. 17:00 UTC the evening before', () => {
    expect(startOfTypedDay('2026-11-28').toISOString()).toBe('2026-11-27T17:00:00.000Z');
    expect(vietnamDayRange('2026-11-28')).toEqual({ from: new Date('2026-11-27T17:00:00Z'), to: new Date('2026-11-28T17:00:00Z') });
  });

  it('spans several days, both ends included, within a limit', () => {
    expect(vietnamDaysRange('2026-11-01', '2026-11-30')).toEqual({ from: new Date('2026-10-31T17:00:00Z'), to: new Date('2026-11-30T17:00:00Z') });
    expect(vietnamDaysRange('2026-11-28', '2026-11-28').to.getTime() - vietnamDaysRange('2026-11-28', '2026-11-28').from.getTime()).toBe(24 * 3600_000);
    expect(() => vietnamDaysRange('2026-11-02', '2026-11-01')).toThrow(DateInputError);
    expect(() => vietnamDaysRange('2025-01-01', '2026-12-31')).toThrow(DateInputError);
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '28/11/2026', '', '2026-1-1']) expect(() => startOfTypedDay(bad), bad).toThrow(DateInputError);
  });
});

describe('times as printed', () => {
  it('reads an instant in Vietnam time, day first', () => {
    expect(vietnamTimeText(new Date('2026-11-28T03:15:00Z'))).toBe('28/11/2026 10:15');
    expect(vietnamTimeText(new Date('2026-12-31T17:05:00Z'))).toBe('01/01/2027 00:05');
  });
});
