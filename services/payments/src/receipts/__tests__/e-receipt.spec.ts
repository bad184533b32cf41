import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signingCredentialsFromEnv } from '@motcua/pdf';
import type { Payment } from '../../entities/payment.entity';
import { PaymentMethod, PaymentStatus } from '../../entities/payment.entity';
import { EReceiptService } from '../e-receipt.service';
import { receiptSettingsFrom } from '../receipt-settings';

const dir = mkdtempSync(join(tmpdir(), 'motcua-receipt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: 'pdftotext' | 'pdfsig', pdf: Buffer): string {
  const file = join(dir, `r-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, tool === 'pdftotext' ? ['-layout', file, '-'] : [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

const payment = {
  id: '3f0c1b7e-8a2d-4c55-9b1e-0d5f6a7b8c9d',
  dossierCode: '000.00.01.H53-261203-0007',
  unitCode: '27931',
  items: [{ name: 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', nameEn: 'Fee', kind: 'FEE', quantity: 1, unitAmountVnd: 2500, amountVnd: 2500 }],
  amount: 2500,
  method: PaymentMethod.CASH,
  status: PaymentStatus.SUCCEEDED,
  receiptNumber: 'BL-27931-2026-000042',
  payerName: 'Nguyễn Văn An',
  collectedByName: 'Lê Thị Cúc',
  paidAt: new Date('2026-12-03T02:15:00Z'),
  createdAt: new Date('2026-12-03T02:14:00Z'),
} as unknown as Payment;

/** An EntityManager that keeps nothing: the receipt is issued afresh. */
const em = { execute: async () => [] } as never;

describe('the e-receipt', () => {
  const service = new EReceiptService(
    receiptSettingsFrom({ RECEIPT_TEMPLATE_SYMBOL: '01BLP0-001', RECEIPT_ISSUER_TAX_CODES: '27931:1101234567' }),
    signingCredentialsFromEnv({ RESULT_SIGNING_DEV_CA_DIR: dir }),
  );

  it('carries what Decree 123/2020 asks of a receipt, and the collecting body signs it', async () => {
    const receipt = await service.receiptOf(em, payment, 'Ủy ban nhân dân xã Hậu Nghĩa');
    const text = poppler('pdftotext', receipt.pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'BIÊN LAI THU PHÍ, LỆ PHÍ',
      'Mẫu số: 01BLP0-001',
      'Ký hiệu: BL-27931-2026',
      'Số: 000042',
      'ỦY BAN NHÂN DÂN XÃ HẬU NGHĨA',
      'Mã số thuế: 1101234567',
      'Tên người nộp tiền: Nguyễn Văn An',
      'Lệ phí cấp Giấy xác nhận tình',
      '2.500',
      'Số tiền bằng chữ: Hai nghìn năm trăm đồng',
      'Ngày 03 tháng 12 năm 2026',
      'Lê Thị Cúc',
      'Ký bởi: Ủy ban nhân dân xã Hậu Nghĩa',
    ]) {
      expect(text).toContain(expected);
    }
    const signature = poppler('pdfsig', receipt.pdf);
    expect(signature).toMatch(/Signature is Valid/);
    expect(signature).toMatch(/Total document signed/);
    expect(receipt.signerName).toBe('Ủy ban nhân dân xã Hậu Nghĩa');
  });
});
