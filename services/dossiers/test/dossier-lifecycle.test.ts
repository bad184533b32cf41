import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { DUC_HOA, HAU_NGHIA, SUBMIT, TAY_NINH, birthRegistrationInput, gateway, officerOf, submitBirthRegistration, uploadedId } from './support';

let citizen: string;
let intake: string;
let handler: string;
let approver: string;
let official: string;
let province: string;

beforeAll(async () => {
  [citizen, intake, handler, approver, official, province] = await Promise.all(['citizen', 'intake', 'handler', 'approver', 'official', 'province'].map((u) => gateway.login(u)));
});

interface Seen {
  code: string;
  status: string;
  dueAt: string | null;
  currentUnit: { code: string };
  timeliness: string | null;
  returnedAt: string | null;
  deliveryStatus: string;
  postalTrackingNumber: string | null;
  history: { action: string; actorName: string; reason: string | null; data: Record<string, unknown> | null }[];
}

const FIELDS = 'code status dueAt currentUnit { code } timeliness returnedAt deliveryStatus postalTrackingNumber history { action actorName reason data }';

async function act(mutation: string, args: string, vars: Record<string, unknown>, token: string): Promise<Seen> {
  const data = await gateway.data<Record<string, Seen>>(`mutation(${args}) { result: ${mutation} { ${FIELDS} } }`, vars, token);
  return data.result;
}

async function tryAct(mutation: string, args: string, vars: Record<string, unknown>, token: string) {
  return gateway.graphql(`mutation(${args}) { result: ${mutation} { code status } }`, vars, token);
}

const receive = (code: string, token = intake) => act('receiveDossier(code: $code)', '$code: String!', { code }, token);

