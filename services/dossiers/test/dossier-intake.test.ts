import { randomUUID } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCode, mintDevToken } from '@motcua/stack';
import { DOSSIER_FIELDS, DUC_HOA, HAU_NGHIA, PDF, SUBMIT, TAY_NINH, birthRegistrationInput, gateway, inputFor, officerOf, submitBirthRegistration, upload, uploadedId } from './support';

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
    expect((await gateway.upload('', { name: 'a.pdf' })).status).toBe(401);
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
    // Under the code of xã Hậu Nghĩa's public administration service centre (Tây Ninh, H53).
    expect(dossier.code).toMatch(/^000\.00\.\d{2}\.H53-\d{6}-\d{4}$/);
    expect(dossier.status).toBe('SUBMITTED');
    expect(dossier.dueAt).not.toBeNull();
    const rules = await gateway.data<{ dossier: { procedureRules: { version: number; processingDays: number } } }>(
      'query($c: String!) { dossier(code: $c) { procedureRules { version processingDays } } }',
      { c: dossier.code },
      citizen,
    );
    const current = await gateway.data<{ procedure: { current: { version: number; processingDays: number } } }>('{ procedure(code: "1.001193") { current { version processingDays } } }', {});
    expect(rules.dossier.procedureRules).toEqual(current.procedure.current);
  });

  it("names the dossier's procedure as the catalogue does, from the dossiers subgraph or the procedures one alike", async () => {
    const dossier = await submitBirthRegistration(citizen);
    const read = await gateway.data<{ dossier: { procedure: { code: string; name: string; nameEn: string } } }>(
      'query($c: String!) { dossier(code: $c) { procedure { code name nameEn } } }',
      { c: dossier.code },
      citizen,
    );
    const inbox = await gateway.data<{ staffInbox: { nodes: { code: string; procedure: { name: string } }[] } }>(
      'query($s: String) { staffInbox(first: 5, search: $s) { nodes { code procedure { name } } } }',
      { s: dossier.code },
      intake,
    );
    const catalogue = await gateway.data<{ procedure: { code: string; name: string; nameEn: string } }>('{ procedure(code: "1.001193") { code name nameEn } }', {});
    expect(read.dossier.procedure).toEqual(catalogue.procedure);
    expect(inbox.staffInbox.nodes).toEqual([{ code: dossier.code, procedure: { name: catalogue.procedure.name } }]);
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
      applicant: { fullName: 'Trần Văn Bảy', idNumber: '080070002468', phone: '0933111222', address: 'Ấp Lộc Hòa, xã Hậu Nghĩa' },
      documents: [
        { requirementId: 'to-khai', fileId: await uploadedId(intake, true) },
        { requirementId: 'giay-chung-sinh', fileId: await uploadedId(intake, true) },
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
    const input = await birthRegistrationInput(intake, { unitCode: DUC_HOA, deliveryMethod: 'PICKUP' });
    expect(errorCode(await gateway.graphql('mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { code } }', { input }, intake))).toBe('OUT_OF_JURISDICTION');
  });
});

