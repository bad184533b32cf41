import { describe, expect, it } from 'vitest';
import { addWorkingDays, DEFAULT_OFFICE_HOURS, isWithinOfficeHours, isWorkingDay, nextWorkingDay, workingDayOf } from '../working-days';

/** An instant given as Vietnam wall-clock time. */
const vn = (localDateTime: string) => new Date(`${localDateTime}+07:00`);
const dayRange = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
};

describe('working days', () => {
  it('excludes weekends and public holidays, includes make-up Saturdays', () => {
    expect(isWorkingDay('2025-03-14')).toBe(true); // Friday
    expect(isWorkingDay('2025-03-15')).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-16')).toBe(false); // Sunday
    expect(isWorkingDay('2025-04-30')).toBe(false);
    expect(isWorkingDay('2025-05-02')).toBe(false); // swapped
    expect(isWorkingDay('2025-04-26')).toBe(true); // làm bù Saturday
  });

  it('spans Tết 2025: 25/1–2/2 off', () => {
    for (const day of dayRange('2025-01-25', '2025-02-02')) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2025-01-24')).toBe(true);
    expect(isWorkingDay('2025-02-03')).toBe(true);
    expect(nextWorkingDay('2025-01-24')).toBe('2025-02-03');
  });

  it('spans Tết 2026: 14/2–22/2 off', () => {
    for (const day of dayRange('2026-02-14', '2026-02-22')) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-23')).toBe(true);
  });

  it('knows the office hours', () => {
    expect(isWithinOfficeHours(vn('2025-03-14T07:30:00'))).toBe(true);
    expect(isWithinOfficeHours(vn('2025-03-14T07:29:59'))).toBe(false);
    expect(isWithinOfficeHours(vn('2025-03-14T12:00:00'))).toBe(false); // lunch
    expect(isWithinOfficeHours(vn('2025-03-14T16:59:00'))).toBe(true);
    expect(isWithinOfficeHours(vn('2025-03-14T17:00:00'))).toBe(false);
    expect(isWithinOfficeHours(vn('2025-03-15T09:00:00'))).toBe(false); // Saturday
  });
});

describe('deemed day of receipt', () => {
  it('is the same day during or before office hours on a working day', () => {
    expect(workingDayOf(vn('2025-03-14T16:00:00'))).toBe('2025-03-14');
    expect(workingDayOf(vn('2025-03-14T12:15:00'))).toBe('2025-03-14');
    expect(workingDayOf(vn('2025-03-14T06:00:00'))).toBe('2025-03-14');
  });

  it('is the next working day in the evening, at the weekend or on a holiday', () => {
    expect(workingDayOf(vn('2025-03-14T17:00:00'))).toBe('2025-03-17');
    expect(workingDayOf(vn('2025-03-15T10:00:00'))).toBe('2025-03-17');
    expect(workingDayOf(vn('2025-04-30T20:00:00'))).toBe('2025-05-05');
  });

  it('reads the local day, not the UTC day', () => {
    // 2025-03-13T23:30Z is Friday 14/3 06:30 in Vietnam.
    expect(workingDayOf(new Date('2025-03-13T23:30:00Z'))).toBe('2025-03-14');
  });
});