describe('a dossier from submission to returned result', () => {
  it('goes through supplement, processing, a transfer to the province and back, approval, call-out and counter hand-over, all audited', async () => {
    const input = await birthRegistrationInput(citizen, { deliveryMethod: 'PICKUP' });
    const { submitDossier } = await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, citizen);
    const code = submitDossier.code;

    const asked = await act(
      'requestSupplement(code: $code, items: $items, note: $note)',
      '$code: String!, $items: [String!]!, $note: String',
      { code, items: ['Giấy chứng sinh bản rõ nét'], note: 'Bản chụp bị mờ' },
      intake,
    );
    expect(asked.status).toBe('SUPPLEMENT_REQUESTED');
    const items = await gateway.data<{ dossier: { supplementItems: string[] } }>('query($c: String!) { dossier(code: $c) { supplementItems } }', { c: code }, citizen);
    expect(items.dossier.supplementItems).toEqual(['Giấy chứng sinh bản rõ nét']);

    const answered = await act(
      'answerSupplement(code: $code, documents: $docs, note: null)',
      '$code: String!, $docs: [DocumentInput!]!',
      { code, docs: [{ requirementId: 'giay-chung-sinh', fileId: await uploadedId(citizen) }] },
      citizen,
    );
    expect(answered.status).toBe('SUBMITTED');
    const received = await receive(code);

    await act('startProcessing(code: $code, note: null)', '$code: String!', { code }, handler);
    const up = await act('transferDossier(code: $code, toUnitCode: $unit, note: "Chuyển cơ quan cấp tỉnh thẩm định")', '$code: String!, $unit: String!', { code, unit: TAY_NINH }, handler);
    expect(up.currentUnit.code).toBe(TAY_NINH);
    expect(up.dueAt).toBe(received.dueAt);
    // While the province holds it, the commune follows it and the province appraises it; birth registration is a
    // commune procedure, so neither approves it until it is back at the commune.
    const inProvinceInbox = await gateway.data<{ staffInbox: { nodes: { code: string }[] } }>(`query($s: String) { staffInbox(first: 100, search: $s) { nodes { code } } }`, { s: code }, province);
    expect(inProvinceInbox.staffInbox.nodes.map((d) => d.code)).toEqual([code]);
    const actionsOf = async (token: string) =>
      (await gateway.data<{ dossier: { availableActions: string[] } }>('query($c: String!) { dossier(code: $c) { availableActions } }', { c: code }, token)).dossier.availableActions;
    expect(await actionsOf(handler)).not.toContain('RECORD_STEP');
    expect(await actionsOf(province)).toEqual(expect.arrayContaining(['RECORD_STEP', 'TRANSFER']));
    expect(await actionsOf(province)).not.toContain('APPROVE');
    expect(errorCode(await tryAct('approveDossier(code: $code, note: null)', '$code: String!', { code }, province))).toBe('OUT_OF_JURISDICTION');
    const communeStep = await tryAct('recordStep(code: $code, note: "Xã tự duyệt")', '$code: String!', { code }, handler);
    expect(errorCode(communeStep)).toBe('OUT_OF_JURISDICTION');
    expect(errorCode(await tryAct('approveDossier(code: $code, note: null)', '$code: String!', { code }, approver))).toBe('OUT_OF_JURISDICTION');
    const appraised = await act('recordStep(code: $code, note: "Cơ quan cấp tỉnh thẩm định: đủ điều kiện")', '$code: String!', { code }, province);
    expect(appraised.history.at(-1)).toMatchObject({ action: 'RECORD_STEP', actorName: 'Đặng Thị Giang' });
    const back = await act('transferDossier(code: $code, toUnitCode: $unit, note: null)', '$code: String!, $unit: String!', { code, unit: HAU_NGHIA }, province);
    expect(back.currentUnit.code).toBe(HAU_NGHIA);
    expect(back.dueAt).toBe(received.dueAt);

    const approved = await act('approveDossier(code: $code, note: "Đồng ý")', '$code: String!', { code }, approver);
    expect(approved.status).toBe('RESULT_READY');
    expect(approved.timeliness).toMatch(/EARLY|ON_TIME|LATE/);

    await act('callForPickup(code: $code, counter: 2)', '$code: String!', { code }, intake);
    const board = await gateway.data<{ pickupBoard: { ready: { maskedName: string; codeTail: string; counter: number }[]; calls: { maskedName: string; counter: number; codeTail: string }[] } }>(
      'query($u: String!) { pickupBoard(unitCode: $u) { ready { maskedName codeTail counter } calls { maskedName counter codeTail } } }',
      { u: HAU_NGHIA },
    );
    const call = board.pickupBoard.calls.find((c) => code.endsWith(c.codeTail));
    expect(call).toMatchObject({ maskedName: 'Nguyễn V. A.', counter: 2 });
    expect(JSON.stringify(board)).not.toContain('Nguyễn Văn An');
    expect(JSON.stringify(board)).not.toContain('080090001234');

    const returned = await act('returnResult(code: $code, receivedBy: "Nguyễn Văn An")', '$code: String!', { code }, intake);
    expect(returned.status).toBe('RETURNED');
    expect(returned.deliveryStatus).toBe('DELIVERED');
    // The call is over: it leaves "Đang mời".
    const after = await gateway.data<{ pickupBoard: { calls: { codeTail: string }[] } }>('query($u: String!) { pickupBoard(unitCode: $u) { calls { codeTail } } }', { u: HAU_NGHIA });
    expect(after.pickupBoard.calls.some((c) => code.endsWith(c.codeTail))).toBe(false);
    expect(returned.history.map((h) => h.action)).toEqual([
      'SUBMIT',
      'REQUEST_SUPPLEMENT',
      'SUPPLEMENT',
      'RECEIVE',
      'START_PROCESSING',
      'TRANSFER',
      'RECORD_STEP',
      'TRANSFER',
      'APPROVE',
      'CALL_FOR_PICKUP',
      'RETURN_RESULT',
    ]);
    expect(returned.history[1]).toMatchObject({ actorName: 'Lê Thị Cúc', reason: 'Bản chụp bị mờ', data: { items: ['Giấy chứng sinh bản rõ nét'] } });
    expect(returned.history[5].data).toEqual({ from: HAU_NGHIA, to: TAY_NINH });
    expect(returned.history[10].data).toMatchObject({ receivedBy: 'Nguyễn Văn An', way: 'COUNTER' });

    const rated = await gateway.data<{ rateDossier: { rating: number } }>('mutation($c: String!) { rateDossier(code: $c, rating: 5, comment: "Tốt") { rating } }', { c: code }, citizen);
    expect(rated.rateDossier.rating).toBe(5);
    const again = await gateway.graphql('mutation($c: String!) { rateDossier(code: $c, rating: 1, comment: null) { rating } }', { c: code }, citizen);
    expect(errorCode(again)).toBe('CONFLICT');

    const notes = await gateway.data<{ notificationOutbox: { channel: string; template: string; recipient: string }[] }>(
      'query($c: String) { notificationOutbox(dossierCode: $c) { channel template recipient } }',
      { c: code },
      intake,
    );
    expect(notes.notificationOutbox.map((n) => n.template)).toEqual(expect.arrayContaining(['dossier.received', 'dossier.supplement-requested', 'dossier.result-ready', 'dossier.returned']));
    expect(notes.notificationOutbox.some((n) => n.channel === 'ZALO' && n.recipient === '0912345678')).toBe(true);
    // Another commune's counter sees none of Hậu Nghĩa's messages, asked by code or not.
    const ducHoaIntake = await officerOf(DUC_HOA, ['INTAKE']);
    const outbox = (c: string | null) =>
      gateway.data<{ notificationOutbox: { dossierCode: string }[] }>('query($c: String) { notificationOutbox(dossierCode: $c) { dossierCode } }', { c }, ducHoaIntake);
    expect((await outbox(code)).notificationOutbox).toEqual([]);
    expect((await outbox(null)).notificationOutbox.map((n) => n.dossierCode)).not.toContain(code);
  });

  it('sends the result by public post and returns it when the post reports delivery', async () => {
    const input = await birthRegistrationInput(citizen, { deliveryMethod: 'POST', deliveryAddress: 'Khu phố 2, xã Hậu Nghĩa' });
    const { submitDossier } = await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, citizen);
    const code = submitDossier.code;
    await receive(code);
    await act('startProcessing(code: $code, note: null)', '$code: String!', { code }, handler);
    const approved = await act('approveDossier(code: $code, note: null)', '$code: String!', { code }, approver);
    expect(approved.deliveryStatus).toBe('IN_TRANSIT');
    expect(approved.postalTrackingNumber).toMatch(/^EL\d{9}VN$/);
    const delivered = await gateway.data<{ reportPostalDelivery: { status: string; returnedAt: string } }>(
      'mutation($t: String!) { reportPostalDelivery(trackingNumber: $t, receivedBy: "Nguyễn Văn An") { status returnedAt } }',
      { t: approved.postalTrackingNumber },
      intake,
    );
    expect(delivered.reportPostalDelivery.status).toBe('RETURNED');
    const replay = await gateway.graphql('mutation($t: String!) { reportPostalDelivery(trackingNumber: $t, receivedBy: "X") { status } }', { t: approved.postalTrackingNumber }, intake);
    expect(errorCode(replay)).toBe('CONFLICT');
  });
});

