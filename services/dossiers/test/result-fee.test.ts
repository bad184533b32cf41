import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { gateway, inputFor } from './support';

/** Chứng thực chữ ký: 10,000 đ, paid any time before the result (not before processing). */
const SIGNATURE_CERTIFICATION = '2.000884';

let intake: string;
let handler: string;
let approver: string;

beforeAll(async () => {
  [intake, handler, approver] = await Promise.all(['intake', 'handler', 'approver'].map((u) => gateway.login(u)));
});

const RETURN = 'mutation($c: String!) { returnResult(code: $c, receivedBy: "Nguyễn Văn An") { status feeStatus } }';

/** A dossier with its result ready at the counter and its fee still due. */
async function readyWithFeeDue(): Promise<string> {
  // Not offered online: taken at the counter, with the papers scanned by the officer.
  const input = await inputFor(intake, SIGNATURE_CERTIFICATION, { deliveryMethod: 'PICKUP' });
  const { receiveAtCounter } = await gateway.data<{ receiveAtCounter: { code: string } }>('mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { code } }', { input }, intake);
  const code = receiveAtCounter.code;
  await gateway.data('mutation($c: String!) { startProcessing(code: $c, note: null) { code } }', { c: code }, handler);
  const approved = await gateway.data<{ approveDossier: { status: string; feeStatus: string } }>(
    'mutation($c: String!) { approveDossier(code: $c, note: null) { status feeStatus } }',
    { c: code },
    approver,
  );
  expect(approved.approveDossier).toEqual({ status: 'RESULT_READY', feeStatus: 'DUE' });
  return code;
}

describe('handing a result over settles its fee first', () => {
  it('refuses the hand-over while the fee is due, in a sentence, and accepts it once cash is taken', async () => {
    const code = await readyWithFeeDue();
    const refused = await gateway.graphql(RETURN, { c: code }, intake);
    expect(errorCode(refused)).toBe('INVALID_TRANSITION');
    const error = refused.errors![0] as { message: string; extensions: { details: { reason: string } } };
    expect(error.extensions.details.reason).toBe('FEE_DUE');
    expect(error.message).toMatch(/^Hồ sơ còn phí, lệ phí chưa nộp/);

    const cash = await gateway.data<{ recordCashPayment: { amount: number; receiptNumber: string } }>(
      'mutation($c: String!) { recordCashPayment(dossierCode: $c) { amount receiptNumber } }',
      { c: code },
      intake,
    );
    expect(cash.recordCashPayment.amount).toBe(10_000);
    // The payment reaches the dossier through the outbox: the counter's dialog retries the same way.
    let returned: { returnResult: { status: string; feeStatus: string } } | undefined;
    for (let attempt = 0; attempt < 40 && !returned; attempt++) {
      const result = await gateway.graphql(RETURN, { c: code }, intake);
      if (!result.errors) returned = result.data as typeof returned;
      else await new Promise((r) => setTimeout(r, 250));
    }
    expect(returned?.returnResult).toEqual({ status: 'RETURNED', feeStatus: 'PAID' });
  });

  it('hands over a result whose fee was waived with a recorded reason, and the fee is no longer asked', async () => {
    const code = await readyWithFeeDue();
    const noReason = await gateway.graphql('mutation($c: String!) { waiveFee(code: $c, reason: " ") { code } }', { c: code }, intake);
    expect(errorCode(noReason)).toBe('VALIDATION_FAILED');
    const waived = await gateway.data<{ waiveFee: { feeStatus: string; feeWaiverReason: string; history: { action: string; reason: string | null }[] } }>(
      'mutation($c: String!) { waiveFee(code: $c, reason: "Hộ nghèo, miễn lệ phí theo quy định") { feeStatus feeWaiverReason history { action reason } } }',
      { c: code },
      intake,
    );
    expect(waived.waiveFee).toMatchObject({ feeStatus: 'NONE', feeWaiverReason: 'Hộ nghèo, miễn lệ phí theo quy định' });
    expect(waived.waiveFee.history.at(-1)).toEqual({ action: 'WAIVE_FEE', reason: 'Hộ nghèo, miễn lệ phí theo quy định' });
    const quote = await gateway.data<{ paymentQuote: { payable: boolean } }>('query($c: String!) { paymentQuote(dossierCode: $c) { payable } }', { c: code }, intake);
    expect(quote.paymentQuote.payable).toBe(false);
    const returned = await gateway.data<{ returnResult: { status: string } }>(RETURN, { c: code }, intake);
    expect(returned.returnResult.status).toBe('RETURNED');
  });
});
