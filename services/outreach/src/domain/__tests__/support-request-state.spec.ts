import { describe, expect, it } from 'vitest';
import { SupportRequestAction as A, SupportRequestStatus as S, median, minutesToResolve, nextSupportStatus } from '../support-request-state';

describe('assisted contact states', () => {
  it('answers and resolves an open contact, and can reopen a resolved one', () => {
    expect(nextSupportStatus(S.OPEN, A.ANSWER)).toBe(S.ANSWERED);
    expect(nextSupportStatus(S.OPEN, A.RESOLVE)).toBe(S.RESOLVED);
    expect(nextSupportStatus(S.ANSWERED, A.RESOLVE)).toBe(S.RESOLVED);
    expect(nextSupportStatus(S.RESOLVED, A.REOPEN)).toBe(S.OPEN);
  });

  it('refuses to answer or resolve a closed contact, or reopen an open one', () => {
    expect(nextSupportStatus(S.RESOLVED, A.ANSWER)).toBeNull();
    expect(nextSupportStatus(S.RESOLVED, A.RESOLVE)).toBeNull();
    expect(nextSupportStatus(S.OPEN, A.REOPEN)).toBeNull();
  });

  it('measures the time to resolve in minutes', () => {
    expect(minutesToResolve(new Date('2026-11-02T01:00:00Z'), new Date('2026-11-02T02:30:20Z'))).toBe(90);
    expect(minutesToResolve(new Date('2026-11-02T01:00:00Z'), null)).toBeNull();
    expect(minutesToResolve(new Date('2026-11-02T01:00:00Z'), new Date('2026-11-02T00:00:00Z'))).toBeNull();
  });

  it('takes the median', () => {
    expect(median([])).toBeNull();
    expect(median([30, 5, 10])).toBe(10);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
