import { daysBetween } from '@motcua/platform';

/** What a commune aims at for a period. */
export enum TargetMetric {
  /** Share of dossiers submitted online, 0..1 (from the dossiers service's indicators). */
  ONLINE_SHARE = 'ONLINE_SHARE',
  /** People who attended training held in the period (every audience). */
  PEOPLE_TRAINED = 'PEOPLE_TRAINED',
  /** Officials trained in the period, by name (each person once). */
  OFFICIALS_TRAINED = 'OFFICIALS_TRAINED',
}

export function isShareMetric(metric: TargetMetric): boolean {
  return metric === TargetMetric.ONLINE_SHARE;
}

export interface Progress {
  /** actual / target, e.g. 0.8 = 80% of the way. */
  ratio: number | null;
  met: boolean | null;
  /**
   * Whether the commune is where it should be today: a share must already be at the target; a count must have
   * reached the part of the target that the elapsed part of the period calls for.
   */
  onTrack: boolean | null;
}

export function targetProgress(metric: TargetMetric, target: number, actual: number | null, period: { start: string; end: string }, today: string): Progress {
  if (actual === null) return { ratio: null, met: null, onTrack: null };
  const ratio = target > 0 ? actual / target : null;
  const met = actual >= target;
  if (isShareMetric(metric)) return { ratio, met, onTrack: met };
  const length = daysBetween(period.start, period.end) + 1;
  const elapsed = Math.min(length, Math.max(0, daysBetween(period.start, today) + 1));
  return { ratio, met, onTrack: met || actual >= (target * elapsed) / length };
}