describe('addWorkingDays', () => {
  it('counts from the next working day and ends at 17:00 local: Friday 16:00 + 3 → Wednesday', () => {
    const due = addWorkingDays(vn('2025-03-14T16:00:00'), 3, []);
    expect(due).toEqual(vn('2025-03-19T17:00:00'));
    expect(due?.toISOString()).toBe('2025-03-19T10:00:00.000Z');
  });

  it('treats an evening submission as received the next working day: Friday 20:00 + 3 → Thursday', () => {
    expect(addWorkingDays(vn('2025-03-14T20:00:00'), 3, [])).toEqual(vn('2025-03-20T17:00:00'));
  });

  it('skips the 30/4 holidays: received 30/4/2025 20:00 + 3 → Thursday 8/5', () => {
    // 30/4, 1/5 holidays, 2/5 swapped, 3–4/5 weekend: received Monday 5/5, counted 6, 7, 8.
    expect(addWorkingDays(vn('2025-04-30T20:00:00'), 3, [])).toEqual(vn('2025-05-08T17:00:00'));
  });

  it('skips Tết 2025: Friday 24/1 + 2 → Tuesday 4/2', () => {
    expect(addWorkingDays(vn('2025-01-24T10:00:00'), 2, [])).toEqual(vn('2025-02-04T17:00:00'));
  });

  it('skips Tết 2026: Friday 13/2 + 1 → Monday 23/2', () => {
    expect(addWorkingDays(vn('2026-02-13T10:00:00'), 1, [])).toEqual(vn('2026-02-23T17:00:00'));
  });

  it('counts a make-up Saturday as a working day', () => {
    expect(addWorkingDays(vn('2025-04-24T10:00:00'), 2, [])).toEqual(vn('2025-04-26T17:00:00'));
  });

  it('is due at the close of the receipt day for 0 days', () => {
    expect(addWorkingDays(vn('2025-03-14T09:00:00'), 0, [])).toEqual(vn('2025-03-14T17:00:00'));
    expect(addWorkingDays(vn('2025-03-15T09:00:00'), 0, [])).toEqual(vn('2025-03-17T17:00:00'));
  });

  it('moves the due date by 2 working days for a 2-day supplement pause', () => {
    const received = vn('2025-03-10T09:00:00'); // Monday
    expect(addWorkingDays(received, 5, [])).toEqual(vn('2025-03-17T17:00:00'));
    const pause = { from: vn('2025-03-11T09:00:00'), to: vn('2025-03-13T09:00:00') }; // Tue → Thu
    expect(addWorkingDays(received, 5, [pause])).toEqual(vn('2025-03-19T17:00:00'));
  });

  it('counts only working days of a pause', () => {
    const received = vn('2025-03-10T09:00:00');
    const overWeekend = { from: vn('2025-03-14T10:00:00'), to: vn('2025-03-18T10:00:00') }; // Fri → Tue
    expect(addWorkingDays(received, 5, [overWeekend])).toEqual(vn('2025-03-19T17:00:00'));
  });

  it('ignores a pause that starts and ends on the same day, or outside office days', () => {
    const received = vn('2025-03-10T09:00:00');
    const sameDay = { from: vn('2025-03-11T09:00:00'), to: vn('2025-03-11T15:00:00') };
    const weekend = { from: vn('2025-03-14T17:30:00'), to: vn('2025-03-17T07:00:00') };
    expect(addWorkingDays(received, 5, [sameDay, weekend])).toEqual(vn('2025-03-17T17:00:00'));
  });

  it('adds the days of several pauses', () => {
    const received = vn('2025-03-10T09:00:00');
    const pauses = [
      { from: vn('2025-03-11T09:00:00'), to: vn('2025-03-12T09:00:00') },
      { from: vn('2025-03-13T09:00:00'), to: vn('2025-03-14T09:00:00') },
    ];
    expect(addWorkingDays(received, 5, pauses)).toEqual(vn('2025-03-19T17:00:00'));
  });

  it('has no due date while a pause is open, unless asked as of a moment', () => {
    const received = vn('2025-03-10T09:00:00');
    const open = { from: vn('2025-03-11T09:00:00'), to: null };
    expect(addWorkingDays(received, 5, [open])).toBeNull();
    expect(addWorkingDays(received, 5, [open], { asOf: vn('2025-03-13T09:00:00') })).toEqual(vn('2025-03-19T17:00:00'));
  });

  it('takes other office hours as a parameter', () => {
    const hours = { ...DEFAULT_OFFICE_HOURS, closes: 16 * 60 + 30 };
    expect(addWorkingDays(vn('2025-03-14T16:45:00'), 1, [], { officeHours: hours })).toEqual(vn('2025-03-18T16:30:00'));
  });

  it('rejects fractional or negative days and reversed pauses', () => {
    const received = vn('2025-03-10T09:00:00');
    expect(() => addWorkingDays(received, 1.5, [])).toThrow(RangeError);
    expect(() => addWorkingDays(received, -1, [])).toThrow(RangeError);
    expect(() => addWorkingDays(received, 1, [{ from: vn('2025-03-12T09:00:00'), to: received }])).toThrow(RangeError);
  });

  it('refuses to count into a year without a holiday table', () => {
    expect(() => addWorkingDays(vn('2028-12-27T10:00:00'), 5, [])).toThrow(/2029/);
  });
});
