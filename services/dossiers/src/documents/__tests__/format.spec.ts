import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTimeVi, formatLongDateVi, formatTime, formatVnd, placeDateLine } from '../format';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('writes the form time of day and date', () => {
    expect(formatDateTimeVi(new Date('2025-03-12T01:30:00Z'))).toBe('08 giờ 30 phút, ngày 12/03/2025');
    expect(formatDate(new Date('2025-03-12T01:30:00Z'))).toBe('12/03/2025');
    expect(formatTime(new Date('2025-03-12T01:30:59Z'))).toBe('08:30');
  });

  it('turns the date at 17:00 UTC (midnight in Vietnam), whatever the server TZ', () => {
    expect(formatDateTimeVi(new Date('2025-03-11T16:59:00Z'))).toBe('23 giờ 59 phút, ngày 11/03/2025');
    expect(formatDateTimeVi(new Date('2025-03-11T17:00:00Z'))).toBe('00 giờ 00 phút, ngày 12/03/2025');
    expect(formatDate(new Date('2025-12-31T17:30:00Z'))).toBe('01/01/2026');
  });

  it('follows Decree 30 for the place-and-date line: zero before days < 10 and months 1–2 only', () => {
    expect(placeDateLine('Đức Hòa', new Date('2025-03-12T03:00:00Z'))).toBe('Đức Hòa, ngày 12 tháng 3 năm 2025');
    expect(formatLongDateVi(new Date('2025-02-05T03:00:00Z'))).toBe('ngày 05 tháng 02 năm 2025');
    expect(formatLongDateVi(new Date('2025-01-09T03:00:00Z'))).toBe('ngày 09 tháng 01 năm 2025');
    expect(formatLongDateVi(new Date('2025-12-31T03:00:00Z'))).toBe('ngày 31 tháng 12 năm 2025');
  });

  it('rejects an invalid date', () => {
    expect(() => formatDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('money', () => {
  it('writes integer VND with dots', () => {
    expect(formatVnd(0)).toBe('0 đồng');
    expect(formatVnd(50_000)).toBe('50.000 đồng');
    expect(formatVnd(1_250_000)).toBe('1.250.000 đồng');
    expect(() => formatVnd(1.5)).toThrow(RangeError);
  });
});
