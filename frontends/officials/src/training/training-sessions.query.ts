import type { TrainingAudience } from '@motcua/ui';
import { gql } from 'urql';

export interface TrainingSessionRow {
  id: string;
  title: string;
  audience: TrainingAudience;
  startsAt: string;
  unit: { code: string; name: string } | null;
  attendeeCount: number;
}

export interface TrainingSessionsData {
  trainingSessions: { totalCount: number; nodes: TrainingSessionRow[] };
}

export const TRAINING_SESSIONS = gql<TrainingSessionsData, Record<string, never>>`
  query TrainingSessions {
    trainingSessions(first: 20) {
      totalCount
      nodes {
        id
        title
        audience
        startsAt
        unit {
          code
          name
        }
        attendeeCount
      }
    }
  }
`;
