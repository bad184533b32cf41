import { vietnamDay } from '@motcua/platform';
/**
 * Whether a dossier was settled early, on time or late (the three figures of the service-quality
 * index, Decision 766/QĐ-TTg), and whether an unsettled one is overdue (it then needs an apology letter
 * with a new appointment).
 */

export type SettlementTimeliness = 'EARLY' | 'ON_TIME' | 'LATE';

/**
 * LATE if settled after the due instant; EARLY if settled on a local day before the due day; otherwise
 * (on the due day, by the due time) ON_TIME.
 */
export function classifySettlement(settledAt: Date, dueAt: Date): SettlementTimeliness {
  if (settledAt.getTime() > dueAt.getTime()) return 'LATE';
  return vietnamDay(settledAt) < vietnamDay(dueAt) ? 'EARLY' : 'ON_TIME';
}

/** A dossier whose due date is not defined (paused) is not overdue. */
export function isOverdue(now: Date, dueAt: Date | null): boolean {
  return dueAt !== null && now.getTime() > dueAt.getTime();
}