describe('intake regardless of administrative boundary (Decree 118/2025)', () => {
  const PLACED = `code status dueAt unit { code } currentUnit { code } agency { code } history { action actorName data }`;
  type Placed = {
    code: string;
    status: string;
    dueAt: string;
    unit: { code: string };
    currentUnit: { code: string };
    agency: { code: string };
    history: { action: string; actorName: string; data: Record<string, unknown> | null }[];
  };
  const COUNTER = `mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { ${PLACED} } }`;
  const SUBMIT_PLACED = `mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { ${PLACED} } }`;

  it('lets a commune counter receive for another commune: the dossier keeps its receiving unit and code, and goes on at once', async () => {
    const input = await birthRegistrationInput(intake, { deliveryMethod: 'PICKUP', competentUnitCode: DUC_HOA });
    const { receiveAtCounter: d } = await gateway.data<{ receiveAtCounter: Placed }>(COUNTER, { input }, intake);
    expect(d).toMatchObject({ status: 'RECEIVED', unit: { code: HAU_NGHIA }, currentUnit: { code: DUC_HOA } });
    expect(d.code.startsWith(`${d.agency.code}-`)).toBe(true);
    expect(d.history.map((h) => h.action)).toEqual(['RECEIVE_AT_COUNTER', 'TRANSFER']);
    expect(d.history[1]).toMatchObject({ actorName: 'Lê Thị Cúc', data: { from: HAU_NGHIA, to: DUC_HOA, atReceipt: true } });
    // The settling commune finds it in its inbox.
    const ducHoa = await officerOf(DUC_HOA, ['HANDLER']);
    const inbox = await gateway.data<{ staffInbox: { nodes: { code: string }[] } }>('query($s: String) { staffInbox(first: 10, search: $s) { nodes { code } } }', { s: d.code }, ducHoa);
    expect(inbox.staffInbox.nodes.map((n) => n.code)).toEqual([d.code]);
  });

  it('lets a citizen submit at the provincial centre for a commune; the centre hands it on when it receives it', async () => {
    const input = await birthRegistrationInput(citizen, { unitCode: TAY_NINH, competentUnitCode: HAU_NGHIA });
    const { submitDossier: d } = await gateway.data<{ submitDossier: Placed }>(SUBMIT_PLACED, { input }, citizen);
    expect(d).toMatchObject({ status: 'SUBMITTED', unit: { code: TAY_NINH }, currentUnit: { code: TAY_NINH } });
    // Receipt is the provincial centre's to do, not the commune's.
    const RECEIVE = `mutation($c: String!) { receiveDossier(code: $c) { ${PLACED} } }`;
    expect(errorCode(await gateway.graphql(RECEIVE, { c: d.code }, intake))).toBe('OUT_OF_JURISDICTION');
    const centre = await officerOf(TAY_NINH, ['INTAKE']);
    const { receiveDossier: received } = await gateway.data<{ receiveDossier: Placed }>(RECEIVE, { c: d.code }, centre);
    expect(received).toMatchObject({ status: 'RECEIVED', unit: { code: TAY_NINH }, currentUnit: { code: HAU_NGHIA } });
    expect(received.history.map((h) => h.action)).toEqual(['SUBMIT', 'RECEIVE', 'TRANSFER']);
    expect(received.history[2].data).toEqual({ from: TAY_NINH, to: HAU_NGHIA, atReceipt: true });
    // The clock of an online dossier runs from its submission; the hand-over does not restart it.
    expect(received.dueAt).toBe(d.dueAt);
  });

  it('sends a province-level procedure received at a commune to the province', async () => {
    const landRegistration = '1.013831';
    const input = await inputFor(intake, landRegistration);
    const { receiveAtCounter: d } = await gateway.data<{ receiveAtCounter: Placed }>(COUNTER, { input }, intake);
    expect(d).toMatchObject({ unit: { code: HAU_NGHIA }, currentUnit: { code: TAY_NINH } });
    const province = await gateway.login('province');
    const inbox = await gateway.data<{ staffInbox: { nodes: { code: string }[] } }>('query($s: String) { staffInbox(first: 10, search: $s) { nodes { code } } }', { s: d.code }, province);
    expect(inbox.staffInbox.nodes.map((n) => n.code)).toEqual([d.code]);
  });

  it('refuses a unit that is unknown, not in force, or cannot take the procedure, naming the field, and writes nothing', async () => {
    const before = await myCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ unitCode: 'X9999' }, 'NOT_FOUND', 'unitCode'],
      [{ unitCode: '802' }, 'VALIDATION_FAILED', 'unitCode'], // the district ended on 30 June 2025
      [{ competentUnitCode: 'X9999' }, 'NOT_FOUND', 'competentUnitCode'],
      [{ competentUnitCode: '00004' }, 'VALIDATION_FAILED', 'competentUnitCode'], // a ward of Hà Nội
      [{ competentUnitCode: TAY_NINH }, 'VALIDATION_FAILED', 'competentUnitCode'], // a commune procedure
      [{ unitCode: TAY_NINH }, 'VALIDATION_FAILED', 'competentUnitCode'], // at the province, the commune must be named
    ];
    for (const [overrides, code, field] of cases) {
      const result = await gateway.graphql(SUBMIT, { input: await birthRegistrationInput(citizen, overrides) }, citizen);
      expect(errorCode(result), JSON.stringify(overrides)).toBe(code);
      const extensions = result.errors?.[0].extensions as { messageVi: string; messageEn: string; details: { fields: { field: string }[] } };
      expect(extensions.details.fields.map((f) => f.field)).toEqual([field]);
      expect(extensions.messageVi).not.toBe(extensions.messageEn);
    }
    // Land dispute mediation is not received across boundaries: only at its commune, and settled there.
    const mediation = (overrides: Record<string, unknown>) => inputFor(citizen, '1.012812', { deliveryMethod: 'PICKUP', ...overrides });
    const atProvince = await gateway.graphql(SUBMIT, { input: await mediation({ unitCode: TAY_NINH }) }, citizen);
    expect(errorCode(atProvince)).toBe('VALIDATION_FAILED');
    expect(atProvince.errors?.[0].extensions?.messageVi).toMatch(/không tiếp nhận thủ tục này/);
    const elsewhere = await gateway.graphql(SUBMIT, { input: await mediation({ competentUnitCode: DUC_HOA }) }, citizen);
    expect(errorCode(elsewhere)).toBe('VALIDATION_FAILED');
    expect(await myCount()).toBe(before);
  });
});

