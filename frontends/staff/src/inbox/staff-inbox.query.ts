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
}

/** The gateway scopes the inbox to the caller's unit, oldest first (first come, first served). */
export const STAFF_INBOX = gql<StaffInboxData, StaffInboxVariables>`
  query StaffInbox($first: Int!, $after: String, $statuses: [DossierStatus!]) {
    staffInbox(first: $first, after: $after, statuses: $statuses) {
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

/** How many dossiers each tab holds, in one request (one row asked per filter: only the count is read). */
export const INBOX_COUNTS = gql<InboxCountsData, Record<string, never>>`
  query StaffInboxCounts {
    waiting: staffInbox(first: 1) {
      totalCount
    }
    submitted: staffInbox(first: 1, statuses: [SUBMITTED]) {
      totalCount
    }
    working: staffInbox(first: 1, statuses: [RECEIVED, IN_PROGRESS]) {
      totalCount
    }
    paused: staffInbox(first: 1, statuses: [SUPPLEMENT_REQUESTED, WAITING_FOR_FEE]) {
      totalCount
    }
    ready: staffInbox(first: 1, statuses: [RESULT_READY]) {
      totalCount
    }
    returned: staffInbox(first: 1, statuses: [RETURNED]) {
      totalCount
    }
    closed: staffInbox(first: 1, statuses: [REFUSED, WITHDRAWN, STOPPED]) {
      totalCount
    }
    all: staffInbox(first: 1, statuses: [DRAFT, SUBMITTED, RECEIVED, SUPPLEMENT_REQUESTED, REFUSED, WAITING_FOR_FEE, IN_PROGRESS, RESULT_READY, RETURNED, WITHDRAWN, STOPPED]) {
      totalCount
    }
  }
`;
