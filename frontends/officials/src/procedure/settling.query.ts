import type { SettlingLevel } from '@motcua/ui';
import { gql } from 'urql';

/** Who settles the procedure under the version in force today (the catalogue, not the period's figures). */
export interface Settling {
  code: string;
  settlingLevel: SettlingLevel;
  settlingBody: string;
  settlingBodyEn: string;
}

export const SETTLING = gql<{ procedure: Settling | null }, { code: string }>`
  query ProcedureSettling($code: String!) {
    procedure(code: $code) {
      code
      settlingLevel
      settlingBody
      settlingBodyEn
    }
  }
`;
