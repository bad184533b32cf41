/**
 * An assisted contact (a question at the counter, on the hotline, in a Zalo group, at a volunteer session) as the
 * people who answer it see it: OPEN until someone answers, ANSWERED while the citizen may still come back, RESOLVED
 * once the matter is closed with an outcome. A contact settled on the spot is logged straight as RESOLVED.
 */

export enum SupportRequestStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  RESOLVED = 'RESOLVED',
}

export enum SupportRequestAction {
  ANSWER = 'ANSWER',
  RESOLVE = 'RESOLVE',
  REOPEN = 'REOPEN',
}

const MOVES: Record<SupportRequestStatus, Partial<Record<SupportRequestAction, SupportRequestStatus>>> = {
  [SupportRequestStatus.OPEN]: { ANSWER: SupportRequestStatus.ANSWERED, RESOLVE: SupportRequestStatus.RESOLVED },
  [SupportRequestStatus.ANSWERED]: { ANSWER: SupportRequestStatus.ANSWERED, RESOLVE: SupportRequestStatus.RESOLVED },
  [SupportRequestStatus.RESOLVED]: { REOPEN: SupportRequestStatus.OPEN },
};

/** The state after `action`, or null when the action is not possible from `from`. */
export function nextSupportStatus(from: SupportRequestStatus, action: SupportRequestAction): SupportRequestStatus | null {
  return MOVES[from][action] ?? null;
}

/** Whole minutes from the contact to its resolution; null while unresolved or if the clock went backwards. */
export function minutesToResolve(receivedAt: Date, resolvedAt: Date | null): number | null {
  if (!resolvedAt) return null;
  const minutes = Math.round((resolvedAt.getTime() - receivedAt.getTime()) / 60_000);
  return minutes >= 0 ? minutes : null;
}

/** The median of a list of durations (for "time to resolve" per channel); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
