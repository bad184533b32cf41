import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { dossierView, gateway, paramsOf, payInSandbox, startPayment, submitMaritalStatus, until, vnpaySignature } from './support';

let citizen: string;
let intake: string;

beforeAll(async () => {
  [citizen, intake] = await Promise.all(['citizen', 'intake'].map((u) => gateway.login(u)));
});

describe('paying a fee online through the VNPay sandbox', () => {
  it('signs the URL, pays in the sandbox, takes the IPN as the truth and releases a dossier waiting for its fee', async () => {
    const code = await submitMaritalStatus(citizen);
    const received = await gateway.data<{ receiveDossier: { status: string } }>('mutation($c: String!) { receiveDossier(code: $c) { status } }', { c: code }, intake);
    expect(received.receiveDossier.status).toBe('WAITING_FOR_FEE');

    const quote = await gateway.data<{ paymentQuote: { totalVnd: number; payable: boolean; items: { name: string; amountVnd: number }[] } }>(
      'query($c: String!) { paymentQuote(dossierCode: $c) { totalVnd payable items { name amountVnd } } }',
      { c: code },
      citizen,
    );
    expect(quote.paymentQuote).toMatchObject({ totalVnd: 2500, payable: true });
    expect(quote.paymentQuote.items).toEqual([{ name: 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', amountVnd: 2500 }]);

    const started = await startPayment(code, citizen);
    expect(started.amount).toBe(2500);
    const pay = paramsOf(started.redirectUrl);
    expect(started.redirectUrl.startsWith(`${gateway.baseUrl}/payments/sandbox/paymentv2/vpcpay.html?`)).toBe(true);
    expect(pay).toMatchObject({ vnp_Version: '2.1.0', vnp_Command: 'pay', vnp_TmnCode: 'DEVSANDBOX', vnp_Amount: '250000', vnp_CurrCode: 'VND', vnp_Locale: 'vn' });
    expect(pay.vnp_ReturnUrl).toBe(`${gateway.baseUrl}/payments/vnpay/return`);
    expect(pay.vnp_CreateDate).toMatch(/^\d{14}$/);
    expect(pay.vnp_SecureHash).toBe(vnpaySignature(pay));

    // Asking again while it is pending offers the same order, not a second one.
    expect((await startPayment(code, citizen)).paymentId).toBe(started.paymentId);

    const { returnUrl, params } = await payInSandbox(started.redirectUrl, 'pay');
    expect(returnUrl.startsWith(`${gateway.baseUrl}/payments/vnpay/return?`)).toBe(true);
    expect(params).toMatchObject({ vnp_TxnRef: pay.vnp_TxnRef, vnp_Amount: '250000', vnp_ResponseCode: '00', vnp_TransactionStatus: '00' });
    expect(params.vnp_SecureHash).toBe(vnpaySignature(params));

    // The return URL only sends the browser to the portal's result page.
    const back = await fetch(returnUrl, { redirect: 'manual' });
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe(`${inject('frontendUrl')}/thanh-toan/ket-qua?paymentId=${started.paymentId}`);

    // The sandbox called the IPN before redirecting: the payment is already settled, with a receipt number.
    const paid = await dossierView(code, citizen);
    expect(paid.payments).toEqual([{ id: started.paymentId, status: 'SUCCEEDED', amount: 2500, receiptNumber: expect.stringMatching(/^BL-27931-\d{4}-\d{6}$/), method: 'ONLINE' }]);
    // Its e-receipt is a PDF too, saying how it was paid.
    const receipt = await fetch(`${gateway.baseUrl}/payments/receipts/${started.paymentId}.pdf`, { headers: { authorization: `Bearer ${citizen}` } });
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get('content-type')).toBe('application/pdf');
    expect(pdfText(Buffer.from(await receipt.arrayBuffer()))).toContain('Trực tuyến qua VNPay');

    // The dossier hears of it through the outbox: paid, and back from WAITING_FOR_FEE.
    const after = await until(
      () => dossierView(code, citizen),
      (d) => d.feeStatus === 'PAID',
    );
    expect(after.feeStatus).toBe('PAID');
    expect(after.status).toBe('RECEIVED');
    expect(after.history.filter((h) => h.action === 'FEE_PAID')).toHaveLength(1);
    // Paid, it is received again: the citizen is told so, with the day its result is due, as after any receipt.
    const outbox = await until(
      async () =>
        (
          await gateway.data<{ notificationOutbox: { template: string; body: string }[] }>(
            'query($c: String) { notificationOutbox(dossierCode: $c, first: 20) { template body } }',
            { c: code },
            intake,
          )
        ).notificationOutbox,
      (notes) => notes.some((n) => n.template === 'dossier.received'),
    );
    expect(outbox.map((n) => n.template)).toEqual(expect.arrayContaining(['dossier.fee-due', 'dossier.received']));
    expect(outbox.find((n) => n.template === 'dossier.received')?.body).toMatch(/hẹn trả kết quả ngày \d{2}\/\d{2}\/\d{4}/);

    // Paying twice is refused.
    const again = await gateway.graphql('mutation($c: String!) { startPayment(dossierCode: $c) { paymentId } }', { c: code }, citizen);
    expect(errorCode(again)).toBe('CONFLICT');
  });
});

describe("the payer's address", () => {
  it('goes to VNPay as vnp_IpAddr: the browser behind the trusted proxy, not the server', async () => {
    const code = await submitMaritalStatus(citizen);
    const START = 'mutation($c: String!) { startPayment(dossierCode: $c) { redirectUrl } }';
    const viaProxy = await gateway.graphql<{ startPayment: { redirectUrl: string } }>(START, { c: code }, citizen, { 'x-forwarded-for': '113.161.5.20' });
    expect(paramsOf(viaProxy.data!.startPayment.redirectUrl).vnp_IpAddr).toBe('113.161.5.20');
    // A forged X-Client-IP sent to the gateway is not what reaches the subgraph.
    const forged = await gateway.graphql<{ startPayment: { redirectUrl: string } }>(START, { c: code }, citizen, { 'x-client-ip': '8.8.8.8' });
    expect(paramsOf(forged.data!.startPayment.redirectUrl).vnp_IpAddr).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
});

/** A PDF's text, by poppler's pdftotext reading standard input. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ');
}
