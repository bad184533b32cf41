/**
 * The applicant's details as the dossiers service checks them (its ApplicantInput), for the portal and the counter
 * to say the same thing before anything is sent: one module, so "0912-345-678" is one number everywhere.
 */
export interface ApplicantFields {
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
  email: string;
}

export type ApplicantProblem = 'required' | 'fullName' | 'idNumber' | 'phone' | 'address' | 'email';

/** The 12-digit personal identification number only: 9-digit CMND cards expired on 31 Dec 2024 (Law on Identification 2023, art. 46). */
const PERSONAL_ID_NUMBER = /^\d{12}$/;
const MOBILE_PHONE = /^(0|\+84)\d{9,10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Phone numbers are typed with spaces, dots, dashes or brackets ("0912-345-678"); the service wants the digits. */
export function normalisePhone(phone: string): string {
  return phone.replace(/[\s.\-()]/g, '');
}

/** Trimmed values, the name's inner spaces collapsed and the phone reduced to its digits: what the service stores. */
export function cleanApplicant(applicant: ApplicantFields): Omit<ApplicantFields, 'email'> & { email: string | null } {
  return {
    fullName: applicant.fullName.trim().replace(/\s+/g, ' '),
    idNumber: applicant.idNumber.trim(),
    phone: normalisePhone(applicant.phone),
    address: applicant.address.trim(),
    email: applicant.email.trim() || null,
  };
}

/** Each field's problem, keyed by its path ('applicant.phone'); nothing for a field that is fine. */
export function applicantProblems(applicant: ApplicantFields): Record<string, ApplicantProblem> {
  const problems: Record<string, ApplicantProblem> = {};
  const clean = cleanApplicant(applicant);
  if (!clean.fullName) problems['applicant.fullName'] = 'required';
  else if (clean.fullName.length < 2 || clean.fullName.length > 100) problems['applicant.fullName'] = 'fullName';
  if (!clean.idNumber) problems['applicant.idNumber'] = 'required';
  else if (!PERSONAL_ID_NUMBER.test(clean.idNumber)) problems['applicant.idNumber'] = 'idNumber';
  if (!clean.phone) problems['applicant.phone'] = 'required';
  else if (!MOBILE_PHONE.test(clean.phone)) problems['applicant.phone'] = 'phone';
  if (!clean.address) problems['applicant.address'] = 'required';
  else if (clean.address.length < 5 || clean.address.length > 300) problems['applicant.address'] = 'address';
  if (clean.email && !EMAIL.test(clean.email)) problems['applicant.email'] = 'email';
  return problems;
}
