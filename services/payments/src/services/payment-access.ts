import { hasRole, inJurisdiction, type Caller } from '@motcua/platform';
import type { Payment } from '../entities/payment.entity';
import type { PaymentsRuntime } from './container';

/** Officers of the collecting unit, admins, and the citizen who started the payment see it without asking anyone. */
export function seesPaymentDirectly(caller: Caller | null, payment: Payment): boolean {
  if (!caller) return false;
  if (payment.payerSubject && payment.payerSubject === caller.subject) return true;
  return inJurisdiction(caller, [payment.unitCode]);
}

/** Anyone else must be someone the dossier shows its applicant to (its owner, the volunteer who helped). */
export async function maySeePayment(caller: Caller | null, payment: Payment, runtime: PaymentsRuntime): Promise<boolean> {
  if (seesPaymentDirectly(caller, payment)) return true;
  if (!caller || !hasRole(caller, 'CITIZEN', 'VOLUNTEER')) return false;
  try {
    return (await runtime.dossiers.read(payment.dossierCode, caller.token)).applicantName !== null;
  } catch {
    return false;
  }
}
