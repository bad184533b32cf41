import type { Channel, DeliveryMethod, DossierStatus } from '@motcua/ui';
import { gql } from 'urql';

export interface InboxDossier {
  code: string;
  status: DossierStatus;
  channel: Channel;
  overdue: boolean;
  dueAt: string | null;
  promisedAt: string | null;
  receivedAt: string | null;
  submittedAt: string | null;
  deliveryMethod: DeliveryMethod;
  procedure: { code: string; name: string; nameEn: string } | null;
  applicant: { fullName: string } | null;
}

export interface StaffInboxData {
  staffInbox: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: InboxDossier[] };
}

export interface StaffInboxVariables {
  first: number;
  after: string | null;
  /** null: the states that wait for the unit (the service's default). */
  statuses: DossierStatus[] | null;
  search: string | null;
  orderBy: InboxOrder;
}

export type InboxOrder = 'ARRIVAL' | 'DUE_SOONEST';

/** The service scopes the inbox to the caller's unit. */
export const STAFF_INBOX = gql<StaffInboxData, StaffInboxVariables>`
  query StaffInbox($first: Int!, $after: String, $statuses: [DossierStatus!], $search: String, $orderBy: InboxOrder!) {
    staffInbox(first: $first, after: $after, statuses: $statuses, search: $search, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        status
        channel
        overdue
        dueAt
        promisedAt
        receivedAt
        submittedAt
        deliveryMethod
        procedure {
          code
          name
          nameEn
        }
        applicant {
          fullName
        }
      }
    }
  }
`;

type Count = { totalCount: number };
export interface InboxCountsData {
  waiting: Count;
  submitted: Count;
  working: Count;
  paused: Count;
  ready: Count;
  returned: Count;
  closed: Count;
  all: Count;
}

/** How many dossiers each tab holds for the current search, in one request (only the counts are read). */
export const INBOX_COUNTS = gql<InboxCountsData, { search: string | null }>`
  query StaffInboxCounts($search: String) {
    waiting: staffInbox(first: 1, search: $search) {
      totalCount
    }
    submitted: staffInbox(first: 1, statuses: [SUBMITTED], search: $search) {
      totalCount
    }
    working: staffInbox(first: 1, statuses: [RECEIVED, IN_PROGRESS], search: $search) {
      totalCount
    }
    paused: staffInbox(first: 1, statuses: [SUPPLEMENT_REQUESTED, WAITING_FOR_FEE], search: $search) {
      totalCount
    }
    ready: staffInbox(first: 1, statuses: [RESULT_READY], search: $search) {
      totalCount
    }
    returned: staffInbox(first: 1, statuses: [RETURNED], search: $search) {
      totalCount
    }
    closed: staffInbox(first: 1, statuses: [REFUSED, WITHDRAWN, STOPPED], search: $search) {
      totalCount
    }
    all: staffInbox(first: 1, statuses: [DRAFT, SUBMITTED, RECEIVED, SUPPLEMENT_REQUESTED, REFUSED, WAITING_FOR_FEE, IN_PROGRESS, RESULT_READY, RETURNED, WITHDRAWN, STOPPED], search: $search) {
      totalCount
    }
  }
`;
