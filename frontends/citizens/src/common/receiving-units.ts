import { gql, useQuery } from 'urql';

/**
 * The province this portal serves (Tây Ninh, GSO code 80, since 1 July 2025; it took in former Long An). Units and
 * agencies are data on the server (those in force today); only this entry point is configuration.
 */
const PROVINCE_CODE = '80';

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
type AgencyKind = 'PROVINCIAL_CENTRE' | 'PROVINCIAL_BODY' | 'COMMUNE_CENTRE' | 'DISTRICT_CENTRE' | 'COMMUNE_COMMITTEE';

export interface ReceivingAgency {
  code: string;
  name: string;
  nameEn: string;
  kind: AgencyKind;
  address: string;
  phone: string | null;
}

export interface ReceivingUnit {
  code: string;
  name: string;
  nameEn: string;
  level: UnitLevel;
  /** The offices that take dossiers from the public (a provincial body settles, it does not receive). */
  agencies: ReceivingAgency[];
}

/** How a procedure is received, from the version in force (Decree 118/2025/NĐ-CP for `acrossBoundary`). */
export interface ReceivingRules {
  settlingLevel: UnitLevel;
  acrossBoundary: boolean;
}

const UNIT_FIELDS = `
  code
  name
  nameEn
  level
  agencies {
    code
    name
    nameEn
    kind
    address
    phone
  }
`;

type WhereData = {
  procedure: { code: string; acrossBoundary: boolean } | null;
  province: ReceivingUnit | null;
  communes: ReceivingUnit[];
};

// 200: more communes than any province has (168 at most), and within the gateway's complexity budget.
const WHERE = gql<WhereData, { procedureCode: string; provinceCode: string }>`
  query WhereToSubmit($procedureCode: String!, $provinceCode: String!) {
    procedure(code: $procedureCode) {
      code
      acrossBoundary
    }
    province: administrativeUnit(code: $provinceCode) { ${UNIT_FIELDS} }
    communes: administrativeUnits(parentCode: $provinceCode, level: COMMUNE, first: 200) { ${UNIT_FIELDS} }
  }
`;

function withReceivingOffices(unit: ReceivingUnit): ReceivingUnit {
  return { ...unit, agencies: unit.agencies.filter((agency) => agency.kind !== 'PROVINCIAL_BODY') };
}

/**
 * Where a procedure can be submitted: for one received regardless of boundary, the provincial centre and every
 * commune centre of the province; otherwise the units of its settling level (the communes, or the province).
 */
export function receivingUnitsFor(rules: ReceivingRules, province: ReceivingUnit | null, communes: readonly ReceivingUnit[]): ReceivingUnit[] {
  const centres = communes.map(withReceivingOffices).filter((unit) => unit.agencies.length > 0);
  const provincial = province ? [withReceivingOffices(province)].filter((unit) => unit.agencies.length > 0) : [];
  if (rules.acrossBoundary) return [...provincial, ...centres];
  return rules.settlingLevel === 'PROVINCE' ? provincial : centres;
}

/**
 * Whether the citizen chooses the commune that settles the dossier: a commune procedure received regardless of
 * boundary (at the province, it must be chosen; at a commune, it defaults to that commune). A province procedure
 * goes to the province, a commune procedure otherwise stays where it is received.
 */
export function choosesCompetentUnit(rules: ReceivingRules): boolean {
  return rules.acrossBoundary && rules.settlingLevel === 'COMMUNE';
}

/** What the service is told: the competent unit only when it differs from the receiving unit. */
export function competentUnitCodeFor(rules: ReceivingRules, unitCode: string, chosen: string): string | null {
  if (!choosesCompetentUnit(rules) || !chosen || chosen === unitCode) return null;
  return chosen;
}

/** The receiving units of a procedure (of the settling level in force) and the communes that may settle it, as in force today. */
export function useReceivingUnits(procedureCode: string, settlingLevel: UnitLevel) {
  const [result, reexecute] = useQuery({ query: WHERE, variables: { procedureCode, provinceCode: PROVINCE_CODE } });
  const data = result.data;
  const rules = data?.procedure ? { settlingLevel, acrossBoundary: data.procedure.acrossBoundary } : null;
  return {
    rules,
    units: rules && data ? receivingUnitsFor(rules, data.province, data.communes) : null,
    communes: data ? data.communes.filter((unit) => unit.agencies.length > 0) : [],
    fetching: result.fetching,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
