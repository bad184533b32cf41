import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  atVietnamTime,
  daysBetween,
  endOfVietnamDayExclusive,
  isDayKey,
  startOfVietnamDay,
  vietnamDay,
  vietnamMonth,
  vietnamParts,
  vietnamYear,
  weekdayOf,
} from '../vietnam-calendar';

describe('calendar days in Vietnam', () => {
  it('reads the local day and month of an instant', () => {
    expect(vietnamDay(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
    expect(vietnamDay(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
    expect(vietnamMonth(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(vietnamYear(new Date('2026-12-31T17:30:00Z'))).toBe(2027);
  });

  it('reads the wall clock and weekday, and turns a wall-clock time back into an instant', () => {
    expect(vietnamParts(new Date('2025-04-30T10:00:30Z'))).toEqual({ day: '2025-04-30', minuteOfDay: 17 * 60 + 0.5, weekday: 3 });
    expect(atVietnamTime('2025-04-30', 17 * 60).toISOString()).toBe('2025-04-30T10:00:00.000Z');
    expect(weekdayOf('2026-12-03')).toBe(4);
    expect(() => vietnamDay(new Date('nonsense'))).toThrow(RangeError);
  });

  it('bounds a day in UTC instants', () => {
    expect(startOfVietnamDay('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(endOfVietnamDayExclusive('2026-01-01').toISOString()).toBe('2026-01-01T17:00:00.000Z');
  });

  it('accepts only real days', () => {
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2023-02-29')).toBe(false);
    expect(isDayKey('2026-1-01')).toBe(false);
    expect(() => startOfVietnamDay('2026-13-01')).toThrow(RangeError);
  });

  it('moves by days and months, clamping to the end of a month', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });
});