describe('a dossier received for another unit', () => {
  it('is settled only by the unit it went to, on the clock of its receipt, and returned at the counter that received it', async () => {
    const input = await birthRegistrationInput(intake, { deliveryMethod: 'PICKUP', competentUnitCode: DUC_HOA });
    const { receiveAtCounter } = await gateway.data<{ receiveAtCounter: Seen }>(`mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { ${FIELDS} } }`, { input }, intake);
    const code = receiveAtCounter.code;
    expect(receiveAtCounter.currentUnit.code).toBe(DUC_HOA);
    // Hậu Nghĩa received it: it follows it, but neither processes nor decides on it.
    expect(errorCode(await tryAct('startProcessing(code: $code, note: null)', '$code: String!', { code }, handler))).toBe('OUT_OF_JURISDICTION');
    const [ducHoaHandler, ducHoaApprover] = await Promise.all([officerOf(DUC_HOA, ['HANDLER']), officerOf(DUC_HOA, ['APPROVER'])]);
    await act('startProcessing(code: $code, note: null)', '$code: String!', { code }, ducHoaHandler);
    expect(errorCode(await tryAct('approveDossier(code: $code, note: null)', '$code: String!', { code }, approver))).toBe('OUT_OF_JURISDICTION');
    const approved = await act('approveDossier(code: $code, note: "Đồng ý")', '$code: String!', { code }, ducHoaApprover);
    expect(approved).toMatchObject({ status: 'RESULT_READY', currentUnit: { code: DUC_HOA } });
    expect(approved.dueAt).toBe(receiveAtCounter.dueAt);

    // The citizen collects it where they handed it in: the result waits in that counter's inbox.
    const counterInbox = await gateway.data<{ staffInbox: { nodes: { code: string; status: string }[] } }>(
      'query($s: String) { staffInbox(first: 20, search: $s) { nodes { code status } } }',
      { s: code },
      intake,
    );
    expect(counterInbox.staffInbox.nodes).toEqual([{ code, status: 'RESULT_READY' }]);
    await act('callForPickup(code: $code, counter: 1)', '$code: String!', { code }, intake);
    const board = await gateway.data<{ pickupBoard: { ready: { codeTail: string }[]; calls: { codeTail: string }[] } }>(
      'query($u: String!) { pickupBoard(unitCode: $u) { ready { codeTail } calls { codeTail } } }',
      { u: HAU_NGHIA },
    );
    expect(board.pickupBoard.ready.some((r) => code.endsWith(r.codeTail))).toBe(true);
    expect(board.pickupBoard.calls.some((c) => code.endsWith(c.codeTail))).toBe(true);
    const returned = await act('returnResult(code: $code, receivedBy: "Nguyễn Văn An")', '$code: String!', { code }, intake);
    expect(returned.status).toBe('RETURNED');
    expect(returned.history.map((h) => h.action)).toEqual(['RECEIVE_AT_COUNTER', 'TRANSFER', 'START_PROCESSING', 'APPROVE', 'CALL_FOR_PICKUP', 'RETURN_RESULT']);
  });
});

