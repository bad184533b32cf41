import { gql } from 'urql';

export type TeamKind = 'COMMUNITY_DIGITAL_TEAM' | 'YOUTH_UNION';
type Unit = { code: string; name: string; nameEn: string };

export interface TeamRow {
  id: string;
  kind: TeamKind;
  name: string;
  leaderName: string | null;
  unit: Unit;
  activeMembers: number;
  assistedDossierCount: number;
}

export interface VolunteerRow {
  id: string;
  fullName: string;
  subject: string | null;
  active: boolean;
  joinedOn: string;
  unit: Unit;
  team: { id: string; name: string } | null;
  assistedDossierCount: number;
  lastAssistedAt: string | null;
}

export interface SummaryRow {
  unit: Unit;
  teams: number;
  activeVolunteers: number;
  assistedDossiers: number;
  onlineSubmissions: number;
  assistedShare: number | null;
}

const UNIT = 'unit { code name nameEn }';

export const SUPPORT_TEAMS = gql<{ supportTeams: { totalCount: number; nodes: TeamRow[] } }, { unit: string | null }>`
  query SupportTeams($unit: String) {
    supportTeams(unitCode: $unit, first: 100) {
      totalCount
      nodes {
        id
        kind
        name
        leaderName
        ${UNIT}
        activeMembers
        assistedDossierCount
      }
    }
  }
`;

export const VOLUNTEERS = gql<
  { volunteers: { totalCount: number; nodes: VolunteerRow[]; pageInfo: { endCursor: string | null } } },
  { unit: string | null; active: boolean | null; first: number; after: string | null }
>`
  query Volunteers($unit: String, $active: Boolean, $first: Int!, $after: String) {
    volunteers(unitCode: $unit, active: $active, first: $first, after: $after) {
      totalCount
      nodes {
        id
        fullName
        subject
        active
        joinedOn
        ${UNIT}
        team {
          id
          name
        }
        assistedDossierCount
        lastAssistedAt
      }
      pageInfo {
        endCursor
      }
    }
  }
`;

export const VOLUNTEER_SUMMARY = gql<{ volunteerSummary: SummaryRow[] }, { unit: string | null; from: string; to: string }>`
  query VolunteerSummary($unit: String, $from: Date!, $to: Date!) {
    volunteerSummary(unitCode: $unit, from: $from, to: $to) {
      ${UNIT}
      teams
      activeVolunteers
      assistedDossiers
      onlineSubmissions
      assistedShare
    }
  }
`;

export interface AssistedRow {
  dossierCode: string;
  submittedAt: string;
  procedure: { code: string; name: string; nameEn: string };
  unit: Unit;
}

export const ASSISTED_DOSSIERS = gql<{ assistedDossiers: { totalCount: number; nodes: AssistedRow[] } }, { volunteer: string }>`
  query AssistedDossiers($volunteer: ID) {
    assistedDossiers(volunteerId: $volunteer, first: 100) {
      totalCount
      nodes {
        dossierCode
        submittedAt
        procedure {
          code
          name
          nameEn
        }
        ${UNIT}
      }
    }
  }
`;

export const REGISTER_VOLUNTEER = gql<
  { registerVolunteer: { id: string; fullName: string } },
  { input: { fullName: string; subject: string | null; unitCode: string; teamId: string | null; joinedOn: string | null } }
>`
  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      id
      fullName
    }
  }
`;

export const CREATE_TEAM = gql<{ createSupportTeam: { id: string; name: string } }, { input: { kind: TeamKind; name: string; unitCode: string; leaderName: string | null } }>`
  mutation CreateSupportTeam($input: CreateSupportTeamInput!) {
    createSupportTeam(input: $input) {
      id
      name
    }
  }
`;

export const SET_VOLUNTEER_ACTIVE = gql<{ setVolunteerActive: { id: string; active: boolean } }, { id: string; active: boolean }>`
  mutation SetVolunteerActive($id: ID!, $active: Boolean!) {
    setVolunteerActive(id: $id, active: $active) {
      id
      active
    }
  }
`;
