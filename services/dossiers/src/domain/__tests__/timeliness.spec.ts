import { describe, expect, it } from 'vitest';
import { classifySettlement, isOverdue } from '../timeliness';

const due = new Date('2025-03-19T10:00:00Z'); // Wednesday 19/3 17:00 in Vietnam

describe('classifySettlement', () => {
  it('is EARLY before the due local day', () => {
    expect(classifySettlement(new Date('2025-03-18T09:00:00Z'), due)).toBe('EARLY');
  });

  it('is ON_TIME on the due local day, up to the due time', () => {
    expect(classifySettlement(new Date('2025-03-19T02:00:00Z'), due)).toBe('ON_TIME'); // 09:00 local
    expect(classifySettlement(due, due)).toBe('ON_TIME');
  });

  it('uses the local day: 18/3 17:30 UTC is already 19/3 in Vietnam', () => {
    expect(classifySettlement(new Date('2025-03-18T17:30:00Z'), due)).toBe('ON_TIME');
    expect(classifySettlement(new Date('2025-03-18T16:59:00Z'), due)).toBe('EARLY');
  });

  it('is LATE after the due time, even on the same day', () => {
    expect(classifySettlement(new Date('2025-03-19T10:00:01Z'), due)).toBe('LATE');
    expect(classifySettlement(new Date('2025-03-20T02:00:00Z'), due)).toBe('LATE');
  });
});

describe('isOverdue', () => {
  it('is overdue only after the due time', () => {
    expect(isOverdue(new Date('2025-03-19T09:59:59Z'), due)).toBe(false);
    expect(isOverdue(due, due)).toBe(false);
    expect(isOverdue(new Date('2025-03-19T10:00:01Z'), due)).toBe(true);
  });

  it('is never overdue without a due date (paused)', () => {
    expect(isOverdue(new Date('2030-01-01T00:00:00Z'), null)).toBe(false);
  });
});
