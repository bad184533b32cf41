import { gql } from 'urql';

export type TargetMetric = 'ONLINE_SHARE' | 'PEOPLE_TRAINED' | 'OFFICIALS_TRAINED';
export const METRICS: readonly TargetMetric[] = ['ONLINE_SHARE', 'PEOPLE_TRAINED', 'OFFICIALS_TRAINED'];

export interface TargetRow {
  id: string;
  metric: TargetMetric;
  periodStart: string;
  periodEnd: string;
  targetValue: number;
  note: string | null;
  unit: { code: string; name: string; nameEn: string };
  progress: { actual: number | null; measuredTo: string; ratio: number | null; met: boolean | null; onTrack: boolean | null };
}

export const TARGETS = gql<
  { outreachTargets: { totalCount: number; nodes: TargetRow[]; pageInfo: { endCursor: string | null } } },
  { unit: string | null; metric: TargetMetric | null; from: string; to: string; first: number; after: string | null }
>`
  query OutreachTargets($unit: String, $metric: TargetMetric, $from: Date, $to: Date, $first: Int!, $after: String) {
    outreachTargets(unitCode: $unit, metric: $metric, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      nodes {
        id
        metric
        periodStart
        periodEnd
        targetValue
        note
        unit {
          code
          name
          nameEn
        }
        progress {
          actual
          measuredTo
          ratio
          met
          onTrack
        }
      }
      pageInfo {
        endCursor
      }
    }
  }
`;

export const SET_TARGET = gql<
  { setOutreachTarget: { id: string } },
  { input: { unitCode: string; metric: TargetMetric; periodStart: string; periodEnd: string; targetValue: number; note: string | null } }
>`
  mutation SetOutreachTarget($input: SetTargetInput!) {
    setOutreachTarget(input: $input) {
      id
    }
  }
`;

export const DELETE_TARGET = gql<{ deleteOutreachTarget: boolean }, { id: string }>`
  mutation DeleteOutreachTarget($id: ID!) {
    deleteOutreachTarget(id: $id)
  }
`;
