import { AppError, assertJurisdiction, hasRole, inJurisdiction, type Principal } from '@motcua/platform';
import { DossierAction } from '../domain/dossier-state';
import type { Dossier } from '../entities/dossier.entity';

/**
 * Units whose officers may act on a dossier: the one that received it (it follows the dossier and returns the
 * result at its counter, even when another unit settles it) and the one handling it now.
 */
export function unitsOf(dossier: Dossier): string[] {
  return [dossier.unitCode, dossier.currentUnitCode];
}

export function isOwner(caller: Principal | null, dossier: Dossier): boolean {
  return !!caller && (dossier.applicantSubject === caller.subject || dossier.assistedBySubject === caller.subject);
}

/** Personal data: the applicant (or the volunteer who helped), officers of the dossier's units, admins. */
export function canSeePersonalData(caller: Principal | null, dossier: Dossier): boolean {
  if (!caller) return false;
  return isOwner(caller, dossier) || inJurisdiction(caller, unitsOf(dossier));
}

/** An officer (or admin) of the unit that received the dossier or holds it now. */
export function isOfficerOf(caller: Principal, dossier: Dossier): boolean {
  if (hasRole(caller, 'ADMIN')) return true;
  return hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER') && !!caller.unitCode && unitsOf(dossier).includes(caller.unitCode);
}

export function assertOfficerOf(caller: Principal, dossier: Dossier): void {
  assertJurisdiction(caller, unitsOf(dossier));
}

/**
 * Processing, steps, transfers and decisions belong to the unit holding the dossier now: once a commune sends
 * a dossier to the province or to another commune (at receipt or later), it follows it (and returns the result)
 * but no longer handles or decides on it.
 */
export function assertHandlingUnit(caller: Principal, dossier: Dossier): void {
  assertJurisdiction(caller, [dossier.currentUnitCode]);
}

/** The actions {@link assertHandlingUnit} guards, so the workspace offers them only to the unit holding the dossier. */
export const HANDLING_UNIT_ACTIONS: readonly DossierAction[] = [
  DossierAction.START_PROCESSING,
  DossierAction.RECORD_STEP,
  DossierAction.TRANSFER,
  DossierAction.APPROVE,
  DossierAction.REJECT,
];

export function mayHandle(caller: Principal, dossier: Dossier): boolean {
  return inJurisdiction(caller, [dossier.currentUnitCode]);
}

export function assertOwner(caller: Principal, dossier: Dossier): void {
  if (!isOwner(caller, dossier)) throw new AppError('FORBIDDEN');
}
