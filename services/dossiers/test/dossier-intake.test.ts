import { AwsClient } from 'aws4fetch';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { DOSSIER_FIELDS, HAU_NGHIA, PDF, SUBMIT, birthRegistrationInput, gateway, submitBirthRegistration, upload, uploadedId } from './support';

let citizen: string;
let volunteer: string;
let intake: string;

beforeAll(async () => {
  [citizen, volunteer, intake] = await Promise.all(['citizen', 'volunteer', 'intake'].map((u) => gateway.login(u)));
});

const myCount = async () => (await gateway.data<{ myDossiers: { totalCount: number } }>('{ myDossiers(first: 1) { totalCount } }', {}, citizen)).myDossiers.totalCount;

describe('files', () => {
  it('stores an upload with its SHA-256 and the type sniffed from its bytes', async () => {
    const res = await upload(citizen, PDF, 'anh.jpg');
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ mimeType: 'application/pdf', size: PDF.length });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const back = await fetch(`${gateway.baseUrl}/files/${body.id}`, { headers: { authorization: `Bearer ${citizen}` } });
    expect(Buffer.from(await back.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('keeps the bytes in the configured S3-compatible store, under their SHA-256', async () => {
    const body = await (await upload(citizen, PDF, 'to-khai.pdf')).json();
    const store = inject('objectStore');
    const client = new AwsClient({ accessKeyId: store.accessKeyId, secretAccessKey: store.secretAccessKey, service: 's3', region: 'ap-southeast-1' });
    const stored = await client.fetch(`${store.endpoint}/${store.bucket}/${body.sha256.slice(0, 2)}/${body.sha256}`);
    expect(stored.status).toBe(200);
    expect(Buffer.from(await stored.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('refuses a file that is not what its name says, and an anonymous upload', async () => {
    const fake = await upload(citizen, Buffer.from('MZ this is a program, not a scan'), 'giay-khai-sinh.pdf');
    expect(fake.status).toBe(400);
    expect((await fake.json()).error.code).toBe('FILE_REJECTED');
    const form = new FormData();
    form.append('file', new Blob([PDF]), 'a.pdf');
    expect((await fetch(`${gateway.baseUrl}/files`, { method: 'POST', body: form })).status).toBe(401);
  });

  it("does not serve a citizen's file to another citizen", async () => {
    const id = await uploadedId(citizen);
    const res = await fetch(`${gateway.baseUrl}/files/${id}`, { headers: { authorization: `Bearer ${volunteer}` } });
    expect(res.status).toBe(403);
  });
});

describe('online submission', () => {
  it('issues a national-style code at once and pins the procedure version', async () => {
    const dossier = await submitBirthRegistration(citizen);
    expect(dossier.code).toMatch(/^000\.21\.25\.H39-\d{6}-\d{4}$/);
    expect(dossier.status).toBe('SUBMITTED');
    expect(dossier.dueAt).not.toBeNull();
    const rules = await gateway.data<{ dossier: { procedureRules: { version: number; processingDays: number } } }>(
      'query($c: String!) { dossier(code: $c) { procedureRules { version processingDays } } }',
      { c: dossier.code },
      citizen,
    );
    expect(rules.dossier.procedureRules).toEqual({ version: 1, processingDays: 1 });
  });

  it('refuses a missing required document and writes nothing', async () => {
    const before = await myCount();
    const input = await birthRegistrationInput(citizen);
    input.documents = input.documents.filter((d: { requirementId: string }) => d.requirementId !== 'giay-chung-sinh');
    const result = await gateway.graphql(SUBMIT, { input }, citizen);
    expect(errorCode(result)).toBe('VALIDATION_FAILED');
    expect(result.errors?.[0].extensions?.messageVi).toMatch(/Giấy chứng sinh/);
    expect(await myCount()).toBe(before);
  });

  it('refuses an unknown procedure, a wrong-level unit and malformed applicant data', async () => {
    expect(errorCode(await gateway.graphql(SUBMIT, { input: await birthRegistrationInput(citizen, { procedureCode: '9.999999' }) }, citizen))).toBe('NOT_FOUND');
    expect(errorCode(await gateway.graphql(SUBMIT, { input: await birthRegistrationInput(citizen, { unitCode: '802' }) }, citizen))).toBe('VALIDATION_FAILED');
    const badPhone = await birthRegistrationInput(citizen, { applicant: { fullName: 'A B', idNumber: '12', phone: 'x', address: 'Khu phố 1' } });
    const result = await gateway.graphql(SUBMIT, { input: badPhone }, citizen);
    expect(errorCode(result)).toBe('VALIDATION_FAILED');
  });

  it("refuses someone else's file", async () => {
    const input = await birthRegistrationInput(citizen);
    input.documents[0].fileId = await uploadedId(volunteer);
    expect(errorCode(await gateway.graphql(SUBMIT, { input }, citizen))).toBe('VALIDATION_FAILED');
  });

  it('lets a volunteer submit for a consenting citizen and records the helper', async () => {
    const withoutConsent = await gateway.graphql(SUBMIT, { input: await birthRegistrationInput(volunteer) }, volunteer);
    expect(errorCode(withoutConsent)).toBe('VALIDATION_FAILED');
    const data = await gateway.data<{ submitDossier: { code: string; applicant: { fullName: string } } }>(
      SUBMIT,
      { input: await birthRegistrationInput(volunteer, { applicantConsent: true }) },
      volunteer,
    );
    expect(data.submitDossier.applicant.fullName).toBe('Nguyễn Văn An');
    const seen = await gateway.data<{ dossier: { assistedBy: string; channel: string } }>('query($c: String!) { dossier(code: $c) { assistedBy channel } }', { c: data.submitDossier.code }, intake);
    expect(seen.dossier).toEqual({ assistedBy: 'Trần Thị Bình', channel: 'ONLINE' });
  });

  it('gives distinct, consecutive codes to concurrent submissions', async () => {
    const inputs = await Promise.all(Array.from({ length: 8 }, () => birthRegistrationInput(citizen)));
    const results = await Promise.all(inputs.map((input) => gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, citizen)));
    const sequences = results.map((r) => Number(r.submitDossier.code.slice(-4))).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(8);
    expect(sequences[7] - sequences[0]).toBe(7);
  });
});

describe('public lookup and personal data', () => {
  it('shows status and dates to anyone, personal data only to the owner and the unit', async () => {
    const { code } = await submitBirthRegistration(citizen);
    const query = `query($c: String!) { dossier(code: $c) { ${DOSSIER_FIELDS} } }`;
    const anonymous = await gateway.data<{ dossier: { status: string; applicant: unknown; history: unknown[] } }>(query, { c: code });
    expect(anonymous.dossier.status).toBe('SUBMITTED');
    expect(anonymous.dossier.applicant).toBeNull();
    expect(anonymous.dossier.history).toEqual([]);
    const other = await gateway.data<{ dossier: { applicant: unknown } }>(query, { c: code }, volunteer);
    expect(other.dossier.applicant).toBeNull();
    const owner = await gateway.data<{ dossier: { applicant: { idNumber: string } } }>(query, { c: code }, citizen);
    expect(owner.dossier.applicant.idNumber).toBe('080090001234');
    const officer = await gateway.data<{ dossier: { applicant: { fullName: string } } }>(query, { c: code }, intake);
    expect(officer.dossier.applicant.fullName).toBe('Nguyễn Văn An');
  });
});

describe('counter intake', () => {
  it('receives a paper dossier on the spot with its scans marked digitised', async () => {
    const input = {
      procedureCode: '1.001193',
      unitCode: HAU_NGHIA,
      applicant: { fullName: 'Trần Văn Bảy', idNumber: '080070002468', phone: '0933111222', address: 'Ấp Lộc Hòa, thị trấn Hậu Nghĩa' },
      documents: [
        { requirementId: 'to-khai', fileId: await uploadedId(intake, '?digitised=true') },
        { requirementId: 'giay-chung-sinh', fileId: await uploadedId(intake, '?digitised=true') },
      ],
      deliveryMethod: 'PICKUP',
      formData: { 'ho-ten-tre': 'Trần Gia Huy', 'ngay-sinh': '2026-11-25', 'gioi-tinh': 'Nam', 'noi-sinh': 'Trạm y tế Hậu Nghĩa', 'ho-ten-me': 'Võ Thị Lan' },
    };
    const data = await gateway.data<{ receiveAtCounter: { code: string; status: string; channel: string; receivedAt: string; documents: { file: { digitised: boolean } }[] } }>(
      'mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { code status channel receivedAt documents { file { digitised } } } }',
      { input },
      intake,
    );
    expect(data.receiveAtCounter).toMatchObject({ status: 'RECEIVED', channel: 'COUNTER' });
    expect(data.receiveAtCounter.documents.every((d) => d.file.digitised)).toBe(true);
  });

  it('refuses counter intake at a unit that is not the officer’s', async () => {
    const input = await birthRegistrationInput(intake, { unitCode: '27934', deliveryMethod: 'PICKUP' });
    expect(errorCode(await gateway.graphql('mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { code } }', { input }, intake))).toBe('OUT_OF_JURISDICTION');
  });
});

describe('inbox search', () => {
  const INBOX = `query Inbox($search: String, $orderBy: InboxOrder!, $statuses: [DossierStatus!]) {
    staffInbox(first: 100, search: $search, orderBy: $orderBy, statuses: $statuses) { totalCount nodes { code dueAt applicant { fullName } } } }`;
  type Inbox = { staffInbox: { totalCount: number; nodes: { code: string; dueAt: string | null; applicant: { fullName: string } }[] } };
  const find = (search: string | null, orderBy = 'ARRIVAL', statuses: string[] | null = null) =>
    gateway.data<Inbox>(INBOX, { search, orderBy, statuses }, intake);

  it('finds a dossier by the applicant typed without diacritics, by the tail of its code, by ID number', async () => {
    const input = await birthRegistrationInput(citizen, { applicant: { fullName: 'Phạm Thị Tuyết Nhung', idNumber: '080195007788', phone: '0987001122', address: 'Ấp Tân Hòa' } });
    const { submitDossier } = await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, citizen);
    for (const search of ['pham thi tuyet nhung', 'NHUNG Tuyết', submitDossier.code, '080195007788']) {
      const codes = (await find(search)).staffInbox.nodes.map((d) => d.code);
      expect(codes, search).toContain(submitDossier.code);
    }
    const byTail = (await find(submitDossier.code.slice(-11))).staffInbox.nodes.map((d) => d.code);
    expect(byTail).toEqual([submitDossier.code]);
    const byNameAndTail = (await find(`nhung ${submitDossier.code.slice(-11)}`)).staffInbox.nodes.map((d) => d.code);
    expect(byNameAndTail).toEqual([submitDossier.code]);
    expect((await find('pham thi tuyet nhung khong co')).staffInbox.totalCount).toBe(0);
  });

  it('orders by the nearest due date when asked, dossiers without one last', async () => {
    const all = ['SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'RESULT_READY', 'SUPPLEMENT_REQUESTED'];
    const { nodes } = (await find(null, 'DUE_SOONEST', all)).staffInbox;
    const dues = nodes.map((d) => (d.dueAt ? Date.parse(d.dueAt) : Infinity));
    expect(dues.length).toBeGreaterThan(3);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it('refuses an over-long search with a validation error', async () => {
    const result = await gateway.graphql(INBOX, { search: 'x'.repeat(101), orderBy: 'ARRIVAL' }, intake);
    expect(errorCode(result)).toBe('VALIDATION_FAILED');
  });
});
