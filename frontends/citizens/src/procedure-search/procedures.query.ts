import type { OnlineLevel, SettlingLevel } from '@motcua/ui';
import { gql } from 'urql';

export interface ProcedureSummary {
  code: string;
  name: string;
  nameEn: string;
  field: string;
  fieldEn: string;
  settlingLevel: SettlingLevel;
  onlineLevel: OnlineLevel;
  processingDays: number;
}

export interface SearchProceduresData {
  procedures: {
    totalCount: number;
    nodes: ProcedureSummary[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface ProcedureFilters {
  search: string | null;
  field: string | null;
  settlingLevel: SettlingLevel | null;
  onlineLevel: OnlineLevel | null;
}

export interface SearchProceduresVariables extends ProcedureFilters {
  first: number;
  after: string | null;
}

/** One page of the catalogue. The server forgives missing diacritics, so the search text is sent as typed. */
export const SEARCH_PROCEDURES = gql<SearchProceduresData, SearchProceduresVariables>`
  query SearchProcedures($search: String, $field: String, $settlingLevel: SettlingLevel, $onlineLevel: OnlineLevel, $first: Int!, $after: String) {
    procedures(search: $search, field: $field, settlingLevel: $settlingLevel, onlineLevel: $onlineLevel, first: $first, after: $after) {
      totalCount
      nodes {
        code
        name
        nameEn
        field
        fieldEn
        settlingLevel
        onlineLevel
        processingDays
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const PROCEDURE_FIELDS = gql<{ procedureFields: string[] }, Record<string, never>>`
  query ProcedureFields {
    procedureFields
  }
`;
