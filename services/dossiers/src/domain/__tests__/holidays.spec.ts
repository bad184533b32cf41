import { describe, expect, it } from 'vitest';
import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, holidaysOf, isMakeUpWorkingDay, isPublicHoliday, legalSourceOf, makeUpWorkingDaysOf, notDaysOffOf } from '../holidays';
import { weekdayOf } from '@motcua/platform';

const YEARS = Array.from({ length: HOLIDAY_TABLE_LAST_YEAR - HOLIDAY_TABLE_FIRST_YEAR + 1 }, (_, i) => HOLIDAY_TABLE_FIRST_YEAR + i);
const isWeekend = (date: string) => [0, 6].includes(weekdayOf(date));

// First day of the lunar year and 10/3 lunar, as applied by the government (2022–2026) and computed (2027–2028).
const LUNAR: Record<number, { tet: string; hungKings: string }> = {
  2022: { tet: '2022-02-01', hungKings: '2022-04-10' },
  2023: { tet: '2023-01-22', hungKings: '2023-04-29' },
  2024: { tet: '2024-02-10', hungKings: '2024-04-18' },
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
  2028: { tet: '2028-01-26', hungKings: '2028-04-04' },
};

describe('public holiday table', () => {
  it.each(YEARS)('%i has every statutory holiday of Labour Code art. 112', (year) => {
    const days = holidaysOf(year);
    const dates = days.map((d) => d.date);
    for (const fixed of ['01-01', '04-30', '05-01', '09-02']) expect(dates).toContain(`${year}-${fixed}`);
    const tet = days.filter((d) => d.name === 'Tết Nguyên đán');
    expect(tet).toHaveLength(5);
    expect(tet.map((d) => d.date)).toContain(LUNAR[year]!.tet);
    expect(days.find((d) => d.name === 'Giỗ Tổ Hùng Vương')?.date).toBe(LUNAR[year]!.hungKings);
    const adjacent = days.filter((d) => d.name === 'Quốc khánh (ngày liền kề)').map((d) => d.date);
    expect(adjacent).toHaveLength(1);
    expect([`${year}-09-01`, `${year}-09-03`]).toContain(adjacent[0]);
  });

  it.each(YEARS)('%i compensates each holiday that falls on a weekend, on a weekday', (year) => {
    const days = holidaysOf(year);
    const onWeekend = days.filter((d) => d.kind === 'HOLIDAY' && isWeekend(d.date));
    const compensatory = days.filter((d) => d.kind === 'COMPENSATORY');
    expect(compensatory).toHaveLength(onWeekend.length);
    for (const day of days.filter((d) => d.kind !== 'HOLIDAY')) expect(isWeekend(day.date), day.date).toBe(false);
  });

  it.each(YEARS)('%i is sorted, without duplicates, with make-up days on Saturdays', (year) => {
    const dates = holidaysOf(year).map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) expect(date.startsWith(`${year}-`)).toBe(true);
    for (const date of makeUpWorkingDaysOf(year)) {
      expect(weekdayOf(date)).toBe(6);
      expect(dates).not.toContain(date);
    }
    const swapped = holidaysOf(year).filter((d) => d.kind === 'SWAPPED');
    expect(swapped).toHaveLength(makeUpWorkingDaysOf(year).length);
  });

  it('records the official swaps and make-up Saturdays', () => {
    expect(isPublicHoliday('2024-04-29')).toBe(true);
    expect(isMakeUpWorkingDay('2024-05-04')).toBe(true);
    expect(isPublicHoliday('2025-05-02')).toBe(true);
    expect(isMakeUpWorkingDay('2025-04-26')).toBe(true);
    expect(isPublicHoliday('2026-01-02')).toBe(true);
    expect(isMakeUpWorkingDay('2026-01-10')).toBe(true);
    expect(isMakeUpWorkingDay('2025-04-19')).toBe(false);
  });

  it('knows the Tết days off of 2025 and 2026', () => {
    expect(
      holidaysOf(2025)
        .filter((d) => d.name === 'Tết Nguyên đán')
        .map((d) => d.date),
    ).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(
      holidaysOf(2026)
        .filter((d) => d.name === 'Tết Nguyên đán')
        .map((d) => d.date),
    ).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
  });

  it('marks only unannounced days as provisional', () => {
    for (const year of [2022, 2023, 2024, 2025]) {
      expect(holidaysOf(year).every((d) => !d.provisional)).toBe(true);
    }
    expect(
      holidaysOf(2026)
        .filter((d) => d.provisional)
        .map((d) => d.date),
    ).toEqual(['2026-09-01']);
    expect(holidaysOf(2027).some((d) => d.provisional)).toBe(true);
  });

  it('answers isPublicHoliday for holidays, compensatory days and ordinary days', () => {
    expect(isPublicHoliday('2025-04-30')).toBe(true);
    expect(isPublicHoliday('2023-09-04')).toBe(true); // nghỉ bù for 2/9 on a Saturday
    expect(isPublicHoliday('2025-04-29')).toBe(false);
    expect(isPublicHoliday('2025-03-15')).toBe(false); // an ordinary Saturday is not a public holiday
  });

  it.each(YEARS)('%i cites a legal source for every day off', (year) => {
    for (const day of holidaysOf(year)) expect(day.source.citation, day.date).toMatch(/\S/);
    for (const day of holidaysOf(year).filter((d) => d.kind === 'COMPENSATORY')) expect(day.source.citation).toContain('Điều 111');
  });

  it('cites Labour Code art. 112 for a statutory day and the Government Office letter for a swap', () => {
    expect(legalSourceOf('2025-04-30')?.citation).toContain('Điều 112 khoản 1');
    expect(legalSourceOf('2025-05-02')?.citation).toContain('8726/VPCP-KGVX');
    expect(legalSourceOf('2025-05-05')).toBeNull();
  });

  it('keeps 24 November 2026 (Ngày Văn hóa Việt Nam) a working day, with why and its source', () => {
    expect(isPublicHoliday('2026-11-24')).toBe(false);
    const [cultureDay] = notDaysOffOf(2026);
    expect(cultureDay).toMatchObject({ date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam' });
    expect(cultureDay!.source.citation).toContain('80-NQ/TW');
    expect(notDaysOffOf(2025)).toEqual([]);
  });

  it('refuses years outside the table instead of guessing', () => {
    expect(() => holidaysOf(2021)).toThrow(/2021/);
    expect(() => isPublicHoliday('2029-01-01')).toThrow(/No public-holiday table for 2029/);
  });

  it('rejects malformed dates', () => {
    expect(() => isPublicHoliday('2025-02-30')).toThrow(RangeError);
    expect(() => isPublicHoliday('30/04/2025')).toThrow(RangeError);
  });
});
