import type { OnlineLevel, SettlingLevel } from '@motcua/ui';
import { gql } from 'urql';

export interface ProcedureSummary {
  code: string;
  name: string;
  field: string;
  settlingLevel: SettlingLevel;
  onlineLevel: OnlineLevel;
  processingDays: number;
}

export interface SearchProceduresData {
  procedures: { totalCount: number; nodes: ProcedureSummary[] };
}

export interface SearchProceduresVariables {
  search: string | null;
  first: number;
}

/** The server forgives missing diacritics, so the search text is sent as typed. */
export const SEARCH_PROCEDURES = gql<SearchProceduresData, SearchProceduresVariables>`
  query SearchProcedures($search: String, $first: Int) {
    procedures(search: $search, first: $first) {
      totalCount
      nodes {
        code
        name
        field
        settlingLevel
        onlineLevel
        processingDays
      }
    }
  }
`;
