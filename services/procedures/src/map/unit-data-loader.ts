import { dayBefore, parseSuccessions, parseUnits, pathsOf, readDataFile, readManifest, resolveSuccessions, unitSearchText, UNIT_DATA_DIR, type Manifest } from './unit-data';

/** Runs one SQL statement with `?` placeholders; the migration's and the ORM's connections both fit. */
export type RunSql = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const CHUNK = 500;
const T = 'procedures.administrative_unit';

/**
 * Loads every file of the manifest not loaded yet, in order: maps, then successions. Each file is recorded
 * with its SHA-256; a file changed after it was loaded is refused (a correction is a new file). Returns what
 * it loaded.
 */
export async function loadUnitData(run: RunSql, manifest: Manifest = readManifest(), dir = UNIT_DATA_DIR): Promise<string[]> {
  const loaded = new Map((await run('select file, sha256 from procedures.unit_data_file')).map((r) => [String(r.file), String(r.sha256)]));
  const done: string[] = [];
  const fresh = (file: string, sha256: string): boolean => {
    const before = loaded.get(file);
    if (before && before !== sha256) throw new Error(`unit data file ${file} changed after it was loaded; publish a correction as a new file`);
    return !before;
  };
  for (const map of manifest.maps) {
    const { text, sha256 } = readDataFile(map.file, dir);
    if (!fresh(map.file, sha256)) continue;
    await loadMap(run, text, map.validFrom, map.validTo, manifest.dataBegin);
    await run('insert into procedures.unit_data_file (file, sha256) values (?, ?)', [map.file, sha256]);
    done.push(map.file);
  }
  for (const succession of manifest.successions) {
    const { text, sha256 } = readDataFile(succession.file, dir);
    if (!fresh(succession.file, sha256)) continue;
    const unresolved = await loadSuccession(run, text, succession.effective);
    await run('insert into procedures.unit_data_file (file, sha256) values (?, ?)', [succession.file, sha256]);
    done.push(unresolved ? `${succession.file} (${unresolved} links name no unit of the maps; see data/admin-units/README.md)` : succession.file);
  }
  return done;
}

async function loadMap(run: RunSql, text: string, validFrom: string | null, validTo: string | null, dataBegin: string): Promise<void> {
  const units = parseUnits(text);
  const paths = pathsOf(units);
  // A new map ends the one open before it.
  if (validFrom) await run(`update ${T} set valid_to = ? where valid_to is null and coalesce(valid_from, ?) < ?`, [dayBefore(validFrom), dataBegin, validFrom]);
  for (let i = 0; i < units.length; i += CHUNK) {
    const chunk = units.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const values = chunk.map((u) => {
      params.push(u.code, u.name, u.nameEn, u.level, u.kind, u.parentCode, paths.get(u.code), validFrom, validTo, unitSearchText(u));
      return '(?, ?, ?, ?, ?, ?, ?, cast(? as date), cast(? as date), ?)';
    });
    await run(`insert into ${T} (code, name, name_en, level, kind, parent_code, path, valid_from, valid_to, search_text) values ${values.join(', ')}`, params);
  }
  // The parent is the unit of that code in force on the child's first day.
  await run(
    `update ${T} c set parent_id = p.id from ${T} p
      where c.parent_id is null and c.parent_code is not null and p.code = c.parent_code
        and coalesce(p.valid_from, cast(? as date)) <= coalesce(c.valid_from, cast(? as date))
        and (p.valid_to is null or p.valid_to >= coalesce(c.valid_from, cast(? as date)))`,
    [dataBegin, dataBegin, dataBegin],
  );
}

async function loadSuccession(run: RunSql, text: string, effective: string): Promise<number> {
  const lastDay = dayBefore(effective);
  const unitsOf = async (column: 'valid_to' | 'valid_from', day: string) =>
    (await run(`select id, code, name, path from ${T} where ${column} = cast(? as date)`, [day])).map((r) => ({ id: Number(r.id), code: String(r.code), name: String(r.name), path: String(r.path) }));
  const [oldUnits, newUnits] = await Promise.all([unitsOf('valid_to', lastDay), unitsOf('valid_from', effective)]);
  const { links, unresolved } = resolveSuccessions(parseSuccessions(text), oldUnits, newUnits);
  const oldIds = new Map(oldUnits.map((u) => [u.code, u.id]));
  const newIds = new Map(newUnits.map((u) => [u.code, u.id]));
  for (let i = 0; i < links.length; i += CHUNK) {
    const params: unknown[] = [];
    const values = links.slice(i, i + CHUNK).map((l) => {
      params.push(oldIds.get(l.oldCode), newIds.get(l.newCode), l.kind);
      return '(?, ?, ?)';
    });
    await run(`insert into procedures.unit_succession (old_unit_id, new_unit_id, kind) values ${values.join(', ')} on conflict do nothing`, params);
  }
  return unresolved.length;
}
