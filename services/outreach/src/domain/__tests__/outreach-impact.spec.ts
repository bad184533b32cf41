import { describe, expect, it } from 'vitest';
import { impactWindows, shareChangePoints, shareOf } from '../outreach-impact';

describe('before and after an outreach activity', () => {
  it('compares the months before with the months after, leaving the day itself out', () => {
    expect(impactWindows('2023-03-15', 3, '2026-11-27')).toEqual({
      before: { from: '2022-12-15', to: '2023-03-14' },
      after: { from: '2023-03-16', to: '2023-06-15' },
      afterPartial: false,
    });
  });

  it('marks a window still running as partial, and one not begun as unknown', () => {
    expect(impactWindows('2026-10-01', 3, '2026-11-27')).toMatchObject({ after: { from: '2026-10-02', to: '2026-11-26' }, afterPartial: true });
    expect(impactWindows('2026-11-27', 3, '2026-11-27').after).toBeNull();
    expect(impactWindows('2026-12-05', 3, '2026-11-27').after).toBeNull();
  });

  it('gives the change in percentage points', () => {
    expect(shareOf({ totalDossiers: 200, onlineDossiers: 90 })).toBe(0.45);
    expect(shareOf({ totalDossiers: 0, onlineDossiers: 0 })).toBeNull();
    expect(shareChangePoints({ totalDossiers: 200, onlineDossiers: 90 }, { totalDossiers: 180, onlineDossiers: 117 })).toBe(20);
    expect(shareChangePoints(null, { totalDossiers: 10, onlineDossiers: 5 })).toBeNull();
  });
});
