import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { dossierView, gateway, payInSandbox, startPayment, submitMaritalStatus, until } from './support';

let citizen: string;
let intake: string;
let handler: string;
let admin: string;

beforeAll(async () => {
  [citizen, intake, handler, admin] = await Promise.all(['citizen', 'intake', 'handler', 'admin'].map((u) => gateway.login(u)));
});

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

const refuse = (code: string) => gateway.data('mutation($c: String!) { refuseDossier(code: $c, reason: "Hồ sơ không thuộc thẩm quyền giải quyết") { status } }', { c: code }, intake);

interface CashPayment {
  id: string;
  status: string;
  amount: number;
  method: string;
  receiptNumber: string;
  collectedByName: string;
  payerName: string | null;
  items: { name: string; quantity: number; amountVnd: number }[];
  receiptPath: string;
}

describe('refunds', () => {
  it('refunds an online payment through the gateway when the dossier is refused after payment', async () => {
    const code = await submitMaritalStatus(citizen);
    const started = await startPayment(code, citizen);
    await payInSandbox(started.redirectUrl, 'pay');
    await until(
      () => dossierView(code, citizen),
      (d) => d.feeStatus === 'PAID',
    );

    await refuse(code);
    const refunded = await until(
      () => dossierView(code, citizen),
      (d) => d.feeStatus === 'REFUNDED',
    );
    expect(refunded.status).toBe('REFUSED');
    expect(refunded.feeStatus).toBe('REFUNDED');
    expect(refunded.payments).toEqual([expect.objectContaining({ id: started.paymentId, status: 'REFUNDED', amount: 2500 })]);
    expect(refunded.history.filter((h) => h.action === 'FEE_REFUNDED')).toHaveLength(1);
    const payment = await gateway.data<{ payment: { refundAmount: number; refundReason: string; refundedAt: string } }>(
      'query($id: ID!) { payment(id: $id) { refundAmount refundReason refundedAt } }',
      { id: started.paymentId },
      citizen,
    );
    expect(payment.payment).toMatchObject({ refundAmount: 2500, refundReason: 'Hồ sơ bị từ chối giải quyết' });
  });
});

