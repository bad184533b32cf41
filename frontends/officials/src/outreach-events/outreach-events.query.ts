import { gql } from 'urql';

export type OutreachKind = 'HAMLET_MEETING' | 'YOUTH_UNION_CAMPAIGN' | 'SUPPORT_POINT';

export interface OutreachEventRow {
  id: string;
  kind: OutreachKind;
  title: string;
  place: string;
  organiser: string | null;
  startsAt: string;
  endsAt: string;
  unit: { code: string; name: string; nameEn: string } | null;
  peopleReached: number;
  accountsCreated: number;
  dossiersAssisted: number;
  assistedDossiersCounted: number;
}

export const OUTREACH_EVENTS = gql<
  { outreachEvents: { totalCount: number; nodes: OutreachEventRow[]; pageInfo: { endCursor: string | null } } },
  { unit: string | null; kind: OutreachKind | null; first: number; after: string | null }
>`
  query OutreachEvents($unit: String, $kind: OutreachKind, $first: Int!, $after: String) {
    outreachEvents(unitCode: $unit, kind: $kind, first: $first, after: $after) {
      totalCount
      nodes {
        id
        kind
        title
        place
        organiser
        startsAt
        endsAt
        unit {
          code
          name
          nameEn
        }
        peopleReached
        accountsCreated
        dossiersAssisted
        assistedDossiersCounted
      }
      pageInfo {
        endCursor
      }
    }
  }
`;

export interface RecordOutreachEventInput {
  kind: OutreachKind;
  title: string;
  unitCode: string;
  place: string;
  startsAt: string;
  endsAt: string;
  organiser: string | null;
  notes: string | null;
  peopleReached: number;
  accountsCreated: number;
  dossiersAssisted: number;
}

export const RECORD_OUTREACH_EVENT = gql<{ recordOutreachEvent: { id: string; title: string } }, { input: RecordOutreachEventInput }>`
  mutation RecordOutreachEvent($input: RecordOutreachEventInput!) {
    recordOutreachEvent(input: $input) {
      id
      title
    }
  }
`;
