import { gql } from 'urql';

export type SupportChannel = 'COUNTER_GUIDANCE' | 'HOTLINE' | 'ZALO' | 'VOLUNTEER_SESSION';
export type SupportStatus = 'OPEN' | 'ANSWERED' | 'RESOLVED';
export type SupportOutcome = 'GUIDED' | 'SUBMITTED_ONLINE' | 'REFERRED_TO_COUNTER' | 'NOT_RESOLVED';
export const CHANNELS: readonly SupportChannel[] = ['COUNTER_GUIDANCE', 'HOTLINE', 'ZALO', 'VOLUNTEER_SESSION'];
export const OUTCOMES: readonly SupportOutcome[] = ['GUIDED', 'SUBMITTED_ONLINE', 'REFERRED_TO_COUNTER', 'NOT_RESOLVED'];

export interface SupportRequestRow {
  id: string;
  channel: SupportChannel;
  question: string;
  procedureCode: string | null;
  procedure: { name: string; nameEn: string } | null;
  dossierCode: string | null;
  supportGroup: { name: string } | null;
  status: SupportStatus;
  answer: string | null;
  outcome: SupportOutcome | null;
  receivedAt: string;
  resolvedAt: string | null;
  minutesToResolve: number | null;
  handledByName: string | null;
  unit: { code: string; name: string; nameEn: string };
}

export const SUPPORT_REQUESTS = gql<
  { supportRequests: { totalCount: number; nodes: SupportRequestRow[]; pageInfo: { endCursor: string | null }; counts: { open: number; answered: number; resolved: number } } },
  { unit: string | null; statuses: SupportStatus[] | null; channel: SupportChannel | null; first: number; after: string | null }
>`
  query SupportRequests($unit: String, $statuses: [SupportRequestStatus!], $channel: SupportChannel, $first: Int!, $after: String) {
    supportRequests(unitCode: $unit, statuses: $statuses, channel: $channel, first: $first, after: $after) {
      totalCount
      nodes {
        id
        channel
        question
        procedureCode
        procedure {
          name
          nameEn
        }
        dossierCode
        supportGroup {
          name
        }
        status
        answer
        outcome
        receivedAt
        resolvedAt
        minutesToResolve
        handledByName
        unit {
          code
          name
          nameEn
        }
      }
      pageInfo {
        endCursor
      }
      counts {
        open
        answered
        resolved
      }
    }
  }
`;

export interface ChannelStats {
  channel: SupportChannel;
  total: number;
  open: number;
  resolved: number;
  submittedOnline: number;
  medianMinutesToResolve: number | null;
}

export const SUPPORT_STATS = gql<{ supportStats: ChannelStats[] }, { unit: string | null; from: string; to: string }>`
  query SupportStats($unit: String, $from: Date!, $to: Date!) {
    supportStats(unitCode: $unit, from: $from, to: $to) {
      channel
      total
      open
      resolved
      submittedOnline
      medianMinutesToResolve
    }
  }
`;

export interface LogSupportInput {
  unitCode: string;
  channel: SupportChannel;
  question: string;
  procedureCode: string | null;
  dossierCode: string | null;
  supportGroupId: string | null;
  receivedAt: string;
  answer: string | null;
  outcome: SupportOutcome | null;
}

export const LOG_SUPPORT = gql<{ logSupportRequest: { id: string } }, { input: LogSupportInput }>`
  mutation LogSupportRequest($input: LogSupportRequestInput!) {
    logSupportRequest(input: $input) {
      id
      status
    }
  }
`;

export const ANSWER_SUPPORT = gql<{ answerSupportRequest: { id: string; status: SupportStatus } }, { id: string; answer: string }>`
  mutation AnswerSupportRequest($id: ID!, $answer: String!) {
    answerSupportRequest(id: $id, answer: $answer) {
      id
      status
      answer
    }
  }
`;

export const RESOLVE_SUPPORT = gql<{ resolveSupportRequest: { id: string; status: SupportStatus } }, { id: string; outcome: SupportOutcome; answer: string | null }>`
  mutation ResolveSupportRequest($id: ID!, $outcome: SupportOutcome!, $answer: String) {
    resolveSupportRequest(id: $id, outcome: $outcome, answer: $answer) {
      id
      status
      outcome
    }
  }
`;

export const REOPEN_SUPPORT = gql<{ reopenSupportRequest: { id: string; status: SupportStatus } }, { id: string }>`
  mutation ReopenSupportRequest($id: ID!) {
    reopenSupportRequest(id: $id) {
      id
      status
    }
  }
`;

export const FORM_CHOICES = gql<
  { procedures: { nodes: { code: string; name: string; nameEn: string }[] }; supportGroups: { nodes: { id: string; name: string; unit: { code: string } }[] } },
  Record<string, never>
>`
  query SupportFormChoices {
    procedures(first: 100) {
      nodes {
        code
        name
        nameEn
      }
    }
    supportGroups(first: 100, active: true) {
      nodes {
        id
        name
        unit {
          code
        }
      }
    }
  }
`;
