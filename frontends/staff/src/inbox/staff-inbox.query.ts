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
  handlerName: string | null;
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
  /** Only the caller's own dossiers ("Giao cho tôi"), or only those of one handler of the unit. */
  assignedToMe: boolean;
  handlerSubject: string | null;
}

export type InboxOrder = 'ARRIVAL' | 'DUE_SOONEST';

/** The unit's handlers, for the handler filter. */
export const INBOX_HANDLERS = gql<{ unitHandlers: { subject: string; fullName: string }[] }, Record<string, never>>`
  query InboxHandlers {
    unitHandlers {
      subject
      fullName
    }
  }
`;

/** The service scopes the inbox to the caller's unit. */
export const STAFF_INBOX = gql<StaffInboxData, StaffInboxVariables>`
  query StaffInbox(
    $first: Int!
    $after: String
    $statuses: [DossierStatus!]
    $search: String
    $orderBy: InboxOrder!
    $assignedToMe: Boolean!
    $handlerSubject: String
  ) {
    staffInbox(
      first: $first
      after: $after
      statuses: $statuses
      search: $search
      orderBy: $orderBy
      assignedToMe: $assignedToMe
      handlerSubject: $handlerSubject
    ) {
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
        handlerName
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

export type InboxCountsVariables = Pick<StaffInboxVariables, 'search' | 'assignedToMe' | 'handlerSubject'>;

/** How many dossiers each tab holds for the current search and handler, in one request (only the counts are read). */
export const INBOX_COUNTS = gql<InboxCountsData, InboxCountsVariables>`
  query StaffInboxCounts($search: String, $assignedToMe: Boolean!, $handlerSubject: String) {
    waiting: staffInbox(first: 1, search: $search, assignedToMe: $assignedToMe, handlerSubject: $handlerSubject) {
      totalCount
    }
    submitted: staffInbox(first: 1, statuses: [SUBMITTED], search: $search, assignedToMe: $assignedToMe, handlerSubject: $handlerSubject) {
      totalCount
    }
    working: staffInbox(first: 1, statuses: [RECEIVED, IN_PROGRESS], search: $search, assignedToMe: $assignedToMe, handlerSubject: $handlerSubject) {
      totalCount
    }
    paused: staffInbox(first: 1, statuses: [SUPPLEMENT_REQUESTED, WAITING_FOR_FEE], search: $search, assignedToMe: $assignedToMe, handlerSubject: $handlerSubject) {
      totalCount
    }
    ready: staffInbox(first: 1, statuses: [RESULT_READY], search: $search, assignedToMe: $assignedToMe, handlerSubject: $handlerSubject) {
      totalCount
    }
    returned: staffInbox(first: 1, statuses: [RETURNED], search: $search, assignedToMe: $assignedToMe, handlerSubject: $handlerSubject) {
      totalCount
    }
    closed: staffInbox(first: 1, statuses: [REFUSED, WITHDRAWN, STOPPED], search: $search, assignedToMe: $assignedToMe, handlerSubject: $handlerSubject) {
      totalCount
    }
    all: staffInbox(first: 1, statuses: [DRAFT, SUBMITTED, RECEIVED, SUPPLEMENT_REQUESTED, REFUSED, WAITING_FOR_FEE, IN_PROGRESS, RESULT_READY, RETURNED, WITHDRAWN, STOPPED], search: $search, assignedToMe: $assignedToMe, handlerSubject: $handlerSubject) {
      totalCount
    }
  }
`;
