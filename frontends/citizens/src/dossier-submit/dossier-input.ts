import { hasAnyRole, type Session } from '@motcua/ui';
import type { ProcedureDetail } from '../procedure-detail/procedure.query';
import { normalisePhone, type DossierFormState } from './dossier-form.state';
import type { SubmitDossierInput } from './submit.queries';

/** A volunteer (not also a citizen) submits for someone else; the service applies the same rule. */
export function isVolunteer(session: Session): boolean {
  return hasAnyRole(session, ['VOLUNTEER']) && !hasAnyRole(session, ['CITIZEN']);
}

/** What `submitDossier` receives: trimmed values, the phone's digits, only filled form fields. */
export function toSubmitInput(procedure: ProcedureDetail, state: DossierFormState, volunteer: boolean): SubmitDossierInput {
  const { applicant } = state;
  return {
    procedureCode: procedure.code,
    unitCode: state.unitCode,
    applicant: {
      fullName: applicant.fullName.trim(),
      idNumber: applicant.idNumber.trim(),
      phone: normalisePhone(applicant.phone),
      address: applicant.address.trim(),
      email: applicant.email.trim() || null,
    },
    documents: Object.entries(state.documents).map(([requirementId, file]) => ({ requirementId, fileId: file.fileId })),
    deliveryMethod: state.deliveryMethod ?? 'PICKUP',
    deliveryAddress: state.deliveryMethod === 'POST' ? state.deliveryAddress.trim() || null : null,
    formData: Object.fromEntries(Object.entries(state.formData).map(([key, value]) => [key, value.trim()]).filter(([, value]) => value !== '')),
    applicantConsent: volunteer ? state.consent : null,
  };
}

/** The fees of an online submission: the online amount where there is one. */
export function onlineFee(procedure: ProcedureDetail): number {
  return procedure.fees.reduce((sum, fee) => sum + (fee.onlineAmountVnd ?? fee.amountVnd), 0);
}
