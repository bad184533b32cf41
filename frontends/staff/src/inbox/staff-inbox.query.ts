import type { DossierStatus } from '@motcua/ui';
import { gql } from 'urql';

export interface InboxDossier {
  code: string;
  status: DossierStatus;
  receivedAt: string | null;
  procedure: { code: string; name: string } | null;
  applicant: { fullName: string } | null;
}

export interface StaffInboxData {
  staffInbox: { totalCount: number; nodes: InboxDossier[] };
}

/** The gateway scopes the inbox to the caller's unit; the newest 20 are enough for the desk's first screen. */
export const STAFF_INBOX = gql<StaffInboxData, Record<string, never>>`
  query StaffInbox {
    staffInbox(first: 20) {
      totalCount
      nodes {
        code
        status
        receivedAt
        procedure {
          code
          name
        }
        applicant {
          fullName
        }
      }
    }
  }
`;
