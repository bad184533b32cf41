import { gql } from 'urql';

type NationalSyncState = 'PENDING' | 'SYNCED' | 'FAILED';

export interface SyncFailure {
  dossierCode: string;
  state: NationalSyncState;
  attempts: number;
  lastError: string | null;
}

export const NATIONAL_SYNC_FAILURES = gql`
  query NationalSyncFailures {
    nationalSyncFailures {
      dossierCode
      state
      attempts
      lastError
    }
  }
`;

export const RETRY_NATIONAL_SYNC = gql`
  mutation RetryNationalSync($code: String!) {
    retryNationalSync(code: $code) {
      dossierCode
      state
      attempts
    }
  }
`;
