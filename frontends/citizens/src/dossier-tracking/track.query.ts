import type { DossierStatus } from '@motcua/ui';
import { gql } from 'urql';

/** What anyone may see of a dossier by its code: status and dates (the service hides personal data). */
export interface PublicDossier {
  code: string;
  status: DossierStatus;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  settledAt: string | null;
  returnedAt: string | null;
  timeliness: string | null;
  overdue: boolean;
  feeStatus: 'NONE' | 'DUE' | 'PAID' | 'REFUNDED';
  procedure: { code: string; name: string; nameEn: string };
}

export const TRACK_DOSSIER = gql<{ dossier: PublicDossier | null }, { code: string }>`
  query TrackDossier($code: String!) {
    dossier(code: $code) {
      code
      status
      submittedAt
      receivedAt
      dueAt
      settledAt
      returnedAt
      timeliness
      overdue
      feeStatus
      procedure {
        code
        name
        nameEn
      }
    }
  }
`;
