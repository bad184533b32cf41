import { applicantProblems, cleanApplicant, type DeliveryMethod } from '@motcua/ui';
import type { UploadedItem } from '../documents/file-upload-field';
import type { IntakeProcedure, IntakeRequirement, ProcedureSummary, ReceiveAtCounterInput, UnitLevel, UnitOption } from './counter-intake.query';

/** The counter intake form's values; pure functions below validate it and build the mutation's input. */
export interface IntakeForm {
  applicant: { fullName: string; idNumber: string; phone: string; address: string; email: string };
  formData: Record<string, string>;
  /** One scanned file per requirement id. */
  documents: Record<string, UploadedItem | undefined>;
  deliveryMethod: DeliveryMethod;
  deliveryAddress: string;
  /** The commune that settles it, when received regardless of boundary; '' = this counter's own unit. */
  competentUnitCode: string;
}

export const EMPTY_FORM: IntakeForm = {
  applicant: { fullName: '', idNumber: '', phone: '', address: '', email: '' },
  formData: {},
  documents: {},
  deliveryMethod: 'PICKUP',
  deliveryAddress: '',
  competentUnitCode: '',
};

/**
 * Whether a counter of a unit of `level` receives the procedure (the service applies the same rule): one received
 * regardless of boundary at any commune or the province, the others at their settling level.
 */
export function receivableAt(procedure: Pick<ProcedureSummary, 'settlingLevel' | 'acrossBoundary'>, level: UnitLevel | null): boolean {
  if (!level) return false;
  if (procedure.acrossBoundary) return level === 'COMMUNE' || level === 'PROVINCE';
  return procedure.settlingLevel === level;
}

/** The communes that may settle a commune procedure received here regardless of boundary; none otherwise. */
export function competentChoices(procedure: Pick<ProcedureSummary, 'settlingLevel' | 'acrossBoundary'>, communes: readonly UnitOption[]): UnitOption[] {
  return procedure.acrossBoundary && procedure.settlingLevel === 'COMMUNE' ? communes.filter((unit) => unit.level === 'COMMUNE') : [];
}

export type IntakeProblem = 'competent' | 'required' | 'fullName' | 'idNumber' | 'phone' | 'address' | 'email' | 'number' | 'document';

/** Field path → problem; paths: applicant.fullName, form.<key>, document.<id>, deliveryAddress. Same rules as the service. */
export function validateIntake(form: IntakeForm, procedure: IntakeProcedure, unitLevel: UnitLevel | null = null): Record<string, IntakeProblem> {
  const problems: Record<string, IntakeProblem> = {};
  // At the provincial centre, a commune procedure needs its commune.
  if (unitLevel === 'PROVINCE' && procedure.settlingLevel === 'COMMUNE' && !form.competentUnitCode) problems.competentUnitCode = 'competent';
  Object.assign(problems, applicantProblems(form.applicant));
  for (const field of procedure.formFields) {
    const value = (form.formData[field.key] ?? '').trim();
    if (field.required && !value) problems[`form.${field.key}`] = 'required';
    else if (value && field.type === 'number' && !Number.isFinite(Number(value))) problems[`form.${field.key}`] = 'number';
  }
  for (const requirement of procedure.requiredDocuments) {
    if (requirement.mandatory && !madeByForm(requirement, procedure) && !form.documents[requirement.id]) problems[`document.${requirement.id}`] = 'document';
  }
  return problems;
}

/** A declaration whose form the procedure's fields fill: the service generates it from the values, nothing to scan. */
export function madeByForm(requirement: IntakeRequirement, procedure: IntakeProcedure): boolean {
  return !!requirement.template && procedure.formFields.length > 0;
}

export function toReceiveInput(form: IntakeForm, procedure: IntakeProcedure, unitCode: string): ReceiveAtCounterInput {
  const formData: Record<string, string | number> = {};
  for (const field of procedure.formFields) {
    const value = (form.formData[field.key] ?? '').trim();
    if (value) formData[field.key] = field.type === 'number' ? Number(value) : value;
  }
  return {
    procedureCode: procedure.code,
    unitCode,
    competentUnitCode: form.competentUnitCode && form.competentUnitCode !== unitCode ? form.competentUnitCode : null,
    applicant: cleanApplicant(form.applicant),
    documents: procedure.requiredDocuments.flatMap((requirement) => {
      const file = form.documents[requirement.id];
      return file ? [{ requirementId: requirement.id, fileId: file.fileId }] : [];
    }),
    deliveryMethod: form.deliveryMethod,
    deliveryAddress: form.deliveryMethod === 'POST' ? form.deliveryAddress.trim() || null : null,
    formData,
  };
}

export function isDirty(form: IntakeForm): boolean {
  return JSON.stringify(form) !== JSON.stringify(EMPTY_FORM);
}
