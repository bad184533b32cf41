import { communeCentreIntake, REFORM_2025, REFORM_2025_FROM } from './procedures-2025.data';
import type { FeeSeed, ProcedureSeed, VersionSeed } from './seed-types';

/** The version-1 rules are taken as in force from this day (the Decree 42/2022 catalogue). */
const CATALOGUE_VALID_FROM = '2022-01-01';
/** The last day of the three-tier administration. */
export const LAST_DAY_BEFORE_REFORM = '2025-06-30';

/**
 * Every version of a procedure, oldest first: the seed and the migration that brought older catalogues up to
 * date both build their rows from this, so a fresh database and a migrated one hold the same catalogue.
 */
export function versionsOf(p: ProcedureSeed): VersionSeed[] {
  const reform = REFORM_2025[p.code];
  if (!reform) throw new Error(`procedure ${p.code} has no rules from ${REFORM_2025_FROM} (procedures-2025.data.ts)`);
  const common = {
    feePaidBeforeProcessing: p.feePaidBeforeProcessing,
    documents: p.documents,
    formFields: p.formFields,
    resultType: p.resultType,
    resultTypeEn: p.resultTypeEn,
  };
  const first: VersionSeed = {
    version: 1,
    validFrom: CATALOGUE_VALID_FROM,
    validTo: LAST_DAY_BEFORE_REFORM,
    settlingLevel: p.settlingLevel,
    settlingBody: p.settlingBody,
    settlingBodyEn: p.settlingBodyEn,
    acrossBoundary: false,
    processingDays: p.processingDays,
    fees: p.fees,
    steps: p.steps,
    legalBasis: p.legalBasis,
    ...common,
  };
  const second: VersionSeed = {
    version: 2,
    validFrom: REFORM_2025_FROM,
    validTo: null,
    settlingLevel: reform.settlingLevel,
    settlingBody: reform.settlingBody,
    settlingBodyEn: reform.settlingBodyEn,
    acrossBoundary: reform.acrossBoundary,
    processingDays: reform.processingDays ?? p.processingDays,
    fees: reform.fees ?? p.fees.map(feeAfterReform),
    steps: reform.steps ?? p.steps.map((s) => (s.role === 'INTAKE' ? communeCentreIntake(s.days) : s)),
    legalBasis: reform.legalBasis,
    ...common,
  };
  if (reform.movedBy) second.movedBy = reform.movedBy;
  return [first, second];
}

/** Long An merged into Tây Ninh, whose People's Council now sets the charges; no district levies any more. */
function feeAfterReform(fee: FeeSeed): FeeSeed {
  if (!fee.note) return fee;
  return { ...fee, note: fee.note.replaceAll('HĐND tỉnh Long An', 'HĐND tỉnh Tây Ninh').replaceAll('tại UBND cấp huyện', 'tại UBND cấp xã') };
}
