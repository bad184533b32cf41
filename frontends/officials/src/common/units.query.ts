import { useSession } from '@motcua/ui';
import { useMemo } from 'react';
import { gql, useQuery } from 'urql';

export interface UnitOption {
  code: string;
  name: string;
  nameEn: string;
  level: string;
}

interface UnitTreeData {
  administrativeUnit: (UnitOption & { children: UnitOption[] }) | null;
}

const UNIT_TREE = gql<UnitTreeData, { code: string }>`
  query OfficialUnitTree($code: String!) {
    administrativeUnit(code: $code) {
      code
      name
      nameEn
      level
      children {
        code
        name
        nameEn
        level
      }
    }
  }
`;

/** The official's own unit and the units beneath it: what their records and pickers may name. */
export function useJurisdictionUnits(): { units: UnitOption[]; own: UnitOption | null; fetching: boolean; error: unknown } {
  const unit = useSession()?.user.unit ?? '';
  const [{ data, fetching, error }] = useQuery({ query: UNIT_TREE, variables: { code: unit }, pause: !unit });
  return useMemo(() => {
    const own = data?.administrativeUnit ?? null;
    const units = own ? [{ code: own.code, name: own.name, nameEn: own.nameEn, level: own.level }, ...own.children] : [];
    return { units, own, fetching, error };
  }, [data, fetching, error]);
}
