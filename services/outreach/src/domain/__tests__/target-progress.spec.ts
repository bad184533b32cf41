import { describe, expect, it } from 'vitest';
import { TargetMetric, targetProgress } from '../target-progress';

const year = { start: '2026-01-01', end: '2026-12-31' };

describe('progress against a target', () => {
  it('holds a share to the target itself', () => {
    expect(targetProgress(TargetMetric.ONLINE_SHARE, 0.6, 0.45, year, '2026-07-01')).toEqual({ ratio: 0.75, met: false, onTrack: false });
    expect(targetProgress(TargetMetric.ONLINE_SHARE, 0.6, 0.62, year, '2026-07-01').met).toBe(true);
  });

  it('expects a count in proportion to the elapsed period', () => {
    // 2 July is day 183 of 365: half of 120 is about 60.
    expect(targetProgress(TargetMetric.PEOPLE_TRAINED, 120, 61, year, '2026-07-02')).toMatchObject({ met: false, onTrack: true });
    expect(targetProgress(TargetMetric.PEOPLE_TRAINED, 120, 40, year, '2026-07-02').onTrack).toBe(false);
    expect(targetProgress(TargetMetric.PEOPLE_TRAINED, 120, 0, year, '2025-12-01').onTrack).toBe(true);
    expect(targetProgress(TargetMetric.OFFICIALS_TRAINED, 20, 20, year, '2027-03-01')).toEqual({ ratio: 1, met: true, onTrack: true });
  });

  it('says nothing when the actual figure is unknown', () => {
    expect(targetProgress(TargetMetric.ONLINE_SHARE, 0.6, null, year, '2026-07-01')).toEqual({ ratio: null, met: null, onTrack: null });
  });
});
