import { cleanApplicant, hasAnyRole, type Session } from '@motcua/ui';
import type { ProcedureDetail } from '../procedure-detail/procedure.query';
import type { DossierFormState } from './dossier-form.state';
import type { FeeQuoteVariables } from '../payments/payments.queries';
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
    applicant: cleanApplicant(applicant),
    documents: Object.entries(state.documents).map(([requirementId, file]) => ({ requirementId, fileId: file.fileId })),
    deliveryMethod: state.deliveryMethod ?? 'PICKUP',
    deliveryAddress: state.deliveryMethod === 'POST' ? state.deliveryAddress.trim() || null : null,
    formData: Object.fromEntries(
      Object.entries(state.formData)
        .map(([key, value]) => [key, value.trim()])
        .filter(([, value]) => value !== ''),
    ),
    applicantConsent: volunteer ? state.consent : null,
    idempotencyKey: state.submissionKey,
  };
}

/** The form fields the catalogue names for the counts fees depend on (số trang, số bản), as services/payments reads them. */
const PAGE_COUNT_FIELD = 'so-trang';
const COPY_COUNT_FIELD = 'so-ban';

export function asksFeeCounts(procedure: ProcedureDetail): boolean {
  return procedure.formFields.some((field) => field.key === PAGE_COUNT_FIELD || field.key === COPY_COUNT_FIELD);
}

/** What the fee quote is asked with: the counts typed so far (a positive whole number, else not given). */
export function feeQuoteVariables(procedure: ProcedureDetail, state: DossierFormState): FeeQuoteVariables {
  const count = (key: string) => {
    const value = Number(state.formData[key]?.trim() || Number.NaN);
    return Number.isSafeInteger(value) && value > 0 ? value : null;
  };
  return { procedureCode: procedure.code, deliveryMethod: state.deliveryMethod ?? 'PICKUP', pages: count(PAGE_COUNT_FIELD), copies: count(COPY_COUNT_FIELD) };
}
