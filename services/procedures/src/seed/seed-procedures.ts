import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '@motcua/platform';
import { OnlineLevel, Procedure, SettlingLevel } from '../entities/procedure.entity';
import { ProcedureVersion } from '../entities/procedure-version.entity';
import { PROCEDURES } from './procedures.data';

/** The version-1 rules are taken as in force from this date (the Decree 42/2022 catalogue). */
const CATALOGUE_VALID_FROM = new Date('2022-01-01T00:00:00+07:00');

/** Loads the procedure catalogue; procedures that exist are left as they are. */
export async function seedProcedures(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
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
