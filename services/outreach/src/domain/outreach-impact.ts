import { addDays, addMonths } from '@motcua/platform';

/**
 * "Did outreach work": a commune's online share in the months before its first training or outreach event of the
 * period, against the same number of months after it. The day itself belongs to neither side. The "after" side
 * stops at yesterday: a window still running is shown as partial, one not yet begun as unknown.
 */

export interface DayRange {
  from: string;
  to: string;
}

export interface ImpactWindows {
  before: DayRange;
  /** Null while the activity is today or in the future. */
  after: DayRange | null;
  /** True when the "after" window has not yet run its full length. */
  afterPartial: boolean;
}

export function impactWindows(activityDay: string, windowMonths: number, today: string): ImpactWindows {
  const before = { from: addMonths(activityDay, -windowMonths), to: addDays(activityDay, -1) };
  const afterFrom = addDays(activityDay, 1);
  const fullTo = addMonths(activityDay, windowMonths);
  const yesterday = addDays(today, -1);
  if (afterFrom > yesterday) return { before, after: null, afterPartial: false };
  return { before, after: { from: afterFrom, to: fullTo < yesterday ? fullTo : yesterday }, afterPartial: fullTo > yesterday };
}

export interface ShareCounts {
  totalDossiers: number;
  onlineDossiers: number;
}

/** Online share 0..1, or null when nothing was submitted. */
export function shareOf(counts: ShareCounts | null): number | null {
  if (!counts || counts.totalDossiers <= 0) return null;
  return counts.onlineDossiers / counts.totalDossiers;
}

/** Change of the online share in percentage points (after − before), or null when either side is unknown. */
export function shareChangePoints(before: ShareCounts | null, after: ShareCounts | null): number | null {
  const [b, a] = [shareOf(before), shareOf(after)];
  if (b === null || a === null) return null;
  return Math.round((a - b) * 1000) / 10;
}
