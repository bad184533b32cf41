import type { AgencyKind } from '../entities/agency.entity';
import type { UnitIndex } from '../map/unit-index';

/**
 * Agencies that receive or settle dossiers, of both periods.
 *
 * Electronic ID codes follow Decision 20/2020/QĐ-TTg (structure of QCVN 102:2016/BTTTT):
 * `level4.level3.level2.level1`, e.g. `000.00.25.H39`, and a dossier code is `<agency code>-yymmdd-nnnn`.
 * Level-1 codes run alphabetically over the 63 provinces (names without diacritics): Lâm Đồng H36, Lào Cai H38
 * and Nghệ An H41 are published, which puts Long An at H39 and Tây Ninh at H53.
 * - Until 30 June 2025 (Long An, Đức Hòa district): level 2 `25` for the Đức Hòa District People's Committee and
 *   level 3 for its communes (21–40, GSO order) are ASSUMPTIONS; these codes stay because old dossier codes
 *   begin with them.
 * - From 1 July 2025 (Tây Ninh, which took in Long An): the merged province is ASSUMED to keep Tây Ninh's H53;
 *   the provincial centre receives for the Provincial People's Committee under its own code (as district centres
 *   did), each commune's public administration service point is level 2 = its position among the province's
 *   communes in GSO order, and the land registration office branch is ASSUMED to be `001.01.98.H53`.
 * Replace them here (only here) once Tây Ninh's published list is at hand.
 */

export interface AgencyRecord {
  code: string;
  name: string;
  nameEn: string;
  unitCode: string;
  kind: AgencyKind;
  validFrom: string | null;
  validTo: string | null;
  counters: number;
  address: string;
  phone?: string;
  managingBody?: string;
  managingBodyEn?: string;
}

const REFORM_DAY = '2025-07-01';
const LAST_DAY_BEFORE = '2025-06-30';

export const DUC_HOA_DISTRICT_CODE = '802';
const TAY_NINH_PROVINCE_CODE = '80';

const LONG_AN_LEVEL1 = 'H39';
const TAY_NINH_LEVEL1 = 'H53';
const DUC_HOA_LEVEL2 = '25';
const FIRST_COMMUNE_LEVEL3 = 21;

export const DISTRICT_CENTRE_AGENCY_CODE = `000.00.${DUC_HOA_LEVEL2}.${LONG_AN_LEVEL1}`;
export const PROVINCIAL_CENTRE_AGENCY_CODE = `000.00.00.${TAY_NINH_LEVEL1}`;
const LAND_OFFICE_AGENCY_CODE = `001.01.98.${TAY_NINH_LEVEL1}`;

// Towns and the most populous industrial communes ran two counters; the rest one (assumed staffing).
const TWO_COUNTER_UNITS = new Set(['27931', '27934', '27937', '27982', '27985', '27988']);
// Today's communes of former Đức Hòa, which took in those towns, keep two counters.
const TWO_COUNTER_COMMUNES = new Set(['27931', '27937', '27976']);

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** "Hau Nghia Town" → "Hau Nghia Town People's Committee". */
const committeeEn = (nameEn: string): string => `${nameEn} People's Committee`;

export function agencyRecords(index: UnitIndex): AgencyRecord[] {
  const oldDistrict = index.at(DUC_HOA_DISTRICT_CODE, LAST_DAY_BEFORE);
  const province = index.at(TAY_NINH_PROVINCE_CODE, REFORM_DAY);
  if (!oldDistrict || !province) throw new Error('the administrative map is not loaded');
  const oldCommunes = index.children(oldDistrict);
  const communes = index.children(province);
  return [
    {
      code: DISTRICT_CENTRE_AGENCY_CODE,
      name: 'Trung tâm Phục vụ hành chính công huyện Đức Hòa',
      nameEn: 'Duc Hoa District Public Administration Service Centre',
      unitCode: DUC_HOA_DISTRICT_CODE,
      kind: 'DISTRICT_CENTRE' as AgencyKind,
      validFrom: null,
      validTo: LAST_DAY_BEFORE,
      counters: 6,
      address: 'Thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An',
    },
    ...oldCommunes.map(
      (unit, i): AgencyRecord => ({
        code: `000.${String(FIRST_COMMUNE_LEVEL3 + i).padStart(2, '0')}.${DUC_HOA_LEVEL2}.${LONG_AN_LEVEL1}`,
        name: `Ủy ban nhân dân ${lowerFirst(unit.name)}`,
        nameEn: committeeEn(unit.nameEn),
        unitCode: unit.code,
        kind: 'COMMUNE_COMMITTEE' as AgencyKind,
        validFrom: null,
        validTo: LAST_DAY_BEFORE,
        counters: TWO_COUNTER_UNITS.has(unit.code) ? 2 : 1,
        address: `${unit.name}, huyện Đức Hòa, tỉnh Long An`,
      }),
    ),
    {
      code: PROVINCIAL_CENTRE_AGENCY_CODE,
      name: 'Trung tâm Phục vụ hành chính công tỉnh Tây Ninh',
      nameEn: 'Tay Ninh Provincial Public Administration Service Centre',
      unitCode: province.code,
      kind: 'PROVINCIAL_CENTRE' as AgencyKind,
      validFrom: REFORM_DAY,
      validTo: null,
      counters: 12,
      address: 'Phường Long An, tỉnh Tây Ninh',
    },
    {
      code: LAND_OFFICE_AGENCY_CODE,
      name: 'Chi nhánh Văn phòng đăng ký đất đai khu vực Đức Hòa',
      nameEn: 'Land Registration Office, Duc Hoa Area Branch',
      unitCode: province.code,
      kind: 'PROVINCIAL_BODY' as AgencyKind,
      managingBody: 'Văn phòng đăng ký đất đai tỉnh Tây Ninh',
      managingBodyEn: 'Tay Ninh Land Registration Office',
      validFrom: REFORM_DAY,
      validTo: null,
      counters: 2,
      address: 'Xã Hậu Nghĩa, tỉnh Tây Ninh',
    },
    ...communes.map(
      (unit, i): AgencyRecord => ({
        code: `000.00.${String(i + 1).padStart(2, '0')}.${TAY_NINH_LEVEL1}`,
        name: `Trung tâm Phục vụ hành chính công ${lowerFirst(unit.name)}`,
        nameEn: `${unit.nameEn} Public Administration Service Centre`,
        unitCode: unit.code,
        kind: 'COMMUNE_CENTRE' as AgencyKind,
        validFrom: REFORM_DAY,
        validTo: null,
        counters: TWO_COUNTER_COMMUNES.has(unit.code) ? 2 : 1,
        address: `${unit.name}, tỉnh Tây Ninh`,
      }),
    ),
  ];
}
