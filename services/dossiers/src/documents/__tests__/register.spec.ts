import { describe, expect, it } from 'vitest';
import { DocumentDataError, renderRegister } from '../index';
import { registerRows, vn } from './fixtures';
import { pdfFonts, pdfImages, pdfPageCount, pdfPageSize, pdfText, previewPage1, squash } from './pdf-tools';

const BASE = {
  agencyName: 'Ủy ban nhân dân huyện Đức Hòa',
  unitName: 'Trung tâm Phục vụ hành chính công',
  place: 'Đức Hòa',
  from: vn('2025-03-01T00:00:00'),
  to: vn('2025-03-31T23:59:59'),
  officer: { fullName: 'Trần Thị Bích Ngọc' },
  book: '03/2025',
};

describe('register book', () => {
  it('lists every row given, over as many landscape pages as it needs, with the header on each page', async () => {
    const rows = registerRows(60);
    const pdf = await renderRegister({ ...BASE, rows });
    previewPage1(pdf, 'register');

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const { width, height } = pdfPageSize(pdf);
    expect(width).toBeCloseTo(841.89, 0);
    expect(height).toBeCloseTo(595.28, 0);

    const text = pdfText(pdf);
    const flat = squash(text);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỔ THEO DÕI HỒ SƠ',
      'Từ ngày 01/03/2025 đến ngày 31/03/2025',
      'Quyển số: 03/2025',
      'Đức Hòa, ngày 31 tháng 3 năm 2025',
      'Tổng số: 60 hồ sơ.',
      'NGƯỜI LẬP SỔ',
    ]) {
      expect(flat, expected).toContain(squash(expected));
    }
    for (const row of rows) {
      expect(flat, row.code).toContain(squash(row.code));
      expect(flat, row.applicantName).toContain(squash(row.applicantName));
    }
    // each code once: no row dropped or repeated across a page break
    for (const row of rows) expect(flat.split(squash(row.code)).length - 1, row.code).toBe(1);
    // the column header and the page number repeat on every page
    expect(flat.split(squash('Cơ quan chủ trì giải quyết')).length - 1).toBe(pages);
    expect(flat).toContain(squash(`Trang ${pages}/${pages}`));
    // a landscape register needs no barcode; the font is embedded
    expect(pdfImages(pdf)).toHaveLength(0);
    expect(pdfFonts(pdf).every((font) => font.embedded)).toBe(true);
  });

  it('shows local dates and times, and leaves unreached stages blank', async () => {
    const [row] = registerRows(1);
    const pdf = await renderRegister({
      ...BASE,
      rows: [{ ...row!, receivedAt: vn('2025-03-03T23:45:00'), dueAt: null, transferredAt: null, resultReceivedAt: null, returnedAt: null }],
    });
    const flat = squash(pdfText(pdf));
    expect(flat).toContain(squash('03/03/2025 23:45')); // 16:45 UTC, shown in Vietnam time
    expect(flat).toContain(squash('Tổng số: 1 hồ sơ.'));
  });

  it('says so when the period has no dossier', async () => {
    const pdf = await renderRegister({ ...BASE, rows: [] });
    expect(pdfPageCount(pdf)).toBe(1);
    expect(squash(pdfText(pdf))).toContain(squash('Không có hồ sơ trong kỳ.'));
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(renderRegister({ ...BASE, from: BASE.to, to: BASE.from, rows: [] })).rejects.toBeInstanceOf(DocumentDataError);
  });
});
