import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { dossierView, gateway, ipn, payInSandbox, startPayment, submitMaritalStatus, until, vnpaySignature } from './support';

let citizen: string;
let intake: string;
let admin: string;

beforeAll(async () => {
  [citizen, intake, admin] = await Promise.all(['citizen', 'intake', 'admin'].map((u) => gateway.login(u)));
});

interface Report {
  checked: number;
  succeeded: number;
  failed: number;
  expired: number;
  unchanged: number;
  errors: number;
}

const reconcileNow = async () =>
  (await gateway.data<{ reconcilePayments: Report }>('mutation { reconcilePayments(olderThanMinutes: 0) { checked succeeded failed expired unchanged errors } }', {}, admin)).reconcilePayments;

const paymentOf = async (id: string) =>
  (
    await gateway.data<{ payment: { status: string; receiptNumber: string | null; settledBy: string | null; providerTransactionNo: string | null } }>(
      'query($id: ID!) { payment(id: $id) { status receiptNumber settledBy providerTransactionNo } }',
      { id },
      citizen,
    )
  ).payment;

describe('reconciliation', () => {
  it('settles a payment the sandbox knows was paid but whose IPN never came, and leaves one never started alone', async () => {
    const paidCode = await submitMaritalStatus(citizen);
    const paid = await startPayment(paidCode, citizen);
    const { params } = await payInSandbox(paid.redirectUrl, 'pay', { skipIpn: true });
    expect((await paymentOf(paid.paymentId)).status).toBe('PENDING');

    const idleCode = await submitMaritalStatus(citizen);
    const idle = await startPayment(idleCode, citizen);

    const failedCode = await submitMaritalStatus(citizen);
    const failed = await startPayment(failedCode, citizen);
    const failure = await payInSandbox(failed.redirectUrl, 'fail', { skipIpn: true });

    const denied = await gateway.graphql('mutation { reconcilePayments(olderThanMinutes: 0) { checked } }', {}, intake);
    expect(errorCode(denied)).toBe('FORBIDDEN');

    const report = await reconcileNow();
    expect(report.checked).toBeGreaterThanOrEqual(3);
    expect(report.succeeded).toBeGreaterThanOrEqual(1);
    expect(report.failed).toBeGreaterThanOrEqual(1);
    expect(report.errors).toBe(0);

    expect(await paymentOf(paid.paymentId)).toMatchObject({
      status: 'SUCCEEDED',
      settledBy: 'RECONCILIATION',
      providerTransactionNo: params.vnp_TransactionNo,
      receiptNumber: expect.stringMatching(/^BL-27931-/),
    });
    // Not seen by the gateway and not expired yet: left pending.
    expect((await paymentOf(idle.paymentId)).status).toBe('PENDING');
    expect((await paymentOf(failed.paymentId)).status).toBe('FAILED');

    const dossier = await until(
      () => dossierView(paidCode, citizen),
      (d) => d.feeStatus === 'PAID',
    );
    expect(dossier.history.filter((h) => h.action === 'FEE_PAID')).toHaveLength(1);

    // The IPN arriving late changes nothing.
    expect(await ipn(params)).toMatchObject({ RspCode: '02' });

    // A success reported for the order we closed as failed is a mismatch for staff.
    const { vnp_SecureHash: _h, ...unsigned } = failure.params;
    const late = { ...unsigned, vnp_ResponseCode: '00', vnp_TransactionStatus: '00' };
    expect(await ipn({ ...late, vnp_SecureHash: vnpaySignature(late) })).toMatchObject({ RspCode: '02' });
    const listed = await gateway.data<{ paymentMismatches: { id: string; kind: string; paymentId: string; ourStatus: string; detail: string }[] }>(
      '{ paymentMismatches { id kind paymentId ourStatus detail } }',
      {},
      intake,
    );
    const entry = listed.paymentMismatches.find((m) => m.paymentId === failed.paymentId);
    expect(entry).toMatchObject({ kind: 'LATE_SUCCESS', ourStatus: 'FAILED' });

    const resolved = await gateway.data<{ resolvePaymentMismatch: { resolvedAt: string; resolvedByName: string } }>(
      'mutation($id: ID!) { resolvePaymentMismatch(id: $id, resolution: "Đã đề nghị VNPay hoàn tiền cho công dân") { resolvedAt resolvedByName } }',
      { id: entry!.id },
      intake,
    );
    expect(resolved.resolvePaymentMismatch.resolvedByName).toBe('Lê Thị Cúc');
  });
});
