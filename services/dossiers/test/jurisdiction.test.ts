import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { DUC_HOA, SUBMIT, birthRegistrationInput, gateway, officerOf } from './support';

// Issue 12: an officer acts on and reads only the units they belong to, and the audit trail names them.
let citizen: string;
let intake: string;
let handler: string;
let approver: string;
let ducHoaIntake: string;

beforeAll(async () => {
  [citizen, intake, handler, approver] = await Promise.all(['citizen', 'intake', 'handler', 'approver'].map((u) => gateway.login(u)));
  ducHoaIntake = await officerOf(DUC_HOA, ['INTAKE']);
});

const act = async (mutation: string, code: string, token: string) =>
  gateway.data<{ r: { postalTrackingNumber: string | null } }>(`mutation($code: String!) { r: ${mutation} { postalTrackingNumber } }`, { code }, token);

describe('reportPostalDelivery', () => {
  it("refuses another commune's counter, and names the officer who entered the delivery", async () => {
    const input = await birthRegistrationInput(citizen, { deliveryMethod: 'POST', deliveryAddress: 'Khu phố 2, xã Hậu Nghĩa' });
    const { submitDossier } = await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, citizen);
    const code = submitDossier.code;
    await act('receiveDossier(code: $code)', code, intake);
    await act('startProcessing(code: $code, note: null)', code, handler);
    const tracking = (await act('approveDossier(code: $code, note: null)', code, approver)).r.postalTrackingNumber;
    const report = 'mutation($t: String!) { reportPostalDelivery(trackingNumber: $t, receivedBy: "Nguyễn Văn An") { status history { action actorName } } }';

    const tracked = 'query($c: String!) { dossier(code: $c) { postalTrackingNumber } }';
    expect((await gateway.data<{ dossier: { postalTrackingNumber: string | null } }>(tracked, { c: code })).dossier.postalTrackingNumber).toBeNull();
    expect((await gateway.data<{ dossier: { postalTrackingNumber: string | null } }>(tracked, { c: code }, citizen)).dossier.postalTrackingNumber).toBe(tracking);
    expect(errorCode(await gateway.graphql(report, { t: tracking }, ducHoaIntake))).toBe('OUT_OF_JURISDICTION');
    const seen = await gateway.data<{ dossier: { status: string } }>('query($c: String!) { dossier(code: $c) { status } }', { c: code }, intake);
    expect(seen.dossier.status).toBe('RESULT_READY');

    const done = await gateway.data<{ reportPostalDelivery: { status: string; history: { action: string; actorName: string }[] } }>(report, { t: tracking }, intake);
    expect(done.reportPostalDelivery.status).toBe('RETURNED');
    expect(done.reportPostalDelivery.history.at(-1)).toEqual({ action: 'RETURN_RESULT', actorName: 'Lê Thị Cúc' });
  });
});

describe("another unit's officers", () => {
  it('are refused, not answered with the caller’s own unit', async () => {
    expect(errorCode(await gateway.graphql('query($u: String) { unitHandlers(unitCode: $u) { subject } }', { u: DUC_HOA }, intake))).toBe('OUT_OF_JURISDICTION');
    const own = await gateway.data<{ unitHandlers: { subject: string }[] }>('query { unitHandlers { subject } }', {}, intake);
    expect(own.unitHandlers.length).toBeGreaterThan(0);

    // Đức Hòa's handler opens their inbox (which records them as an officer of Đức Hòa).
    const inbox = 'query($h: String) { staffInbox(handlerSubject: $h) { totalCount } }';
    await gateway.data(inbox, { h: null }, await officerOf(DUC_HOA, ['HANDLER']));
    expect(errorCode(await gateway.graphql(inbox, { h: `handler-${DUC_HOA}` }, intake))).toBe('OUT_OF_JURISDICTION');
    expect((await gateway.data<{ staffInbox: { totalCount: number } }>(inbox, { h: own.unitHandlers[0].subject }, intake)).staffInbox.totalCount).toBeGreaterThanOrEqual(0);
  });
});
