import type { SettlingLevel } from '@motcua/ui';
import { gql, useQuery } from 'urql';

/**
 * The district this portal serves (Đức Hòa, GSO code 802). District-level procedures are submitted to it; commune-level
 * ones to one of its communes and towns. Units are data on the server; only this entry point is configuration.
 */
export const DISTRICT_CODE = '802';

export interface ReceivingAgency {
  code: string;
  name: string;
  nameEn: string;
  address: string;
  phone: string | null;
}

export interface ReceivingUnit {
  code: string;
  name: string;
  nameEn: string;
  agencies: ReceivingAgency[];
}

const UNIT_FIELDS = `
  code
  name
  nameEn
  agencies {
    code
    name
    nameEn
    address
    phone
  }
`;

const COMMUNES = gql<{ administrativeUnits: ReceivingUnit[] }, { parentCode: string }>`
  query ReceivingCommunes($parentCode: String!) {
    administrativeUnits(parentCode: $parentCode) { ${UNIT_FIELDS} }
  }
`;

const DISTRICT = gql<{ administrativeUnit: ReceivingUnit | null }, { code: string }>`
  query ReceivingDistrict($code: String!) {
    administrativeUnit(code: $code) { ${UNIT_FIELDS} }
  }
`;

/** Where a procedure of `level` is submitted: the communes of the district, or the district itself. */
export function useReceivingUnits(level: SettlingLevel | null) {
  const [communes, reexecuteCommunes] = useQuery({ query: COMMUNES, variables: { parentCode: DISTRICT_CODE }, pause: level !== 'COMMUNE' });
  const [district, reexecuteDistrict] = useQuery({ query: DISTRICT, variables: { code: DISTRICT_CODE }, pause: level !== 'DISTRICT' });
  const result = level === 'DISTRICT' ? district : communes;
  const units =
    level === 'DISTRICT'
      ? district.data?.administrativeUnit
        ? [district.data.administrativeUnit]
        : district.data
          ? []
          : null
      : (communes.data?.administrativeUnits.filter((unit) => unit.agencies.length > 0) ?? null);
  return {
    units,
    fetching: result.fetching,
    error: result.error,
    retry: () => (level === 'DISTRICT' ? reexecuteDistrict : reexecuteCommunes)({ requestPolicy: 'network-only' }),
  };
}
