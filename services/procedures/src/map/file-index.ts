import { dayBefore, parseSuccessions, parseUnits, pathsOf, readDataFile, readManifest, resolveSuccessions, unitSearchText } from './unit-data';
import { UnitIndex, type MapLink, type MapUnit } from './unit-index';

/**
 * The index as the loader builds it, straight from the data files, with ids of its own: for tests and tooling
 * (volume generation, benchmarks) that need the map without a database.
 */
export function unitIndexFromFiles(): UnitIndex {
  const manifest = readManifest();
  const units: MapUnit[] = [];
  const key = (code: string, validFrom: string | null) => `${code}@${validFrom}`;
  const ids = new Map<string, number>();
  let nextId = 1;
  for (const map of manifest.maps) {
    const rows = parseUnits(readDataFile(map.file).text);
    const paths = pathsOf(rows);
    for (const r of rows) ids.set(key(r.code, map.validFrom), nextId++);
    for (const r of rows) {
      units.push({
        id: ids.get(key(r.code, map.validFrom))!,
        code: r.code,
        name: r.name,
        nameEn: r.nameEn,
        level: r.level,
        kind: r.kind,
        path: paths.get(r.code)!,
        parentId: r.parentCode ? ids.get(key(r.parentCode, map.validFrom))! : null,
        validFrom: map.validFrom,
        validTo: map.validTo,
        searchText: unitSearchText(r),
      });
    }
  }
  const links: MapLink[] = [];
  for (const s of manifest.successions) {
    const before = manifest.maps.find((m) => m.validTo === dayBefore(s.effective))!;
    const period = (validFrom: string | null) => units.filter((u) => u.validFrom === validFrom);
    const { links: resolved } = resolveSuccessions(parseSuccessions(readDataFile(s.file).text), period(before.validFrom), period(s.effective));
    for (const r of resolved) {
      links.push({ oldId: ids.get(key(r.oldCode, before.validFrom))!, newId: ids.get(key(r.newCode, s.effective))!, kind: r.kind });
    }
  }
  return new UnitIndex(units, links, manifest.dataBegin);
}
