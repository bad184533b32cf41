import type { Role } from '@motcua/ui';
import type { StaffDossier } from '../dossier.query';

/** A button of the dossier page's action panel; each opens its own dialog. */
export type ActionKind =
  | 'receive'
  | 'startProcessing'
  | 'approve'
  | 'callForPickup'
  | 'returnResult'
  | 'reportPostalDelivery'
  | 'assign'
  | 'recordStep'
  | 'transfer'
  | 'answerSupplement'
  | 'requestSupplement'
  | 'apologise'
  | 'refuse'
  | 'stop'
  | 'withdraw';

type ActionTone = 'primary' | 'secondary' | 'danger';

export interface ActionButton {
  kind: ActionKind;
  tone: ActionTone;
}

type Facts = Pick<StaffDossier, 'availableActions' | 'assignable' | 'status' | 'deliveryMethod' | 'postalTrackingNumber' | 'overdue'>;

const has = (roles: readonly Role[], ...wanted: Role[]) => roles.some((role) => wanted.includes(role));

/**
 * What the officer can do now, most likely first. The service's `availableActions` (state machine × role) decides;
 * the steps that are not state transitions (calling to the counter, the apology, the postal sandbox) follow the
 * service's own preconditions. REQUIRE_FEE and FEE_PAID are the service's own steps (the procedure's rule at receipt,
 * the payment service's event), so they get no button.
 */
export function staffActionsFor(dossier: Facts, roles: readonly Role[]): ActionButton[] {
  const allowed = new Set(dossier.availableActions);
  const buttons: ActionButton[] = [];
  const add = (condition: boolean, kind: ActionKind, tone: ActionTone = 'secondary') => {
    if (condition) buttons.push({ kind, tone });
  };
  const readyForPickup = dossier.status === 'RESULT_READY' && dossier.deliveryMethod === 'PICKUP';

  add(allowed.has('RECEIVE'), 'receive', 'primary');
  add(allowed.has('START_PROCESSING'), 'startProcessing', 'primary');
  add(allowed.has('APPROVE'), 'approve', 'primary');
  add(readyForPickup && has(roles, 'INTAKE'), 'callForPickup', 'primary');
  add(allowed.has('RETURN_RESULT') && dossier.deliveryMethod !== 'POST', 'returnResult', readyForPickup ? 'secondary' : 'primary');
  add(dossier.status === 'RESULT_READY' && dossier.deliveryMethod === 'POST' && !!dossier.postalTrackingNumber && has(roles, 'INTAKE', 'ADMIN'), 'reportPostalDelivery');
  add(dossier.assignable, 'assign');
  add(allowed.has('RECORD_STEP'), 'recordStep');
  add(allowed.has('TRANSFER'), 'transfer');
  add(allowed.has('SUPPLEMENT'), 'answerSupplement', 'primary');
  add(allowed.has('REQUEST_SUPPLEMENT'), 'requestSupplement');
  add(dossier.overdue && has(roles, 'INTAKE', 'HANDLER', 'APPROVER'), 'apologise');
  add(allowed.has('REFUSE') || allowed.has('REJECT'), 'refuse', 'danger');
  add(allowed.has('STOP'), 'stop', 'danger');
  add(allowed.has('WITHDRAW'), 'withdraw', 'danger');
  return buttons;
}
