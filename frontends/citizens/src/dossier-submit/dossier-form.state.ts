import { applicantProblems, type DeliveryMethod, type Translate } from '@motcua/ui';
import type { AttachedFile, DossierDraft, DraftApplicant } from '../common/dossier-draft';
import type { FormField, ProcedureDetail, RequiredDocument } from '../procedure-detail/procedure.query';
import type { submitMessages } from './submit.messages';

type T = Translate<(typeof submitMessages)['vi']>;

/** Everything typed or chosen in the submission form; the draft is this, saved. */
export interface DossierFormState {
  unitCode: string;
  /** '' = settled where it is received (or derived by the service). */
  competentUnitCode: string;
  applicant: DraftApplicant;
  formData: Record<string, string>;
  documents: Record<string, AttachedFile>;
  deliveryMethod: DeliveryMethod | null;
  deliveryAddress: string;
  consent: boolean;
  /** Sent with the submission and kept in the draft, so that a retry never makes a second dossier. */
  submissionKey: string;
}

/** A random UUID (v4), also where the page is not a secure context and crypto.randomUUID is missing. */
function newSubmissionKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Errors by field name: `unitCode`, `applicant.phone`, `formData.<key>`, `document.<requirement id>`, … */
export type FieldErrors = Record<string, string>;

export function emptyFormState(procedure: ProcedureDetail, applicantName: string): DossierFormState {
  return {
    unitCode: '',
    competentUnitCode: '',
    applicant: { fullName: applicantName, idNumber: '', phone: '', address: '', email: '' },
    formData: Object.fromEntries(procedure.formFields.map((field) => [field.key, ''])),
    documents: {},
    // Only a full-process procedure returns its result online; the others at the desk unless asked otherwise.
    deliveryMethod: procedure.onlineLevel === 'FULL' ? 'ONLINE' : 'PICKUP',
    deliveryAddress: '',
    consent: false,
    submissionKey: newSubmissionKey(),
  };
}

export function stateFromDraft(procedure: ProcedureDetail, draft: DossierDraft, fallback: DossierFormState): DossierFormState {
  const known = new Set(procedure.requiredDocuments.map((document) => document.id));
  return {
    unitCode: draft.unitCode ?? fallback.unitCode,
    competentUnitCode: draft.competentUnitCode ?? fallback.competentUnitCode,
    applicant: { ...fallback.applicant, ...draft.applicant },
    formData: { ...fallback.formData, ...draft.formData },
    documents: Object.fromEntries(Object.entries(draft.documents ?? {}).filter(([id]) => known.has(id))),
    deliveryMethod: draft.deliveryMethod ?? fallback.deliveryMethod,
    deliveryAddress: draft.deliveryAddress ?? '',
    // Consent is given for this submission, not remembered.
    consent: false,
    submissionKey: draft.submissionKey ?? fallback.submissionKey,
  };
}

export function draftFromState(procedure: ProcedureDetail, state: DossierFormState): DossierDraft {
  return {
    version: 1,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    savedAt: new Date().toISOString(),
    unitCode: state.unitCode,
    competentUnitCode: state.competentUnitCode,
    applicant: state.applicant,
    formData: state.formData,
    documents: state.documents,
    deliveryMethod: state.deliveryMethod,
    deliveryAddress: state.deliveryAddress,
    submissionKey: state.submissionKey,
  };
}

function checkFormField(field: FormField, value: string, t: T): string | null {
  const trimmed = value.trim();
  if (!trimmed) return field.required ? (field.type === 'select' ? t('error.choose') : t('error.required')) : null;
  if (field.type === 'number' && !Number.isFinite(Number(trimmed.replace(',', '.')))) return t('error.number');
  if (field.type === 'date' && Number.isNaN(new Date(trimmed).getTime())) return t('error.date');
  if (field.type === 'select' && field.options && !field.options.includes(trimmed)) return t('error.choose');
  if (trimmed.length > 1000) return t('error.tooLong', { max: 1000 });
  return null;
}

/**
 * The checks the dossiers service makes (intake.inputs.ts and IntakeService.checkForm), made first in the browser so
 * the citizen hears about every problem at once, next to its field, without a round trip.
 */
export function validateForm(procedure: ProcedureDetail, state: DossierFormState, options: { volunteer: boolean; uploading: readonly string[]; competentRequired?: boolean }, t: T): FieldErrors {
  const errors: FieldErrors = {};
  const { applicant } = state;
  if (!state.unitCode) errors.unitCode = t('error.choose');
  if (options.competentRequired && !state.competentUnitCode) errors.competentUnitCode = t('error.choose');
  for (const [path, problem] of Object.entries(applicantProblems(applicant))) errors[path] = t(`error.${problem}`);

  for (const field of procedure.formFields) {
    const problem = checkFormField(field, state.formData[field.key] ?? '', t);
    if (problem) errors[`formData.${field.key}`] = problem;
  }
  for (const document of procedure.requiredDocuments) {
    if (options.uploading.includes(document.id)) errors[`document.${document.id}`] = t('doc.stillUploading');
    else if (document.mandatory && !madeByForm(document, procedure) && !state.documents[document.id]) errors[`document.${document.id}`] = t('doc.missing');
  }
  if (!state.deliveryMethod) errors.deliveryMethod = t('error.choose');
  if (state.deliveryMethod === 'POST' && state.deliveryAddress.trim().length > 300) errors.deliveryAddress = t('error.tooLong', { max: 300 });
  if (options.volunteer && !state.consent) errors.consent = t('consent.required');
  return errors;
}

/**
 * A declaration on a form the procedure fills online is made from the values typed (the server renders its PDF):
 * nobody uploads a second copy of it.
 */
export function madeByForm(document: Pick<RequiredDocument, 'template'>, procedure: Pick<ProcedureDetail, 'formFields'>): boolean {
  return !!document.template && procedure.formFields.length > 0;
}

/** The form's field names in the order they appear, so the error summary reads top to bottom. */
export function fieldOrder(procedure: ProcedureDetail): string[] {
  return [
    'unitCode',
    'competentUnitCode',
    'applicant',
    'applicant.fullName',
    'applicant.idNumber',
    'applicant.phone',
    'applicant.email',
    'applicant.address',
    ...procedure.formFields.map((field) => `formData.${field.key}`),
    'documents',
    ...procedure.requiredDocuments.map((document) => `document.${document.id}`),
    'deliveryMethod',
    'deliveryAddress',
    'consent',
    'form',
  ];
}
