import type { EntityManager } from '@mikro-orm/postgresql';
import { OnlineLevel, Procedure, SettlingLevel } from '../entities/procedure.entity';
import { ProcedureVersion } from '../entities/procedure-version.entity';
import { versionsOf } from './procedure-versions';
import { PROCEDURES } from './procedures.data';
import type { ProcedureSeed, VersionSeed } from './seed-types';

/**
 * Loads the procedure catalogue: missing procedures and missing versions are added; what exists is left as it
 * is (a published version never changes, dossiers are pinned to it).
 */
export async function seedProcedures(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const p of PROCEDURES) {
      const procedure = await upsertProcedure(tx, p);
      const existing = new Set((await tx.find(ProcedureVersion, { procedure: p.code })).map((v) => v.version));
      for (const v of versionsOf(p)) {
        if (!existing.has(v.version)) tx.create(ProcedureVersion, versionRow(procedure, v));
      }
    }
  });
}

async function upsertProcedure(tx: EntityManager, p: ProcedureSeed): Promise<Procedure> {
  const existing = await tx.findOne(Procedure, { code: p.code });
  if (existing) return existing;
  return tx.create(Procedure, {
    code: p.code,
    name: p.name,
    nameEn: p.nameEn,
    field: p.field,
    fieldEn: p.fieldEn,
    onlineLevel: p.onlineLevel as OnlineLevel,
  });
}

function versionRow(procedure: Procedure, v: VersionSeed) {
  return {
    procedure,
    version: v.version,
    validFrom: v.validFrom,
    validTo: v.validTo,
    settlingLevel: v.settlingLevel as SettlingLevel,
    settlingBody: v.settlingBody,
    settlingBodyEn: v.settlingBodyEn,
    acrossBoundary: v.acrossBoundary,
    processingDays: v.processingDays,
    feePaidBeforeProcessing: v.feePaidBeforeProcessing,
    fees: v.fees,
    documents: v.documents,
    formFields: v.formFields,
    steps: v.steps,
    resultType: v.resultType,
    resultTypeEn: v.resultTypeEn,
    legalBasis: v.legalBasis,
  };
}