describe('transfers', () => {
  it('run commune → commune of the province; never to a district, another province or the same unit', async () => {
    const { code } = await submitBirthRegistration(citizen);
    await receive(code);
    await act('startProcessing(code: $code, note: null)', '$code: String!', { code }, handler);
    const TRANSFER = 'transferDossier(code: $code, toUnitCode: $unit, note: null)';
    const tryTransfer = (unit: string) => tryAct(TRANSFER, '$code: String!, $unit: String!', { code, unit }, handler);
    for (const [unit, expected] of [
      ['802', 'VALIDATION_FAILED'],
      ['00004', 'VALIDATION_FAILED'],
      [HAU_NGHIA, 'VALIDATION_FAILED'],
      ['X9999', 'NOT_FOUND'],
    ]) {
      const refused = await tryTransfer(unit!);
      expect(errorCode(refused), unit).toBe(expected);
      const ext = refused.errors?.[0].extensions as { messageVi: string; messageEn: string; details: { fields: { field: string }[] } };
      expect(
        ext.details.fields.map((f) => f.field),
        unit,
      ).toEqual(['toUnitCode']);
      expect(ext.messageEn).toBeTruthy();
    }
    const moved = await act(TRANSFER, '$code: String!, $unit: String!', { code, unit: DUC_HOA }, handler);
    expect(moved.currentUnit.code).toBe(DUC_HOA);
    expect(moved.history.filter((h) => h.action === 'TRANSFER')).toHaveLength(1);
  });
});