describe('cash at the counter', () => {
  it('takes cash with a receipt number, prints the receipt, lists it in the day and the cash book, and pays it back after a refusal', async () => {
    const code = await submitMaritalStatus(citizen);
    const denied = await gateway.graphql('mutation($c: String!) { recordCashPayment(dossierCode: $c) { id } }', { c: code }, handler);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const byCitizen = await gateway.graphql('mutation($c: String!) { recordCashPayment(dossierCode: $c) { id } }', { c: code }, citizen);
    expect(errorCode(byCitizen)).toBe('FORBIDDEN');

    const fields = 'id status amount method receiptNumber collectedByName payerName items { name quantity amountVnd } receiptPath';
    const { recordCashPayment: cash } = await gateway.data<{ recordCashPayment: CashPayment }>(`mutation($c: String!) { recordCashPayment(dossierCode: $c) { ${fields} } }`, { c: code }, intake);
    // An online submission keeps its online price at the counter: 2.500 đ.
    expect(cash).toMatchObject({ status: 'SUCCEEDED', amount: 2500, method: 'CASH', collectedByName: 'Lê Thị Cúc', payerName: 'Nguyễn Văn An' });
    expect(cash.receiptNumber).toMatch(/^BL-27931-\d{4}-\d{6}$/);
    expect(cash.items).toEqual([{ name: 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', quantity: 1, amountVnd: 2500 }]);

    const twice = await gateway.graphql('mutation($c: String!) { recordCashPayment(dossierCode: $c) { id } }', { c: code }, intake);
    expect(errorCode(twice)).toBe('CONFLICT');
    const online = await gateway.graphql('mutation($c: String!) { startPayment(dossierCode: $c) { paymentId } }', { c: code }, citizen);
    expect(errorCode(online)).toBe('CONFLICT');
    await until(
      () => dossierView(code, citizen),
      (d) => d.feeStatus === 'PAID',
    );

    // The e-receipt: a PDF the collecting body signed, with what Decree 123/2020 asks of a receipt.
    expect(cash.receiptPath).toBe(`/payments/receipts/${cash.id}.pdf`);
    const receipt = await fetch(`${gateway.baseUrl}${cash.receiptPath}`, { headers: { authorization: `Bearer ${citizen}` } });
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get('content-type')).toBe('application/pdf');
    expect(receipt.headers.get('content-disposition')).toBe(`inline; filename="bien-lai-${cash.receiptNumber}.pdf"`);
    const pdf = Buffer.from(await receipt.arrayBuffer());
    const text = poppler('pdftotext', pdf);
    const [series, number] = [cash.receiptNumber.slice(0, -7), cash.receiptNumber.slice(-6)];
    for (const field of [
      'BIÊN LAI THU PHÍ, LỆ PHÍ',
      'Mẫu số:',
      `Ký hiệu: ${series}`,
      `Số: ${number}`,
      'ỦY BAN NHÂN DÂN XÃ HẬU NGHĨA',
      'Mã số thuế:',
      'Nguyễn Văn An',
      'Hai nghìn năm trăm đồng',
      'Lê Thị Cúc',
    ]) {
      expect(text).toContain(field);
    }
    expect(poppler('pdfsig', pdf)).toMatch(/Signature is Valid/);
    // Issued once: asked again (by the unit's officer), the same signed file.
    const again = Buffer.from(await (await fetch(`${gateway.baseUrl}${cash.receiptPath}`, { headers: { authorization: `Bearer ${intake}` } })).arrayBuffer());
    expect(again.equals(pdf)).toBe(true);
    expect((await fetch(`${gateway.baseUrl}${cash.receiptPath}`)).status).toBe(401);
    expect((await fetch(`${gateway.baseUrl}/payments/receipts/${cash.id}`, { headers: { authorization: `Bearer ${citizen}` } })).status).toBe(404);

    const day = await gateway.data<{ unitPayments: { date: string; unitCode: string; cashVnd: number; succeededVnd: number; payments: { id: string }[] } }>(
      'query($d: String!) { unitPayments(date: $d) { date unitCode cashVnd succeededVnd payments { id } } }',
      { d: today() },
      intake,
    );
    expect(day.unitPayments).toMatchObject({ date: today(), unitCode: '27931' });
    expect(day.unitPayments.payments.map((p) => p.id)).toContain(cash.id);
    expect(day.unitPayments.cashVnd).toBeGreaterThanOrEqual(2500);
    expect(day.unitPayments.succeededVnd).toBeGreaterThanOrEqual(day.unitPayments.cashVnd);

    await refuse(code);
    const due = await until(
      async () => (await gateway.data<{ paymentMismatches: { kind: string; paymentId: string }[] }>('{ paymentMismatches { kind paymentId } }', {}, intake)).paymentMismatches,
      (list) => list.some((m) => m.paymentId === cash.id),
    );
    expect(due).toContainEqual({ kind: 'CASH_REFUND_DUE', paymentId: cash.id });

    const back = await gateway.data<{ refundCashPayment: { status: string; refundAmount: number; refundedByName: string } }>(
      'mutation($id: ID!) { refundCashPayment(paymentId: $id, reason: "Hồ sơ bị từ chối, trả lại lệ phí") { status refundAmount refundedByName } }',
      { id: cash.id },
      intake,
    );
    expect(back.refundCashPayment).toEqual({ status: 'REFUNDED', refundAmount: 2500, refundedByName: 'Lê Thị Cúc' });
    const open = await gateway.data<{ paymentMismatches: { paymentId: string }[] }>('{ paymentMismatches { paymentId } }', {}, intake);
    expect(open.paymentMismatches.map((m) => m.paymentId)).not.toContain(cash.id);
    await until(
      () => dossierView(code, citizen),
      (d) => d.feeStatus === 'REFUNDED',
    );

    const book = await gateway.data<{
      cashBook: { totalInVnd: number; totalOutVnd: number; balanceVnd: number; entries: { kind: string; paymentId: string; amountInVnd: number; amountOutVnd: number }[]; days: { date: string }[] };
    }>(
      'query($f: String!, $t: String!) { cashBook(from: $f, to: $t) { totalInVnd totalOutVnd balanceVnd entries { kind paymentId amountInVnd amountOutVnd } days { date } } }',
      { f: today(), t: today() },
      intake,
    );
    const mine = book.cashBook.entries.filter((e) => e.paymentId === cash.id);
    expect(mine).toEqual([
      { kind: 'IN', paymentId: cash.id, amountInVnd: 2500, amountOutVnd: 0 },
      { kind: 'OUT', paymentId: cash.id, amountInVnd: 0, amountOutVnd: 2500 },
    ]);
    expect(book.cashBook.balanceVnd).toBe(book.cashBook.totalInVnd - book.cashBook.totalOutVnd);
    expect(book.cashBook.days.map((d) => d.date)).toEqual([today()]);
  });

  it('keeps officers to their unit and checks the dates', async () => {
    const other = await gateway.graphql('query($d: String!) { unitPayments(date: $d, unitCode: "27937") { unitCode } }', { d: today() }, intake);
    expect(errorCode(other)).toBe('OUT_OF_JURISDICTION');
    const byAdmin = await gateway.data<{ unitPayments: { unitCode: string } }>('query($d: String!) { unitPayments(date: $d, unitCode: "27931") { unitCode } }', { d: today() }, admin);
    expect(byAdmin.unitPayments.unitCode).toBe('27931');
    const citizenAsks = await gateway.graphql('query($d: String!) { unitPayments(date: $d) { unitCode } }', { d: today() }, citizen);
    expect(errorCode(citizenAsks)).toBe('FORBIDDEN');
    const badDate = await gateway.graphql('{ cashBook(from: "2026-02-30", to: "2026-03-01") { totalInVnd } }', {}, intake);
    expect(errorCode(badDate)).toBe('VALIDATION_FAILED');
    const backwards = await gateway.graphql('{ cashBook(from: "2026-03-02", to: "2026-03-01") { totalInVnd } }', {}, intake);
    expect(errorCode(backwards)).toBe('VALIDATION_FAILED');
  });
});

describe('a copy certification at the counter', () => {
  it('is priced tier by tier from the pages and copies in its form (Circular 226/2016: 2 × (2 × 2,000 + 1,000))', async () => {
    const file = { id: await gateway.uploadedId(intake, { name: 'ban-chinh.pdf', digitised: true }) };
    const input = {
      procedureCode: '2.000815',
      unitCode: '27931',
      applicant: { fullName: 'Trần Văn Bảy', idNumber: '080070002468', phone: '0933111222', address: 'Ấp Lộc Hòa, thị trấn Hậu Nghĩa' },
      documents: [{ requirementId: 'ban-chinh', fileId: file.id }],
      deliveryMethod: 'PICKUP',
      formData: { 'ten-giay-to': 'Giấy khai sinh', 'so-trang': 3, 'so-ban': 2 },
    };
    const { receiveAtCounter } = await gateway.data<{ receiveAtCounter: { code: string } }>('mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { code } }', { input }, intake);
    const QUOTE = 'query($c: String!, $p: Int, $n: Int) { paymentQuote(dossierCode: $c, pages: $p, copies: $n) { totalVnd items { quantity amountVnd } } }';
    const fromForm = await gateway.data<{ paymentQuote: { totalVnd: number; items: { quantity: number; amountVnd: number }[] } }>(QUOTE, { c: receiveAtCounter.code }, intake);
    expect(fromForm.paymentQuote.items).toEqual([
      { quantity: 4, amountVnd: 8000 },
      { quantity: 2, amountVnd: 2000 },
    ]);
    expect(fromForm.paymentQuote.totalVnd).toBe(10_000);
    const stated = await gateway.data<{ paymentQuote: { totalVnd: number } }>(QUOTE, { c: receiveAtCounter.code, p: 1, n: 1 }, intake);
    expect(stated.paymentQuote.totalVnd).toBe(2000);
  });
});

/** Text or signature report of a PDF, by poppler. */
function poppler(tool: 'pdftotext' | 'pdfsig', pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-receipt-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    return execFileSync(tool, tool === 'pdftotext' ? [join(dir, 'r.pdf'), '-'] : [join(dir, 'r.pdf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
