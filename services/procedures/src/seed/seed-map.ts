import type { EntityManager } from '@mikro-orm/postgresql';
import { AdministrativeUnit, UnitLevel } from '../entities/administrative-unit.entity';
import { Agency } from '../entities/agency.entity';
import { AGENCIES } from './agencies.data';
import { UNITS } from './units.data';
import type { UnitSeed } from './seed-types';

/** Loads the administrative map and its agencies; rows that exist are left as they are. */
export async function seedMap(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    const paths = unitPaths(UNITS);
    for (const u of UNITS) {
      if (await tx.findOne(AdministrativeUnit, { code: u.code })) continue;
      tx.create(AdministrativeUnit, {
        code: u.code,
        name: u.name,
        nameEn: u.nameEn,
        level: u.level as UnitLevel,
        kind: u.kind,
        parent: u.parentCode ? tx.getReference(AdministrativeUnit, u.parentCode) : null,
        path: paths.get(u.code)!,
      });
      await tx.flush();
    }
    for (const a of AGENCIES) {
      if (await tx.findOne(Agency, { code: a.code })) continue;
      tx.create(Agency, { ...a, phone: a.phone ?? null, unit: tx.getReference(AdministrativeUnit, a.unitCode) });
    }
  });
}

function unitPaths(units: UnitSeed[]): Map<string, string> {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const paths = new Map<string, string>();
  const pathOf = (code: string): string => {
    const known = paths.get(code);
    if (known) return known;
    const unit = byCode.get(code);
    if (!unit) throw new Error(`unknown unit ${code}`);
    const path = unit.parentCode ? `${pathOf(unit.parentCode)}/${code}` : code;
    paths.set(code, path);
    return path;
  };
  units.forEach((u) => pathOf(u.code));
  return paths;
}
