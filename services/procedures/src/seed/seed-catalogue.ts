import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '@motcua/platform';
import { AdministrativeUnit, UnitLevel } from '../entities/administrative-unit.entity';
import { Agency } from '../entities/agency.entity';
import { OnlineLevel, Procedure, SettlingLevel } from '../entities/procedure.entity';
import { ProcedureVersion } from '../entities/procedure-version.entity';
import { AGENCIES } from './agencies.data';
import { PROCEDURES } from './procedures.data';
import { UNITS } from './units.data';
import type { UnitSeed } from './seed-types';

/** The version-1 rules are taken as in force from this date (the Decree 42/2022 catalogue). */
const CATALOGUE_VALID_FROM = new Date('2022-01-01T00:00:00+07:00');

/** Loads the administrative map and the procedure catalogue; rows that exist are left as they are. */
export async function seedCatalogue(em: EntityManager): Promise<void> {
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
    for (const p of PROCEDURES) {
      const searchText = foldForSearch(`${p.name} ${p.nameEn} ${p.code} ${p.field} ${p.fieldEn}`);
      const existing = await tx.findOne(Procedure, { code: p.code });
      if (existing) {
        // Catalogues seeded before English names were searchable get them now.
        existing.searchText = searchText;
        continue;
      }
      const procedure = tx.create(Procedure, {
        code: p.code,
        name: p.name,
        nameEn: p.nameEn,
        field: p.field,
        fieldEn: p.fieldEn,
        settlingLevel: p.settlingLevel as SettlingLevel,
        onlineLevel: p.onlineLevel as OnlineLevel,
        searchText,
        currentVersion: 1,
      });
      tx.create(ProcedureVersion, {
        procedure,
        version: 1,
        validFrom: CATALOGUE_VALID_FROM,
        processingDays: p.processingDays,
        feePaidBeforeProcessing: p.feePaidBeforeProcessing,
        fees: p.fees,
        documents: p.documents,
        formFields: p.formFields,
        steps: p.steps,
        resultType: p.resultType,
        resultTypeEn: p.resultTypeEn,
        legalBasis: p.legalBasis,
      });
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
