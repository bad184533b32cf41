import { beforeAll, describe, expect, it } from 'vitest';
import { dossierView, gateway, ipn, paramsOf, payInSandbox, startPayment, submitMaritalStatus, until, vnpaySignature } from './support';

let citizen: string;
let intake: string;

beforeAll(async () => {
  [citizen, intake] = await Promise.all(['citizen', 'intake'].map((u) => gateway.login(u)));
});

function resign(params: Record<string, string>, changes: Record<string, string>): Record<string, string> {
  const { vnp_SecureHash: _old, ...rest } = { ...params, ...changes };
  return { ...rest, vnp_SecureHash: vnpaySignature(rest) };
}

async function mismatches(): Promise<{ kind: string; txnRef: string; ourAmount: number; providerAmount: number | null }[]> {
  const data = await gateway.data<{ paymentMismatches: { kind: string; txnRef: string; ourAmount: number; providerAmount: number | null }[] }>(
    '{ paymentMismatches { kind txnRef ourAmount providerAmount } }',
    {},
    intake,
  );
  return data.paymentMismatches;
}

describe('the IPN, the only source of truth', () => {
  it('is idempotent: a replay of a confirmed payment answers 02 and changes nothing', async () => {
    const code = await submitMaritalStatus(citizen);
    const started = await startPayment(code, citizen);
    const { params } = await payInSandbox(started.redirectUrl, 'pay');
    const paid = await until(
      () => dossierView(code, citizen),
      (d) => d.feeStatus === 'PAID',
    );
    const receipt = paid.payments[0].receiptNumber;
    expect(paid.payments[0].status).toBe('SUCCEEDED');

    for (let i = 0; i < 3; i++) expect(await ipn(params)).toEqual({ RspCode: '02', Message: 'Order already confirmed' });
    // A replay saying the payment failed changes nothing either.
    expect(await ipn(resign(params, { vnp_ResponseCode: '51', vnp_TransactionStatus: '02' }))).toMatchObject({ RspCode: '02' });

    await new Promise((r) => setTimeout(r, 1500));
    const after = await dossierView(code, citizen);
    expect(after.payments).toEqual([{ ...paid.payments[0], receiptNumber: receipt }]);
    expect(after.history.filter((h) => h.action === 'FEE_PAID')).toHaveLength(1);
  });

  it('refuses a forged signature (97), a tampered amount (04) and an unknown order (01); then takes the genuine one', async () => {
    const code = await submitMaritalStatus(citizen);
    const started = await startPayment(code, citizen);
    const txnRef = paramsOf(started.redirectUrl).vnp_TxnRef;
    // What the sandbox would send for a success, built here by hand (the test knows the development secret).
    const genuine = resign(
      {},
      {
        vnp_Amount: '250000',
        vnp_BankCode: 'NCB',
        vnp_BankTranNo: 'VNP1',
        vnp_CardType: 'ATM',
        vnp_OrderInfo: `Nop phi, le phi ho so ${code}`,
        vnp_PayDate: '20260101090000',
        vnp_ResponseCode: '00',
        vnp_TmnCode: 'DEVSANDBOX',
        vnp_TransactionNo: '99000001',
        vnp_TransactionStatus: '00',
        vnp_TxnRef: txnRef,
      },
    );

    expect(await ipn({ ...genuine, vnp_SecureHash: vnpaySignature(genuine, 'not-the-secret') })).toEqual({ RspCode: '97', Message: 'Invalid signature' });
    expect(await ipn({ ...genuine, vnp_Amount: '100' })).toMatchObject({ RspCode: '97' });
    expect(await ipn(resign(genuine, { vnp_Amount: '100' }))).toEqual({ RspCode: '04', Message: 'Invalid amount' });
    expect(await ipn(resign(genuine, { vnp_TxnRef: 'MC000000999999' }))).toEqual({ RspCode: '01', Message: 'Order not found' });

    const pending = await dossierView(code, citizen);
    expect(pending.payments.map((p) => p.status)).toEqual(['PENDING']);
    expect(pending.feeStatus).toBe('DUE');
    expect(await mismatches()).toContainEqual(expect.objectContaining({ kind: 'AMOUNT', txnRef, ourAmount: 2500, providerAmount: 1 }));

    expect(await ipn(genuine)).toEqual({ RspCode: '00', Message: 'Confirm Success' });
    const paid = await until(
      () => dossierView(code, citizen),
      (d) => d.feeStatus === 'PAID',
    );
    expect(paid.payments).toEqual([expect.objectContaining({ status: 'SUCCEEDED', amount: 2500, receiptNumber: expect.stringMatching(/^BL-27931-/) })]);
  });

  it('records a cancel and a failure from the sandbox; the dossier still owes its fee', async () => {
    const code = await submitMaritalStatus(citizen);
    const first = await startPayment(code, citizen);
    const cancelled = await payInSandbox(first.redirectUrl, 'cancel');
    expect(cancelled.params).toMatchObject({ vnp_ResponseCode: '24', vnp_TransactionNo: '0' });
    expect(cancelled.params.vnp_SecureHash).toBe(vnpaySignature(cancelled.params));

    const second = await startPayment(code, citizen);
    expect(second.paymentId).not.toBe(first.paymentId);
    const failed = await payInSandbox(second.redirectUrl, 'fail');
    expect(failed.params).toMatchObject({ vnp_ResponseCode: '51', vnp_TransactionStatus: '02' });

    const view = await dossierView(code, citizen);
    expect(view.payments.map((p) => [p.status, p.receiptNumber])).toEqual([
      ['CANCELLED', null],
      ['FAILED', null],
    ]);
    expect(view.feeStatus).toBe('DUE');
    // The sandbox page refuses a second visit of a finished order.
    expect((await fetch(second.redirectUrl)).status).toBe(409);
  });

  it('sandbox page refuses a URL whose signature does not match', async () => {
    const code = await submitMaritalStatus(citizen);
    const { redirectUrl } = await startPayment(code, citizen);
    const tampered = redirectUrl.replace('vnp_Amount=250000', 'vnp_Amount=100');
    const res = await fetch(tampered);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Sai chữ ký');
  });
});