describe('inbox search', () => {
  const INBOX = `query Inbox($search: String, $orderBy: InboxOrder!, $statuses: [DossierStatus!]) {
    staffInbox(first: 100, search: $search, orderBy: $orderBy, statuses: $statuses) { totalCount nodes { code dueAt applicant { fullName } } } }`;
  type Inbox = { staffInbox: { totalCount: number; nodes: { code: string; dueAt: string | null; applicant: { fullName: string } }[] } };
  const find = (search: string | null, orderBy = 'ARRIVAL', statuses: string[] | null = null) => gateway.data<Inbox>(INBOX, { search, orderBy, statuses }, intake);

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

  it('pages through a search: each page has the same total, and the pages join up in order of arrival', async () => {
    const tag = `Tu${randomUUID()
      .replace(/[^a-f]/g, '')
      .slice(0, 6)}`;
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const input = await birthRegistrationInput(citizen, { applicant: { fullName: `Lê Thị ${tag}`, idNumber: '080195007788', phone: '0987001122', address: 'Ấp Tân Hòa' } });
      codes.push((await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, citizen)).submitDossier.code);
    }
    const PAGE = `query Page($search: String, $after: String) {
      staffInbox(first: 2, search: $search, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }`;
    type Page = { staffInbox: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { code: string }[] } };
    const pages: Page['staffInbox'][] = [];
    let after: string | null = null;
    do {
      const page: Page['staffInbox'] = (await gateway.data<Page>(PAGE, { search: tag.toLowerCase(), after }, intake)).staffInbox;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 5);
    expect(pages.map((p) => [p.totalCount, p.nodes.length, p.pageInfo.hasNextPage])).toEqual([
      [5, 2, true],
      [5, 2, true],
      [5, 1, false],
    ]);
    expect(pages.flatMap((p) => p.nodes.map((d) => d.code))).toEqual(codes);
  });

  it('refuses an over-long search with a validation error', async () => {
    const result = await gateway.graphql(INBOX, { search: 'x'.repeat(101), orderBy: 'ARRIVAL' }, intake);
    expect(errorCode(result)).toBe('VALIDATION_FAILED');
  });
});

describe('a submission sent again', () => {
  const submit = async (input: Record<string, unknown>, token = citizen) => (await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, token)).submitDossier.code;

  it('makes one dossier of one idempotency key, sent twice or twice at once', async () => {
    const before = await myCount();
    const input = { ...(await birthRegistrationInput(citizen)), idempotencyKey: randomUUID() };
    const first = await submit(input);
    expect(await submit(input)).toBe(first);
    const racing = { ...input, idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([submit(racing), submit(racing)]);
    expect(a).toBe(b);
    expect(a).not.toBe(first);
    expect(await myCount()).toBe(before + 2);
  });

  it("refuses another person's key, and a key that is not a UUID", async () => {
    const key = randomUUID();
    await submit({ ...(await birthRegistrationInput(citizen)), idempotencyKey: key });
    const stranger = await mintDevToken(inject('devIssuerKeyFile'), { subject: 'citizen-with-a-borrowed-key', name: 'Lê Văn Lạ', roles: ['CITIZEN'] });
    const taken = await gateway.graphql(SUBMIT, { input: { ...(await birthRegistrationInput(stranger)), idempotencyKey: key } }, stranger);
    expect(errorCode(taken)).toBe('CONFLICT');
    const malformed = await gateway.graphql(SUBMIT, { input: { ...(await birthRegistrationInput(citizen)), idempotencyKey: 'again' } }, citizen);
    expect(errorCode(malformed)).toBe('VALIDATION_FAILED');
  });
});

describe("a form's values", () => {
  it('are checked against the fields: an impossible date, a choice not offered, an object, an unknown key; nothing is stored', async () => {
    const before = await myCount();
    const input = await birthRegistrationInput(citizen);
    const bad = { ...input, formData: { ...(input.formData as Record<string, unknown>), 'ngay-sinh': '2022-02-30', 'gioi-tinh': 'Khác', 'noi-sinh': { x: 1 }, 'khong-co': 'x' } };
    const refused = await gateway.graphql(SUBMIT, { input: bad }, citizen);
    expect(errorCode(refused)).toBe('VALIDATION_FAILED');
    const details = refused.errors?.[0]?.extensions?.details as { fields?: { field: string }[] } | undefined;
    const fields = details?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['formData.gioi-tinh', 'formData.khong-co', 'formData.ngay-sinh', 'formData.noi-sinh']);
    expect(refused.errors?.[0]?.message).toMatch(/Ngày, tháng, năm sinh không phải là ngày có thật/);
    expect(await myCount()).toBe(before);
  });
});
