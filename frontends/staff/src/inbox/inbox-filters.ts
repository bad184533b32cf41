import { DOSSIER_STATUSES, type DossierStatus } from '@motcua/ui';
import type { InboxCountsData } from './staff-inbox.query';

/** The inbox's tabs: which states each shows. The first is the service's default, "what waits for the unit". */
export type InboxFilter = keyof InboxCountsData;

export const INBOX_FILTERS: readonly { filter: InboxFilter; statuses: DossierStatus[] | null }[] = [
  { filter: 'waiting', statuses: null },
  { filter: 'submitted', statuses: ['SUBMITTED'] },
  { filter: 'working', statuses: ['RECEIVED', 'IN_PROGRESS'] },
  { filter: 'paused', statuses: ['SUPPLEMENT_REQUESTED', 'WAITING_FOR_FEE'] },
  { filter: 'ready', statuses: ['RESULT_READY'] },
  { filter: 'returned', statuses: ['RETURNED'] },
  { filter: 'closed', statuses: ['REFUSED', 'WITHDRAWN', 'STOPPED'] },
  { filter: 'all', statuses: [...DOSSIER_STATUSES] },
];

export function parseInboxFilter(value: string | null): InboxFilter {
  return INBOX_FILTERS.find((entry) => entry.filter === value)?.filter ?? 'waiting';
}