describe('dossiers in flight on 1 July 2025', () => {
  const HISTORY = 'query($c: String!) { dossier(code: $c) { code status unit { code } currentUnit { code } history { action actorName data } } }';
  type Old = { code: string; status: string; unit: { code: string }; currentUnit: { code: string }; history: { action: string; actorName: string; data: Record<string, unknown> | null }[] };
  async function seeded(unit: string, applicant: string): Promise<Old> {
    const officer = await officerOf(unit, ['INTAKE']);
    const inbox = await gateway.data<{ staffInbox: { nodes: { code: string }[] } }>('query($s: String) { staffInbox(first: 10, search: $s) { nodes { code } } }', { s: applicant }, officer);
    expect(inbox.staffInbox.nodes, `${applicant} at ${unit}`).toHaveLength(1);
    return (await gateway.data<{ dossier: Old }>(HISTORY, { c: inbox.staffInbox.nodes[0]!.code }, officer)).dossier;
  }
  const successions = (d: Old) => d.history.filter((h) => h.action === 'SUCCESSION');

  it('pass to the successor with an audit entry, keeping their old code, once', async () => {
    // Received by thị trấn Hậu Nghĩa under its old agency code; xã Hậu Nghĩa took it over whole.
    const town = await seeded(HAU_NGHIA, 'Trương Văn Nghĩa');
    expect(town.code).toMatch(/^000\.21\.25\.H39-250620-\d{4}$/);
    expect(successions(town)).toEqual([{ action: 'SUCCESSION', actorName: 'Hệ thống', data: { from: HAU_NGHIA, to: HAU_NGHIA, resolution: 'FULL', fields: ['unitCode', 'currentUnitCode'] } }]);
    // Xã Đức Hòa Thượng (27967) was split between xã Đức Lập (27964) and xã Mỹ Hạnh (27976).
    const first = await seeded('27964', 'Đỗ Văn Tài');
    expect(first).toMatchObject({ status: 'IN_PROGRESS', unit: { code: '27964' }, currentUnit: { code: '27964' } });
    expect(successions(first).map((h) => h.data)).toEqual([{ from: '27967', to: '27964', resolution: 'PARTIAL_FIRST_BY_CODE', fields: ['unitCode', 'currentUnitCode'] }]);
    const named = await seeded('27976', 'Huỳnh Thị Lệ');
    expect(named).toMatchObject({ status: 'RECEIVED', currentUnit: { code: '27976' } });
    expect(successions(named).map((h) => h.data)).toEqual([{ from: '27967', to: '27976', resolution: 'PARTIAL_BY_ADDRESS', fields: ['unitCode', 'currentUnitCode'] }]);
    // The successor's officers act on it: decisions belong to the unit holding it now.
    const myHanh = await officerOf('27976', ['HANDLER']);
    const started = await gateway.data<{ startProcessing: { status: string } }>('mutation($c: String!) { startProcessing(code: $c, note: null) { status } }', { c: named.code }, myHanh);
    expect(started.startProcessing.status).toBe('IN_PROGRESS');
  });
});

