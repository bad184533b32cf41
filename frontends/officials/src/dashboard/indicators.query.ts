import { gql } from 'urql';

/** The figures every breakdown of the indicators shows (shares 0..1, null when there is nothing to divide by). */
export interface Figures {
  totalDossiers: number;
  onlineDossiers: number;
  inPersonDossiers: number;
  onlineShare: number | null;
  onTimeShare: number | null;
  onlinePaymentShare: number | null;
  digitisedShare: number | null;
  postalReturnShare: number | null;
  satisfaction: number | null;
}

const FIGURES = 'totalDossiers onlineDossiers inPersonDossiers onlineShare onTimeShare onlinePaymentShare digitisedShare postalReturnShare satisfaction';

interface NamedUnit {
  code: string;
  name: string;
  nameEn: string;
  level: string;
}

export interface MonthRow {
  month: string;
  totalDossiers: number;
  onlineDossiers: number;
  onlineShare: number | null;
}

export interface UnitRow extends Figures {
  unitCode: string;
  unitName: string;
  unit: { nameEn: string } | null;
  level: string;
  own: boolean;
  rank: number | null;
}

export interface ProcedureRow extends Figures {
  procedureCode: string;
  procedureName: string | null;
  procedure: { nameEn: string } | null;
  field: string | null;
  settlingLevel: string | null;
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE' | null;
  rank: number;
}

type PartStatus = 'SCORED' | 'NO_DATA' | 'NOT_TRACKED';

export interface IndexPart {
  key: string;
  name: string;
  nameEn: string;
  formula: string;
  maxScore: number;
  ratio: number | null;
  score: number | null;
  status: PartStatus;
}

interface IndexGroup {
  key: string;
  name: string;
  nameEn: string;
  maxScore: number;
  score: number | null;
  scoredMaxScore: number;
  parts: IndexPart[];
}

export interface QualityIndex {
  maxScore: number;
  score: number | null;
  scoredMaxScore: number;
  groups: IndexGroup[];
}

export interface Opportunity {
  rank: number;
  unitCode: string;
  unitName: string;
  unit: { nameEn: string } | null;
  procedureCode: string;
  procedureName: string;
  procedure: { nameEn: string } | null;
  field: string;
  inPersonDossiers: number;
  onlineDossiers: number;
  onlineShare: number | null;
}

interface Indicators extends Figures {
  unit: (NamedUnit & { parent: NamedUnit | null }) | null;
  byMonth: MonthRow[];
  byUnit: UnitRow[];
  byProcedure: ProcedureRow[];
  qualityIndex: QualityIndex;
}

export interface DashboardData {
  indicators: Indicators;
  outreachOpportunities: Opportunity[];
}

export interface DashboardVariables {
  unit: string;
  from: string;
  to: string;
}

export const DASHBOARD = gql<DashboardData, DashboardVariables>`
  query OfficialsDashboard($unit: String, $from: Date!, $to: Date!) {
    indicators(unitCode: $unit, from: $from, to: $to) {
      unit {
        code
        name
        nameEn
        level
        parent {
          code
          name
          nameEn
          level
        }
      }
      ${FIGURES}
      byMonth {
        month
        totalDossiers
        onlineDossiers
        onlineShare
      }
      byUnit {
        unitCode
        unitName
        unit {
          nameEn
        }
        level
        own
        rank
        ${FIGURES}
      }
      byProcedure {
        procedureCode
        procedureName
        procedure {
          nameEn
        }
        field
        settlingLevel
        onlineLevel
        rank
        ${FIGURES}
      }
      qualityIndex {
        maxScore
        score
        scoredMaxScore
        groups {
          key
          name
          nameEn
          maxScore
          score
          scoredMaxScore
          parts {
            key
            name
            nameEn
            formula
            maxScore
            ratio
            score
            status
          }
        }
      }
    }
    outreachOpportunities(unitCode: $unit, from: $from, to: $to, first: 10) {
      rank
      unitCode
      unitName
      unit {
        nameEn
      }
      procedureCode
      procedureName
      procedure {
        nameEn
      }
      field
      inPersonDossiers
      onlineDossiers
      onlineShare
    }
  }
`;

