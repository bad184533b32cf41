/**
 * The applicant (người nộp hồ sơ) as the dossiers service accepts it. The service enforces these rules; the portal
 * and the counter apply the same ones before sending, so "0912-345-678" or a name typed with combining marks is one
 * thing everywhere and a person hears of a problem before the request leaves the browser.
 */
export interface ApplicantFields {
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
  email: string;
}

export type ApplicantProblem = 'required' | 'fullName' | 'idNumber' | 'phone' | 'address' | 'email';

export const FULL_NAME_LENGTH = { min: 2, max: 100 } as const;
export const ADDRESS_LENGTH = { min: 5, max: 300 } as const;
const EMAIL_MAX_LENGTH = 254;

/**
 * The 12-digit personal identification number (số định danh cá nhân) printed on the identity card (thẻ căn cước /
 * CCCD). The 9-digit identity card (CMND) stopped being valid on 31 Dec 2024 (Law on Identification 2023,
 * 26/2023/QH15, art. 46), so it is refused. Only the shape is checked: the digits' meaning (province, century and
 * sex, birth year) is the police's to assign, and a stricter check would refuse real numbers we have not seen.
 */
const PERSONAL_ID_NUMBER = /^\d{12}$/;

export const PERSONAL_ID_NUMBER_RULE = {
  vi: 'Số định danh cá nhân gồm đúng 12 chữ số; CMND 9 số hết giá trị từ ngày 01/01/2025.',
  en: 'The personal identification number has exactly 12 digits; 9-digit ID cards expired on 1 January 2025.',
} as const;

export function isPersonalIdNumber(value: unknown): value is string {
  return typeof value === 'string' && PERSONAL_ID_NUMBER.test(value);
}

/** A Vietnamese mobile number as stored: 0 or +84, then 9 or 10 digits. */
export const MOBILE_PHONE = /^(0|\+84)\d{9,10}$/;

/** Phone numbers are typed with spaces, dots, dashes or brackets ("0912-345-678"); the service wants the digits. */
export function normalisePhone(phone: string): string {
  return phone.replace(/[\s.\-()]/g, '');
}

/**
 * A person's name as it is stored and printed: NFC (one code point per Vietnamese letter, whatever the keyboard
 * sent), trimmed, inner spaces single. Refused (null): no letter at all (spaces only), or an invisible or
 * direction-changing character (zero-width space/joiner, U+202E…), which would print a name other than the one
 * stored.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Co}\p{Cn}\u2028\u2029]/u;
const LETTER = /\p{L}/u;

export function normalisePersonName(raw: string): string | null {
  const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (INVISIBLE.test(name) || !LETTER.test(name) || [...name].length < FULL_NAME_LENGTH.min) return null;
  return name;
}

export const PERSON_NAME_RULE = {
  vi: 'Họ tên phải có chữ cái và không chứa ký tự ẩn hay ký tự đổi chiều văn bản.',
  en: 'A name must contain letters and no invisible or text-direction characters.',
} as const;

/**
 * An address messages can be sent to: the browsers' own rule for type="email" (WHATWG HTML), with a dot in the
 * domain, since mail leaves for the internet, not a local network.
 */
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value);
}

/** Trimmed values, the name in its stored form and the phone reduced to its digits: what the service stores. */
export function cleanApplicant(applicant: ApplicantFields): Omit<ApplicantFields, 'email'> & { email: string | null } {
  return {
    fullName: applicant.fullName.normalize('NFC').trim().replace(/\s+/gu, ' '),
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
  else if (clean.fullName.length > FULL_NAME_LENGTH.max || normalisePersonName(clean.fullName) === null) problems['applicant.fullName'] = 'fullName';
  if (!clean.idNumber) problems['applicant.idNumber'] = 'required';
  else if (!isPersonalIdNumber(clean.idNumber)) problems['applicant.idNumber'] = 'idNumber';
  if (!clean.phone) problems['applicant.phone'] = 'required';
  else if (!MOBILE_PHONE.test(clean.phone)) problems['applicant.phone'] = 'phone';
  if (!clean.address) problems['applicant.address'] = 'required';
  else if (clean.address.length < ADDRESS_LENGTH.min || clean.address.length > ADDRESS_LENGTH.max) problems['applicant.address'] = 'address';
  if (clean.email && !isEmailAddress(clean.email)) problems['applicant.email'] = 'email';
  return problems;
}
