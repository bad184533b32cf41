import { inject } from 'vitest';
import { GatewayClient, mintDevToken, sampleFormValue, TEST_PDF } from '@motcua/stack';

export const gateway = new GatewayClient(inject('gatewayUrl'));
/** Units in force since 1 July 2025: xã Hậu Nghĩa (the demo counter), another commune of former Đức Hòa, the province. */
export const HAU_NGHIA = '27931';
export const DUC_HOA = '27937';
export const TAY_NINH = '80';
/** Commune-level, received regardless of administrative boundary (Decree 118/2025). */
export const BIRTH_REGISTRATION = '1.001193';

/** An officer of any unit, for the units the demo accounts do not cover. */
export function officerOf(unit: string, roles: string[]): Promise<string> {
  return mintDevToken(inject('devIssuerKeyFile'), { subject: `${roles.join('-').toLowerCase()}-${unit}`, name: `Cán bộ ${unit}`, roles, unit });
}

/** A tiny but real PDF: its type is sniffed from these bytes. */
export const PDF = TEST_PDF;

export function upload(token: string, bytes: Uint8Array = PDF, name = 'giay-to.pdf'): Promise<Response> {
  return gateway.upload(token, { bytes, name });
}

export function uploadedId(token: string, digitised = false): Promise<string> {
  return gateway.uploadedId(token, { digitised });
}

export const DOSSIER_FIELDS = 'code status receivedAt dueAt submittedAt channel feeStatus deliveryStatus timeliness applicant { fullName idNumber } history { action actorName reason }';

export const SUBMIT = `mutation Submit($input: SubmitDossierInput!) { submitDossier(input: $input) { ${DOSSIER_FIELDS} } }`;

/** A complete online submission of birth registration at Hậu Nghĩa by the given citizen token. */
export async function birthRegistrationInput(token: string, overrides: Record<string, unknown> = {}) {
  return {
    procedureCode: BIRTH_REGISTRATION,
    unitCode: HAU_NGHIA,
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa, tỉnh Tây Ninh' },
    documents: [
      { requirementId: 'to-khai', fileId: await uploadedId(token) },
      { requirementId: 'giay-chung-sinh', fileId: await uploadedId(token) },
    ],
    deliveryMethod: 'ONLINE',
    formData: { 'ho-ten-tre': 'Nguyễn Minh Khang', 'ngay-sinh': '2026-11-20', 'gioi-tinh': 'Nam', 'noi-sinh': 'Bệnh viện đa khoa Đức Hòa', 'ho-ten-me': 'Lê Thị Hồng' },
    ...overrides,
  };
}

/** A complete input for any procedure, built from its rules in force: a file per mandatory document, every required field filled. */
export async function inputFor(token: string, procedureCode: string, overrides: Record<string, unknown> = {}) {
  const { procedure } = await gateway.data<{
    procedure: { current: { requiredDocuments: { id: string; mandatory: boolean }[]; formFields: { key: string; required: boolean; type: string; options: string[] | null }[] } };
  }>('query($c: String!) { procedure(code: $c) { current { requiredDocuments { id mandatory } formFields { key required type options } } } }', { c: procedureCode });
  const documents = [];
  for (const r of procedure.current.requiredDocuments.filter((d) => d.mandatory)) documents.push({ requirementId: r.id, fileId: await uploadedId(token) });
  return {
    procedureCode,
    unitCode: HAU_NGHIA,
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa, tỉnh Tây Ninh' },
    documents,
    deliveryMethod: 'PICKUP',
    formData: Object.fromEntries(procedure.current.formFields.filter((f) => f.required).map((f) => [f.key, sampleFormValue(f)])),
    ...overrides,
  };
}

export async function submitBirthRegistration(token: string): Promise<{ code: string; status: string; dueAt: string | null }> {
  const data = await gateway.data<{ submitDossier: { code: string; status: string; dueAt: string | null } }>(SUBMIT, { input: await birthRegistrationInput(token) }, token);
  return data.submitDossier;
}