describe('an electronic result', () => {
  it('is refused without its file, atomically, and returned on the first download by the applicant', async () => {
    const { code } = await submitBirthRegistration(citizen);
    await receive(code);
    await act('startProcessing(code: $code, note: null)', '$code: String!', { code }, handler);
    const missing = await tryAct('approveDossier(code: $code, note: null)', '$code: String!', { code }, approver);
    expect(errorCode(missing)).toBe('VALIDATION_FAILED');
    const still = await gateway.data<{ dossier: { status: string; history: { action: string }[] } }>('query($c: String!) { dossier(code: $c) { status history { action } } }', { c: code }, intake);
    expect(still.dossier.status).toBe('IN_PROGRESS');
    expect(still.dossier.history.map((h) => h.action)).not.toContain('APPROVE');

    const resultFile = await uploadedId(approver);
    await act('approveDossier(code: $code, resultFileIds: [$file], note: null)', '$code: String!, $file: ID!', { code, file: resultFile }, approver);
    const downloaded = await gateway.data<{ downloadResult: { status: string; documents: { role: string; file: { id: string } }[] } }>(
      'mutation($c: String!) { downloadResult(code: $c) { status documents { role file { id } } } }',
      { c: code },
      citizen,
    );
    expect(downloaded.downloadResult.status).toBe('RETURNED');
    const result = downloaded.downloadResult.documents.find((d) => d.role === 'RESULT');
    expect(result?.file.id).toBe(resultFile);
    const file = await fetch(`${gateway.baseUrl}/files/${resultFile}`, { headers: { authorization: `Bearer ${citizen}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
  });
});

describe('rules the service enforces itself', () => {
  it('refuses a transition the state does not allow and leaves the dossier as it was', async () => {
    const { code } = await submitBirthRegistration(citizen);
    const result = await tryAct('returnResult(code: $code, receivedBy: "Ai đó")', '$code: String!', { code }, intake);
    expect(errorCode(result)).toBe('INVALID_TRANSITION');
    expect(result.errors?.[0].extensions?.messageVi).toMatch(/Đã nộp/);
    const seen = await gateway.data<{ dossier: { status: string; history: unknown[] } }>('query($c: String!) { dossier(code: $c) { status history { action } } }', { c: code }, intake);
    expect(seen.dossier).toEqual({ status: 'SUBMITTED', history: [{ action: 'SUBMIT' }] });
  });

  it('lets exactly one of two officers receiving at once win; the other gets a clear error', async () => {
    const { code } = await submitBirthRegistration(citizen);
    const [a, b] = await Promise.all([tryAct('receiveDossier(code: $code)', '$code: String!', { code }, intake), tryAct('receiveDossier(code: $code)', '$code: String!', { code }, intake)]);
    const outcomes = [a, b].map((r) => (r.errors ? errorCode(r) : 'OK')).sort();
    expect(outcomes[1]).toBe('OK');
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(outcomes[0]);
    const seen = await gateway.data<{ dossier: { history: { action: string }[] } }>('query($c: String!) { dossier(code: $c) { history { action } } }', { c: code }, intake);
    expect(seen.dossier.history.filter((h) => h.action === 'RECEIVE')).toHaveLength(1);
  });

  it('keeps roles apart: a citizen cannot receive, an official cannot approve', async () => {
    const { code } = await submitBirthRegistration(citizen);
    expect(errorCode(await tryAct('receiveDossier(code: $code)', '$code: String!', { code }, citizen))).toBe('FORBIDDEN');
    expect(errorCode(await tryAct('approveDossier(code: $code, note: null)', '$code: String!', { code }, official))).toBe('FORBIDDEN');
  });

  it('keeps officers to their unit', async () => {
    const input = await birthRegistrationInput(citizen, { unitCode: DUC_HOA });
    const { submitDossier } = await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, citizen);
    expect(errorCode(await tryAct('receiveDossier(code: $code)', '$code: String!', { code: submitDossier.code }, intake))).toBe('OUT_OF_JURISDICTION');
    const inbox = await gateway.data<{ staffInbox: { nodes: { code: string }[] } }>('{ staffInbox(first: 100) { nodes { code } } }', {}, intake);
    expect(inbox.staffInbox.nodes.map((n) => n.code)).not.toContain(submitDossier.code);
  });

  it('pauses processing for a supplement asked by the handler and resumes where it was', async () => {
    const { code } = await submitBirthRegistration(citizen);
    const received = await receive(code);
    await act('startProcessing(code: $code, note: null)', '$code: String!', { code }, handler);
    const paused = await act('requestSupplement(code: $code, items: ["Tờ khai ký tên"], note: null)', '$code: String!', { code }, handler);
    expect(paused.status).toBe('SUPPLEMENT_REQUESTED');
    expect(errorCode(await tryAct('approveDossier(code: $code, note: null)', '$code: String!', { code }, approver))).toBe('INVALID_TRANSITION');
    const resumed = await act(
      'answerSupplement(code: $code, documents: $docs, note: null)',
      '$code: String!, $docs: [DocumentInput!]!',
      { code, docs: [{ requirementId: 'to-khai', fileId: await uploadedId(citizen) }] },
      citizen,
    );
    expect(resumed.status).toBe('IN_PROGRESS');
    // Asked and answered within the same working day: no working day was paused, so the date stands.
    expect(resumed.dueAt).toBe(received.dueAt);
  });
});

describe('demo data', () => {
  it('has a dossier in every state a dossier can be in on the server (drafts live in the browser)', async () => {
    const states = ['SUBMITTED', 'RECEIVED', 'SUPPLEMENT_REQUESTED', 'REFUSED', 'WAITING_FOR_FEE', 'IN_PROGRESS', 'RESULT_READY', 'RETURNED', 'WITHDRAWN', 'STOPPED'];
    const query = `{ ${states.map((s) => `${s}: staffInbox(first: 1, statuses: [${s}]) { totalCount }`).join(' ')} }`;
    const counts = await gateway.data<Record<string, { totalCount: number }>>(query, {}, intake);
    expect(states.filter((s) => counts[s].totalCount === 0)).toEqual([]);
    const atProvince = await gateway.data<{ staffInbox: { totalCount: number } }>('{ staffInbox(first: 1) { totalCount } }', {}, province);
    expect(atProvince.staffInbox.totalCount).toBeGreaterThan(0);
  });
});

describe('assigning a handler', () => {
  it("lets the counter give a received dossier to one of its unit's handlers, audited, and refuses anyone else", async () => {
    const { code } = await submitBirthRegistration(citizen);
    const ASSIGN = 'mutation($c: String!, $h: String!) { assignHandler(code: $c, handlerSubject: $h, note: "Giao anh Dũng") { status handlerName history { action actorName reason data } } }';
    // Not received yet: nothing to hand out.
    expect(errorCode(await gateway.graphql(ASSIGN, { c: code, h: 'demo-handler' }, intake))).toBe('INVALID_TRANSITION');
    await receive(code);

    const { unitHandlers } = await gateway.data<{ unitHandlers: { subject: string; fullName: string }[] }>('{ unitHandlers { subject fullName } }', {}, intake);
    expect(unitHandlers).toContainEqual({ subject: 'demo-handler', fullName: 'Phạm Văn Dũng' });
    expect(unitHandlers.map((h) => h.subject)).not.toContain('demo-province');

    const assigned = await gateway.data<{ assignHandler: { status: string; handlerName: string; history: { action: string; actorName: string; reason: string; data: Record<string, unknown> }[] } }>(
      ASSIGN,
      { c: code, h: 'demo-handler' },
      intake,
    );
    expect(assigned.assignHandler).toMatchObject({ status: 'RECEIVED', handlerName: 'Phạm Văn Dũng' });
    expect(assigned.assignHandler.history.at(-1)).toEqual({ action: 'ASSIGN', actorName: 'Lê Thị Cúc', reason: 'Giao anh Dũng', data: { handler: 'Phạm Văn Dũng' } });

    // A handler of another unit, or someone unknown, cannot be given the dossier.
    for (const h of ['demo-province', 'nobody']) {
      const refused = await gateway.graphql(ASSIGN, { c: code, h }, intake);
      expect(errorCode(refused), h).toBe('VALIDATION_FAILED');
    }
    // The citizen does not see who handles it.
    const seen = await gateway.data<{ dossier: { handlerName: string | null } }>('query($c: String!) { dossier(code: $c) { handlerName } }', { c: code }, citizen);
    expect(seen.dossier.handlerName).toBeNull();
  });
});
