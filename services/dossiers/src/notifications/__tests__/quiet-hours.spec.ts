import { describe, expect, it } from 'vitest';
import { earliestSendTime, parseQuietHours } from '../domain/quiet-hours';

const quiet = parseQuietHours('21:00-07:00');
// Asia/Ho_Chi_Minh is UTC+7: 22:30 local on 3 March is 15:30Z.
const local = (iso: string) => new Date(`${iso}+07:00`);

describe('quiet hours', () => {
  it('reads the setting', () => {
    expect(quiet).toEqual({ fromMinute: 21 * 60, toMinute: 7 * 60 });
    expect(parseQuietHours('off')).toBeNull();
    expect(parseQuietHours('')).toBeNull();
    expect(() => parseQuietHours('9pm-7am')).toThrow(/21:00-07:00/);
    expect(() => parseQuietHours('25:00-07:00')).toThrow(/out of range/);
  });

  it('lets a message go at once in the day', () => {
    const at = local('2026-03-03T14:10:00');
    expect(earliestSendTime(at, quiet, false)).toEqual(at);
    expect(earliestSendTime(local('2026-03-03T07:00:00'), quiet, false)).toEqual(local('2026-03-03T07:00:00'));
  });

  it('holds a non-urgent message until 07:00, across midnight', () => {
    expect(earliestSendTime(local('2026-03-03T22:30:00'), quiet, false)).toEqual(local('2026-03-04T07:00:00'));
    expect(earliestSendTime(local('2026-03-03T21:00:00'), quiet, false)).toEqual(local('2026-03-04T07:00:00'));
    expect(earliestSendTime(local('2026-03-04T05:15:42'), quiet, false)).toEqual(local('2026-03-04T07:00:00'));
  });

  it('sends urgent messages anyway, and everything when there are no quiet hours', () => {
    const night = local('2026-03-03T23:00:00');
    expect(earliestSendTime(night, quiet, true)).toEqual(night);
    expect(earliestSendTime(night, null, false)).toEqual(night);
  });

  it('handles quiet hours within one day', () => {
    const lunch = parseQuietHours('12:00-13:30');
    expect(earliestSendTime(local('2026-03-03T12:45:00'), lunch, false)).toEqual(local('2026-03-03T13:30:00'));
    expect(earliestSendTime(local('2026-03-03T13:30:00'), lunch, false)).toEqual(local('2026-03-03T13:30:00'));
  });
});
