import { AppError, assertJurisdiction, hasRole, type Principal } from '@motcua/platform';
import type { Dossier } from '../entities/dossier.entity';

/** Units whose officers may act on a dossier: the one that received it and the one handling it now. */
export function unitsOf(dossier: Dossier): string[] {
  return [dossier.unitCode, dossier.currentUnitCode];
}

export function isOwner(caller: Principal | null, dossier: Dossier): boolean {
  return !!caller && (dossier.applicantSubject === caller.subject || dossier.assistedBySubject === caller.subject);
}

/** Personal data: the applicant (or the volunteer who helped), officers of the dossier's units, admins. */
export function canSeePersonalData(caller: Principal | null, dossier: Dossier): boolean {
  if (!caller) return false;
  if (isOwner(caller, dossier) || hasRole(caller, 'ADMIN')) return true;
  return hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER', 'OFFICIAL') && !!caller.unitCode && unitsOf(dossier).includes(caller.unitCode);
}

export function assertOfficerOf(caller: Principal, dossier: Dossier): void {
  assertJurisdiction(caller, unitsOf(dossier));
}

export function assertOwner(caller: Principal, dossier: Dossier): void {
  if (!isOwner(caller, dossier)) throw new AppError('FORBIDDEN');
}
