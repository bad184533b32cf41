import { inject } from 'vitest';
import { GatewayClient } from '@motcua/stack';

export const gateway = new GatewayClient(inject('gatewayUrl'));
export const HAU_NGHIA = '27931';
export const BIRTH_REGISTRATION = '1.001193';

/** A tiny but real PDF: its type is sniffed from these bytes. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

export async function upload(token: string, bytes: Buffer = PDF, name = 'giay-to.pdf', query = ''): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  return fetch(`${gateway.baseUrl}/files${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
}

export async function uploadedId(token: string, query = ''): Promise<string> {
  const res = await upload(token, PDF, 'giay-to.pdf', query);
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

export const DOSSIER_FIELDS = 'code status receivedAt dueAt submittedAt channel feeStatus deliveryStatus timeliness applicant { fullName idNumber } history { action actorName reason }';

export const SUBMIT = `mutation Submit($input: SubmitDossierInput!) { submitDossier(input: $input) { ${DOSSIER_FIELDS} } }`;

/** A complete online submission of birth registration at Hậu Nghĩa by the given citizen token. */
export async function birthRegistrationInput(token: string, overrides: Record<string, unknown> = {}) {
  return {
    procedureCode: BIRTH_REGISTRATION,
    unitCode: HAU_NGHIA,
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, thị trấn Hậu Nghĩa' },
    documents: [
      { requirementId: 'to-khai', fileId: await uploadedId(token) },
      { requirementId: 'giay-chung-sinh', fileId: await uploadedId(token) },
    ],
    deliveryMethod: 'ONLINE',
    formData: { 'ho-ten-tre': 'Nguyễn Minh Khang', 'ngay-sinh': '2026-11-20', 'gioi-tinh': 'Nam', 'noi-sinh': 'Bệnh viện đa khoa Đức Hòa', 'ho-ten-me': 'Lê Thị Hồng' },
    ...overrides,
  };
}

export async function submitBirthRegistration(token: string): Promise<{ code: string; status: string; dueAt: string | null }> {
  const data = await gateway.data<{ submitDossier: { code: string; status: string; dueAt: string | null } }>(SUBMIT, { input: await birthRegistrationInput(token) }, token);
  return data.submitDossier;
}
