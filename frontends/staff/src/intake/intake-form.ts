import type { DeliveryMethod } from '@motcua/ui';
import type { UploadedItem } from '../documents/file-upload-field';
import type { IntakeProcedure, ReceiveAtCounterInput } from './counter-intake.query';

/** The counter intake form's values; pure functions below validate it and build the mutation's input. */
export interface IntakeForm {
  applicant: { fullName: string; idNumber: string; phone: string; address: string; email: string };
  formData: Record<string, string>;
  /** One scanned file per requirement id. */
  documents: Record<string, UploadedItem | undefined>;
  deliveryMethod: DeliveryMethod;
  deliveryAddress: string;
}

export const EMPTY_FORM: IntakeForm = {
  applicant: { fullName: '', idNumber: '', phone: '', address: '', email: '' },
  formData: {},
  documents: {},
  deliveryMethod: 'PICKUP',
  deliveryAddress: '',
};

export type IntakeProblem = 'required' | 'fullName' | 'idNumber' | 'phone' | 'address' | 'email' | 'number' | 'document';

/** Field path → problem; paths: applicant.fullName, form.<key>, document.<id>, deliveryAddress. Same rules as the service. */
export function validateIntake(form: IntakeForm, procedure: IntakeProcedure): Record<string, IntakeProblem> {
  const problems: Record<string, IntakeProblem> = {};
  const { fullName, idNumber, phone, address, email } = form.applicant;
  if (!fullName.trim()) problems['applicant.fullName'] = 'required';
  else if (fullName.trim().length < 2) problems['applicant.fullName'] = 'fullName';
  if (!idNumber.trim()) problems['applicant.idNumber'] = 'required';
  // 12 digits only: 9-digit CMND cards expired on 31 Dec 2024 (Law on Identification 2023, art. 46).
  else if (!/^\d{12}$/.test(idNumber.trim())) problems['applicant.idNumber'] = 'idNumber';
  if (!phone.trim()) problems['applicant.phone'] = 'required';
  else if (!/^(0|\+84)\d{9,10}$/.test(phone.replace(/[\s.]/g, ''))) problems['applicant.phone'] = 'phone';
  if (!address.trim()) problems['applicant.address'] = 'required';
  else if (address.trim().length < 5) problems['applicant.address'] = 'address';
  if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) problems['applicant.email'] = 'email';
  for (const field of procedure.formFields) {
    const value = (form.formData[field.key] ?? '').trim();
    if (field.required && !value) problems[`form.${field.key}`] = 'required';
    else if (value && field.type === 'number' && !Number.isFinite(Number(value))) problems[`form.${field.key}`] = 'number';
  }
  for (const requirement of procedure.requiredDocuments) {
    if (requirement.mandatory && !form.documents[requirement.id]) problems[`document.${requirement.id}`] = 'document';
  }
  return problems;
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
    applicant: {
      fullName: form.applicant.fullName.trim().replace(/\s+/g, ' '),
      idNumber: form.applicant.idNumber.trim(),
      phone: form.applicant.phone.replace(/[\s.]/g, ''),
      address: form.applicant.address.trim(),
      email: form.applicant.email.trim() || null,
    },
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
