import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { gateway, HAU_NGHIA } from './support';

/** Chứng thực bản sao từ bản chính: 2,000 đ for pages 1–2 of each copy, 1,000 đ from page 3 (Circular 226/2016). */
const COPY_CERTIFICATION = '2.000815';
const FEE_QUOTE =
  'query($p: String!, $pages: Int, $copies: Int, $d: String) { feeQuote(procedureCode: $p, pages: $pages, copies: $copies, deliveryMethod: $d) { totalVnd items { name quantity amountVnd } } }';
const PAYMENT_QUOTE = 'query($c: String!, $pages: Int, $copies: Int) { paymentQuote(dossierCode: $c, pages: $pages, copies: $copies) { totalVnd } }';

let citizen: string;
let intake: string;

beforeAll(async () => {
  [citizen, intake] = await Promise.all(['citizen', 'intake'].map((u) => gateway.login(u)));
});

async function submitCopyCertification(formData: Record<string, string>): Promise<string> {
  const file = { id: await gateway.uploadedId(citizen, { name: 'ban-chinh.pdf' }) };
  const input = {
    procedureCode: COPY_CERTIFICATION,
    unitCode: HAU_NGHIA,
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa' },
    documents: [{ requirementId: 'ban-chinh', fileId: file.id }],
    deliveryMethod: 'PICKUP',
    formData,
  };
  const data = await gateway.data<{ submitDossier: { code: string } }>('mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }', { input }, citizen);
  return data.submitDossier.code;
}

describe('the fee the form shows is the fee asked', () => {
  it('quotes a copy certification of 1 page × 3 copies at 6,000 đ before submitting, and the dossier owes the same', async () => {
    const before = await gateway.data<{ feeQuote: { totalVnd: number; items: { quantity: number; amountVnd: number }[] } }>(FEE_QUOTE, { p: COPY_CERTIFICATION, pages: 1, copies: 3 });
    expect(before.feeQuote.totalVnd).toBe(6000);
    expect(before.feeQuote.items.map((i) => [i.quantity, i.amountVnd])).toEqual([
      [3, 6000],
      [0, 0],
    ]);

    const code = await submitCopyCertification({ 'ten-giay-to': 'Giấy khai sinh', 'so-trang': '1', 'so-ban': '3' });
    for (const token of [citizen, intake]) {
      const after = await gateway.data<{ paymentQuote: { totalVnd: number } }>(PAYMENT_QUOTE, { c: code }, token);
      expect(after.paymentQuote.totalVnd).toBe(before.feeQuote.totalVnd);
    }
  });

  it('adds the postal charge when the result goes back by post, as the charge will', async () => {
    const pickup = await gateway.data<{ feeQuote: { totalVnd: number } }>(FEE_QUOTE, { p: COPY_CERTIFICATION, pages: 3, copies: 2, d: 'PICKUP' });
    const post = await gateway.data<{ feeQuote: { totalVnd: number; items: { name: string }[] } }>(FEE_QUOTE, { p: COPY_CERTIFICATION, pages: 3, copies: 2, d: 'POST' });
    expect(pickup.feeQuote.totalVnd).toBe(10_000);
    expect(post.feeQuote.totalVnd).toBeGreaterThan(10_000);
    expect(post.feeQuote.items.at(-1)?.name).toBe('Cước phí dịch vụ bưu chính');
  });

  it('answers counts beyond any real request with a typed VALIDATION_FAILED, not an Int overflow', async () => {
    const code = await submitCopyCertification({ 'ten-giay-to': 'Giấy khai sinh', 'so-trang': '1', 'so-ban': '1' });
    const huge = await gateway.graphql(PAYMENT_QUOTE, { c: code, pages: 1_000_000, copies: 1_000_000 }, citizen);
    expect(errorCode(huge)).toBe('VALIDATION_FAILED');
    const hugeQuote = await gateway.graphql(FEE_QUOTE, { p: COPY_CERTIFICATION, pages: 1_000_000, copies: 1_000_000 });
    expect(errorCode(hugeQuote)).toBe('VALIDATION_FAILED');
    // Within the count limit, a total the graph cannot carry is refused too.
    const tooMuch = await gateway.graphql(FEE_QUOTE, { p: COPY_CERTIFICATION, pages: 10_000, copies: 10_000 });
    expect(errorCode(tooMuch)).toBe('VALIDATION_FAILED');
    const unknown = await gateway.graphql(FEE_QUOTE, { p: '9.999999' });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });
});