export interface ImpactRow {
  unit: { code: string; name: string; nameEn: string };
  firstActivityOn: string;
  trainings: number;
  events: number;
  peopleReached: number;
  before: { from: string; to: string; totalDossiers: number | null; onlineShare: number | null };
  after: { from: string; to: string; totalDossiers: number | null; onlineShare: number | null } | null;
  afterPartial: boolean;
  changePoints: number | null;
  baselineUnit: { code: string; name: string; nameEn: string } | null;
  baselineChangePoints: number | null;
}

export interface ImpactData {
  outreachImpact: { windowMonths: number; indicatorsAvailable: boolean; rows: ImpactRow[] };
}

export const OUTREACH_IMPACT = gql<ImpactData, DashboardVariables & { window: number }>`
  query OutreachImpact($unit: String, $from: Date!, $to: Date!, $window: Int!) {
    outreachImpact(unitCode: $unit, from: $from, to: $to, windowMonths: $window) {
      windowMonths
      indicatorsAvailable
      rows {
        unit {
          code
          name
          nameEn
        }
        firstActivityOn
        trainings
        events
        peopleReached
        before {
          from
          to
          totalDossiers
          onlineShare
        }
        after {
          from
          to
          totalDossiers
          onlineShare
        }
        afterPartial
        changePoints
        baselineUnit {
          code
          name
          nameEn
        }
        baselineChangePoints
      }
    }
  }
`;

export interface UnitOutreachData {
  trainedPeople: { sessions: number; attendees: number; officials: number; volunteers: number; citizens: number }[];
  outreachEvents: { totalCount: number };
  volunteerSummary: { teams: number; activeVolunteers: number; assistedDossiers: number; onlineSubmissions: number; assistedShare: number | null }[];
  supportGroups: { totalCount: number };
  supportRequests: { counts: { open: number; answered: number; resolved: number } };
  outreachTargets: {
    nodes: {
      id: string;
      unit: { code: string };
      metric: 'ONLINE_SHARE' | 'PEOPLE_TRAINED' | 'OFFICIALS_TRAINED';
      targetValue: number;
      periodStart: string;
      periodEnd: string;
      progress: { actual: number | null; ratio: number | null; met: boolean | null; onTrack: boolean | null };
    }[];
  };
}

/** What the outreach programme did in a unit over the period: the dashboard's "outreach here" panel. */
export const UNIT_OUTREACH = gql<UnitOutreachData, DashboardVariables>`
  query UnitOutreach($unit: String, $from: Date!, $to: Date!) {
    trainedPeople(unitCode: $unit, from: $from, to: $to) {
      sessions
      attendees
      officials
      volunteers
      citizens
    }
    outreachEvents(unitCode: $unit, from: $from, to: $to, first: 1) {
      totalCount
    }
    volunteerSummary(unitCode: $unit, from: $from, to: $to) {
      teams
      activeVolunteers
      assistedDossiers
      onlineSubmissions
      assistedShare
    }
    supportGroups(unitCode: $unit, first: 1, active: true) {
      totalCount
    }
    supportRequests(unitCode: $unit, first: 1) {
      counts {
        open
        answered
        resolved
      }
    }
    outreachTargets(unitCode: $unit, from: $from, to: $to, first: 50) {
      nodes {
        id
        unit {
          code
        }
        metric
        targetValue
        periodStart
        periodEnd
        progress {
          actual
          ratio
          met
          onTrack
        }
      }
    }
  }
`;

export const PREVIOUS_FIGURES = gql<{ indicators: Figures }, DashboardVariables>`
  query OfficialsPreviousFigures($unit: String, $from: Date!, $to: Date!) {
    indicators(unitCode: $unit, from: $from, to: $to) {
      ${FIGURES}
    }
  }
`;
