import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldForSearch } from '@motcua/platform';

/**
 * The national map as data files (data/admin-units, see its README): parsing and naming only, no database.
 * A later reform is new files and manifest lines, not new code.
 */

export type MapLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type SuccessionKind = 'FULL' | 'PARTIAL';

export interface UnitRow {
  level: MapLevel;
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  parentCode: string | null;
}

export interface SuccessionRow {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  kind: SuccessionKind;
}

interface MapFile {
  file: string;
  /** 'YYYY-MM-DD'; null: since the data begin. */
  validFrom: string | null;
  validTo: string | null;
}

interface SuccessionFile {
  file: string;
  /** The first day of the new map. */
  effective: string;
}

export interface Manifest {
  dataBegin: string;
  maps: MapFile[];
  successions: SuccessionFile[];
}

export const UNIT_DATA_DIR = resolve(__dirname, '../../data/admin-units');

export function readManifest(dir = UNIT_DATA_DIR): Manifest {
  return JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as Manifest;
}

export function readDataFile(file: string, dir = UNIT_DATA_DIR): { text: string; sha256: string } {
  const bytes = readFileSync(resolve(dir, file));
  return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Rows of a comma-separated file with a header line; the files quote nothing. */
function records(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const header = lines[0].split(',').map((h) => h.trim());
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    if (cells.length !== header.length) throw new Error(`malformed unit data line: ${line}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i].trim()]));
  });
}

const LEVELS = new Set<string>(['PROVINCE', 'DISTRICT', 'COMMUNE']);

export function parseUnits(text: string): UnitRow[] {
  return records(text).map((r) => {
    if (!LEVELS.has(r.level) || !/^\d{2,5}$/.test(r.code)) throw new Error(`bad unit row ${r.level},${r.code}`);
    const name = r.full_name.normalize('NFC');
    const kind = kindOf(name);
    return {
      level: r.level as MapLevel,
      code: r.code,
      name,
      nameEn: r.name_en || englishName(name, kind),
      kind,
      parentCode: r.parent_code || null,
    };
  });
}

export function parseSuccessions(text: string): SuccessionRow[] {
  return records(text).map((r) => {
    const kind = r.kind.toUpperCase();
    if (kind !== 'FULL' && kind !== 'PARTIAL') throw new Error(`bad succession kind ${r.kind}`);
    return { oldCode: r.old_code, oldName: r.old_name.normalize('NFC'), newCode: r.new_code, newName: r.new_name.normalize('NFC'), kind };
  });
}

/** Longest prefixes first: "Thành phố" before nothing, "Thị trấn" before "Thị xã" is a different word anyway. */
const KINDS: readonly [prefix: string, english: string][] = [
  ['Thành phố', 'City'],
  ['Thị trấn', 'Town'],
  ['Thị xã', 'Town'],
  ['Đặc khu', 'Special Zone'],
  ['Phường', 'Ward'],
  ['Huyện', 'District'],
  ['Quận', 'District'],
  ['Tỉnh', 'Province'],
  ['Xã', 'Commune'],
];

/** "Thị trấn Hậu Nghĩa" → "thị trấn": the kind of unit, lower case, as it is written inside a sentence. */
export function kindOf(fullName: string): string {
  const hit = KINDS.find(([prefix]) => fullName.startsWith(`${prefix} `));
  return (hit ? hit[0] : fullName.split(' ')[0]).toLowerCase();
}

/** "Thị trấn Hậu Nghĩa" → "Hau Nghia Town", after the style of the current map's English names. */
export function englishName(fullName: string, kind = kindOf(fullName)): string {
  const hit = KINDS.find(([prefix]) => prefix.toLowerCase() === kind);
  const bare = fullName.slice(kind.length).trim();
  const ascii = bare
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (d) => (d === 'đ' ? 'd' : 'D'));
  return hit ? `${ascii} ${hit[1]}` : ascii;
}

/** What a diacritic-free search of units matches: both names and the code. */
export function unitSearchText(unit: Pick<UnitRow, 'name' | 'nameEn' | 'code'>): string {
  return foldForSearch(`${unit.name} ${unit.nameEn} ${unit.code}`);
}

/** Codes from the root down to each unit of one map, joined by '/'. */
export function pathsOf(units: readonly UnitRow[]): Map<string, string> {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const paths = new Map<string, string>();
  const pathOf = (code: string, depth = 0): string => {
    const known = paths.get(code);
    if (known) return known;
    const unit = byCode.get(code);
    if (!unit || depth > 5) throw new Error(`unit ${code} has no parent in its map`);
    const path = unit.parentCode ? `${pathOf(unit.parentCode, depth + 1)}/${code}` : code;
    paths.set(code, path);
    return path;
  };
  for (const u of units) pathOf(u.code);
  return paths;
}

/** The day before a 'YYYY-MM-DD' day. */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The two sources do not always agree on a code: a link whose new code is not in the new map is matched by the
 * new unit's exact name within the province that succeeded the old unit's province (06970 → 06978 Xã Ba Chẽ).
 * What still matches nothing (communes merged away before 30 June 2025, absent from the old map) is left out
 * and reported.
 */
export function resolveSuccessions(
  rows: readonly SuccessionRow[],
  oldUnits: readonly (Pick<UnitRow, 'code' | 'name'> & { path: string })[],
  newUnits: readonly (Pick<UnitRow, 'code' | 'name'> & { path: string })[],
): { links: SuccessionRow[]; unresolved: SuccessionRow[] } {
  const province = (u: { path?: string }) => u.path?.split('/')[0] ?? null;
  const oldByCode = new Map(oldUnits.map((u) => [u.code, u]));
  const newCodes = new Set(newUnits.map((u) => u.code));
  const provinceSuccessor = new Map(rows.filter((r) => r.oldCode.length === 2).map((r) => [r.oldCode, r.newCode]));
  const links: SuccessionRow[] = [];
  const unresolved: SuccessionRow[] = [];
  for (const row of rows) {
    const old = oldByCode.get(row.oldCode);
    let newCode: string | null = newCodes.has(row.newCode) ? row.newCode : null;
    if (old && !newCode) {
      const into = provinceSuccessor.get(province(old) ?? '');
      const named = newUnits.filter((u) => u.name === row.newName && province(u) === into);
      newCode = named.length === 1 ? named[0].code : null;
    }
    if (old && newCode) links.push({ ...row, newCode });
    else unresolved.push(row);
  }
  return { links, unresolved };
}
