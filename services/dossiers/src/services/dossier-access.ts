import { AppError, assertJurisdiction, CASEWORK_ROLES, inJurisdiction, type Principal } from '@motcua/platform';
import { DossierAction } from '../domain/dossier-state';
import type { UnitLevel } from '../domain/receiving-rules';
import type { Dossier } from '../entities/dossier.entity';
import type { ProcedureRulesClient } from './procedure-rules.client';

/**
 * Units whose officers may act on a dossier: the one that received it (it follows the dossier and returns the
 * result at its counter, even when another unit settles it) and the one handling it now.
 */
function unitsOf(dossier: Dossier): string[] {
  return [dossier.unitCode, dossier.currentUnitCode];
}

export function isOwner(caller: Principal | null, dossier: Dossier): boolean {
  return !!caller && (dossier.applicantSubject === caller.subject || dossier.assistedBySubject === caller.subject);
}

/**
 * Personal data: the applicant (or the volunteer who helped), officers of the dossier's units, admins. Officials
 * (the dashboard role) watch figures, not people: they never see an applicant's ID number, phone or address
 * (Decree 356/2025: only what the role needs).
 */
export function canSeePersonalData(caller: Principal | null, dossier: Dossier): boolean {
  if (!caller) return false;
  return isOwner(caller, dossier) || isOfficerOf(caller, dossier);
}

/** A casework officer (or admin) of the unit that received the dossier or holds it now; never an official. */
export function isOfficerOf(caller: Principal, dossier: Dossier): boolean {
  return inJurisdiction(caller, unitsOf(dossier), CASEWORK_ROLES);
}

/** {@link isOfficerOf}, refused with FORBIDDEN (not an officer) or OUT_OF_JURISDICTION (another unit's). */
export function assertOfficerOf(caller: Principal, dossier: Dossier): void {
  assertJurisdiction(caller, unitsOf(dossier), CASEWORK_ROLES);
}

/**
 * Processing, steps, transfers and decisions belong to the unit holding the dossier now: once a commune sends
 * a dossier to the province or to another commune (at receipt or later), it follows it (and returns the result)
 * but no longer handles or decides on it.
 */
export function assertHandlingUnit(caller: Principal, dossier: Dossier): void {
  assertJurisdiction(caller, [dossier.currentUnitCode], CASEWORK_ROLES);
}

/** The actions {@link assertHandlingUnit} guards, so the workspace offers them only to the unit holding the dossier. */
export const HANDLING_UNIT_ACTIONS: readonly DossierAction[] = [DossierAction.START_PROCESSING, DossierAction.RECORD_STEP, DossierAction.TRANSFER, DossierAction.APPROVE, DossierAction.REJECT];

export function mayHandle(caller: Principal, dossier: Dossier): boolean {
  return inJurisdiction(caller, [dossier.currentUnitCode], CASEWORK_ROLES);
}

/**
 * The decision belongs to a unit of the procedure's settling level: a commune procedure sent up to a provincial
 * body for appraisal goes back to the commune to be approved. Districts ended on 30 June 2025, so a dossier pinned
 * to a district-level version is decided by the unit that took it over.
 */
function holdsDecision(holdingLevel: UnitLevel, settlingLevel: UnitLevel): boolean {
  return settlingLevel === 'DISTRICT' || holdingLevel === settlingLevel;
}

/** Whether the unit holding the dossier now may approve it ({@link holdsDecision} on its pinned rules). */
export async function holdingUnitDecides(rules: ProcedureRulesClient, dossier: Dossier): Promise<boolean> {
  const [procedure, unit] = await Promise.all([rules.pinnedVersion(dossier.procedureCode, dossier.procedureVersion), rules.unit(dossier.currentUnitCode)]);
  return holdsDecision(unit.level, procedure.settlingLevel);
}

export async function assertDecidingUnit(rules: ProcedureRulesClient, dossier: Dossier): Promise<void> {
  if (await holdingUnitDecides(rules, dossier)) return;
  throw new AppError('OUT_OF_JURISDICTION', {
    message: {
      vi: 'Đơn vị đang giữ hồ sơ không có thẩm quyền phê duyệt thủ tục này; hãy chuyển hồ sơ về đơn vị có thẩm quyền.',
      en: 'The unit holding the dossier is not competent to approve this procedure; send the dossier back to the competent unit.',
    },
  });
}
