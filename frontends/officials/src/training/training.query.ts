import type { TrainingAudience } from '@motcua/ui';
import { gql } from 'urql';

export type TrainingStatus = 'PLANNED' | 'HELD' | 'CANCELLED';
export type AttendeeRole = 'OFFICIAL' | 'VOLUNTEER' | 'CITIZEN';

export interface TrainingSessionRow {
  id: string;
  title: string;
  audience: TrainingAudience;
  status: TrainingStatus;
  plan: string | null;
  startsAt: string;
  endsAt: string;
  trainer: string;
  location: string;
  unit: { code: string; name: string; nameEn: string } | null;
  attendeeCount: number;
}

export interface TrainingSessionsData {
  trainingSessions: { totalCount: number; nodes: TrainingSessionRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export const TRAINING_SESSIONS = gql<TrainingSessionsData, { unit: string | null; status: TrainingStatus | null; first: number; after: string | null }>`
  query TrainingSessions($unit: String, $status: TrainingStatus, $first: Int!, $after: String) {
    trainingSessions(unitCode: $unit, status: $status, first: $first, after: $after) {
      totalCount
      nodes {
        id
        title
        audience
        status
        plan
        startsAt
        endsAt
        trainer
        location
        unit {
          code
          name
          nameEn
        }
        attendeeCount
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface TrainedRow {
  unit: { code: string; name: string; nameEn: string };
  sessions: number;
  attendees: number;
  officials: number;
  volunteers: number;
  citizens: number;
}

export const TRAINED_PEOPLE = gql<{ trainedPeople: TrainedRow[] }, { unit: string | null; from: string; to: string }>`
  query TrainedPeople($unit: String, $from: Date!, $to: Date!) {
    trainedPeople(unitCode: $unit, from: $from, to: $to) {
      unit {
        code
        name
        nameEn
      }
      sessions
      attendees
      officials
      volunteers
      citizens
    }
  }
`;

export interface AttendeeInput {
  fullName: string;
  role: AttendeeRole;
  position: string | null;
  unitCode: string;
}

export interface RecordTrainingInput {
  title: string;
  audience: TrainingAudience;
  status: 'PLANNED' | 'HELD';
  unitCode: string;
  startsAt: string;
  endsAt: string;
  trainer: string;
  location: string;
  plan: string | null;
  materials: string[];
  attendeeCount: number | null;
  attendees: AttendeeInput[];
}

export const RECORD_TRAINING = gql<{ recordTrainingSession: { id: string; title: string } }, { input: RecordTrainingInput }>`
  mutation RecordTrainingSession($input: RecordTrainingSessionInput!) {
    recordTrainingSession(input: $input) {
      id
      title
    }
  }
`;

export const RECORD_ATTENDANCE = gql<{ recordTrainingAttendance: { id: string } }, { input: { sessionId: string; attendees: AttendeeInput[]; attendeeCount: number | null } }>`
  mutation RecordTrainingAttendance($input: RecordTrainingAttendanceInput!) {
    recordTrainingAttendance(input: $input) {
      id
      status
      attendeeCount
    }
  }
`;

export const SESSION_ATTENDEES = gql<
  { trainingSession: { id: string; attendeeCount: number; attendees: { fullName: string; role: AttendeeRole; position: string | null; unit: { code: string } }[] } },
  { id: string }
>`
  query TrainingSessionAttendees($id: ID!) {
    trainingSession(id: $id) {
      id
      attendeeCount
      attendees {
        fullName
        role
        position
        unit {
          code
        }
      }
    }
  }
`;

export const CANCEL_TRAINING = gql<{ cancelTrainingSession: { id: string; status: TrainingStatus } }, { id: string }>`
  mutation CancelTrainingSession($id: ID!) {
    cancelTrainingSession(id: $id) {
      id
      status
    }
  }
`;
