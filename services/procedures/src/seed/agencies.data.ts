import type { AgencySeed } from './seed-types';
import { DUC_HOA_DISTRICT_CODE, UNITS } from './units.data';

/**
 * Agencies that receive dossiers: the district Public Administration Centre and each commune-level
 * People's Committee.
 *
 * Electronic ID codes follow Decision 20/2020/QĐ-TTg (structure of QCVN 102:2016/BTTTT):
 * `level4.level3.level2.level1`, e.g. `000.00.25.H39`, and a dossier code is `<agency code>-yymmdd-nnnn`.
 *
 * - Level 1 `H39` = People's Committee of Long An province. INFERRED, not read from Long An's own
 *   list: level-1 codes run alphabetically (Vietnamese names without diacritics); published examples
 *   give Lâm Đồng H36, Lào Cai H38 and Nghệ An H41, which leaves H39 for Long An and H40 for
 *   Nam Định. (H41 is Nghệ An, not Long An.)
 * - Level 2 `25` for the Đức Hòa District People's Committee and level 3 for the communes
 *   (21–40, in GSO order) are ASSUMPTIONS: Long An's own decision assigning them was not found.
 *   Replace them here (only here) once that list is at hand.
 * The district centre receives dossiers on behalf of the District People's Committee, so it issues
 * dossier codes under the committee's own code (level 3 = 00), as district one-stop shops do.
 */
const LONG_AN_LEVEL1 = 'H39';
const DUC_HOA_LEVEL2 = '25';
const FIRST_COMMUNE_LEVEL3 = 21;

const electronicId = (level3: number): string =>
  `000.${String(level3).padStart(2, '0')}.${DUC_HOA_LEVEL2}.${LONG_AN_LEVEL1}`;

export const DISTRICT_CENTRE_AGENCY_CODE = electronicId(0);

// Towns and the most populous industrial communes run two counters; the rest one (assumed staffing).
const TWO_COUNTER_UNITS = new Set(['27931', '27934', '27937', '27982', '27985', '27988']);

const communes = UNITS.filter((u) => u.level === 'COMMUNE' && u.parentCode === DUC_HOA_DISTRICT_CODE);

export const AGENCIES: AgencySeed[] = [
  {
    code: DISTRICT_CENTRE_AGENCY_CODE,
    name: 'Trung tâm Phục vụ hành chính công huyện Đức Hòa',
    nameEn: 'Duc Hoa District Public Administration Service Centre',
    unitCode: DUC_HOA_DISTRICT_CODE,
    counters: 6,
    // The district seat is in Hậu Nghĩa town; the street address is not part of the seed.
    address: 'Thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An',
  },
  ...communes.map(
    (unit, i): AgencySeed => ({
      code: electronicId(FIRST_COMMUNE_LEVEL3 + i),
      // "Ủy ban nhân dân thị trấn Hậu Nghĩa", "Ủy ban nhân dân xã An Ninh Đông"
      name: `Ủy ban nhân dân ${unit.name.charAt(0).toLowerCase()}${unit.name.slice(1)}`,
      // "Hau Nghia Town People's Committee"
      nameEn: `${unit.nameEn.replace(/ (town|commune)$/, (_m, k: string) => ` ${k.charAt(0).toUpperCase()}${k.slice(1)}`)} People's Committee`,
      unitCode: unit.code,
      counters: TWO_COUNTER_UNITS.has(unit.code) ? 2 : 1,
      address: `${unit.name}, huyện Đức Hòa, tỉnh Long An`,
    }),
  ),
];
