import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { GatewayClient, deliverEvent as deliverSignedEvent, mintDevToken } from '@motcua/stack';

export const gateway = new GatewayClient(inject('gatewayUrl'));
/** Former Đức Hòa district (until 30 June 2025), read as it was on OLD. */
export const DISTRICT = '802';
export const OLD = '2022-06-30';
export const HAU_NGHIA = '27931';
/** Xã Hiệp Hòa of today, successor of thị trấn Hiệp Hòa (27934), xã Hiệp Hòa and xã Tân Phú (27961). */
export const HIEP_HOA = '27952';
export const HIEP_HOA_PREDECESSORS = ['27934', '27952', '27961'];
/** Tây Ninh: the demo official's unit. */
export const PROVINCE = '80';
/** A province outside the demo official's reach (Hồ Chí Minh City). */
export const OTHER_PROVINCE = '79';

/** A token for an account that is not among the demo ones (another unit's official). */
export function mintToken(subject: string, roles: string[], unit: string | null, name?: string): Promise<string> {
  return mintDevToken(inject('devIssuerKeyFile'), { subject, roles, unit, name });
}

/** Posts an event to the outreach subgraph as the dossiers service's relay does: signed with EVENTS_SECRET. */
export function deliverEvent(envelope: { id: string; topic: string; payload: Record<string, unknown>; occurredAt: string }, secret?: string) {
  return deliverSignedEvent(inject('subgraphUrls').outreach, envelope, secret);
}

/** A `dossier.status-changed` event of a dossier submitted online with a helper's account, as the dossiers service sends it. */
export function assistedSubmission(code: string, helperSubject: string, helperName: string, unitCode = HAU_NGHIA) {
  return {
    id: randomUUID(),
    topic: 'dossier.status-changed',
    occurredAt: new Date().toISOString(),
    payload: {
      code,
      procedureCode: '1.001193',
      unitCode,
      currentUnitCode: unitCode,
      channel: 'ONLINE',
      action: 'SUBMIT',
      from: 'DRAFT',
      to: 'SUBMITTED',
      at: new Date().toISOString(),
      deliveryMethod: 'ONLINE',
      feeStatus: 'NOT_REQUIRED',
      timeliness: null,
      assistedBySubject: helperSubject,
      assistedByName: helperName,
    },
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A local time in Vietnam, days before now, as an ISO instant. */
export function daysAgo(days: number, hour = 8): string {
  const d = new Date(Date.now() - days * 86_400_000);
  const day = new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`).toISOString();
}

export function todayInVietnam(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** One online birth registration at Hậu Nghĩa, submitted through the dossiers API by `token` (a volunteer needs consent). */
export async function submitBirthRegistration(token: string, extra: Record<string, unknown> = {}): Promise<string> {
  const upload = () => gateway.uploadedId(token);
  const input = {
    procedureCode: '1.001193',
    unitCode: HAU_NGHIA,
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, thị trấn Hậu Nghĩa' },
    documents: [
      { requirementId: 'to-khai', fileId: await upload() },
      { requirementId: 'giay-chung-sinh', fileId: await upload() },
    ],
    deliveryMethod: 'ONLINE',
    formData: { 'ho-ten-tre': 'Nguyễn Minh Khang', 'ngay-sinh': '2026-11-20', 'gioi-tinh': 'Nam', 'noi-sinh': 'Bệnh viện đa khoa Đức Hòa', 'ho-ten-me': 'Lê Thị Hồng' },
    ...extra,
  };
  const data = await gateway.data<{ submitDossier: { code: string } }>('mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }', { input }, token);
  return data.submitDossier.code;
}
