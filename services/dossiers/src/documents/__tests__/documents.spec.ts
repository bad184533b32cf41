import { beforeAll, describe, expect, it } from 'vitest';
import { measure } from 'pdfmake/src/qrEnc';
import { qrFit, QR_ECC } from '../barcode';
import { DOCUMENT_KINDS, DOCUMENT_TITLES, DocumentDataError, renderDossierDocument, type DocumentKind, type DossierDocumentData } from '../index';
import { APOLOGY, CODE, CONTROL, dossier, LOOKUP_URL, REFUSAL, STOP, SUPPLEMENT, vn } from './fixtures';
import { countSquares, pdfFonts, pdfImages, pdfPageCount, pdfPageSize, pdfText, previewPage1, squash } from './pdf-tools';

/** pdftotext's text contains `expected`, whitespace aside (see squash). */
function expectText(text: string, ...expected: string[]): void {
  const haystack = squash(text);
  for (const needle of expected) expect(haystack, needle).toContain(squash(needle));
}

const NOW = vn('2025-03-12T10:00:00');

const DATA: Record<DocumentKind, DossierDocumentData> = {
  receipt: dossier(),
  'supplement-request': dossier(SUPPLEMENT),
  refusal: dossier(REFUSAL),
  apology: dossier(APOLOGY),
  'stop-notice': dossier(STOP),
  'control-slip': dossier(CONTROL),
};

/** Strings each document must carry, as pdftotext reads them back (diacritics included). */
const EXPECTED: Record<DocumentKind, string[]> = {
  receipt: [
    'Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ của: Nguyễn Văn An',
    '1. Thành phần hồ sơ nộp gồm:',
    'Bản sao Căn cước của chủ hộ kinh doanh',
    '2. Số lượng hồ sơ: 01 (bộ)',
    '3. Thời gian giải quyết hồ sơ theo quy định là: 05 ngày làm việc',
    '4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 12/03/2025',
    '5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 19/03/2025',
    'Trực tiếp tại Trung tâm Phục vụ hành chính công',
    '7. Phí, lệ phí: 100.000 đồng',
    'Quyển số: 03/2025',
    'NGƯỜI NỘP HỒ SƠ',
    'NGƯỜI TIẾP NHẬN HỒ SƠ',
    'Trần Thị Bích Ngọc',
    'Đức Hòa, ngày 12 tháng 3 năm 2025',
  ],
  'supplement-request': [
    'Yêu cầu ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
    'Ghi đầy đủ ngành, nghề kinh doanh và ký, ghi rõ họ tên chủ hộ',
    'Văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh',
    'Lý do: Hồ sơ chưa đầy đủ thành phần theo quy định.',
    'trước 17 giờ 00 phút, ngày 20/03/2025',
    'NGƯỜI HƯỚNG DẪN',
  ],
  refusal: [
    'thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
    'Địa điểm kinh doanh đề nghị đăng ký thuộc khu vực quy hoạch không được phép kinh doanh ngành nghề này.',
    'NGƯỜI TIẾP NHẬN HỒ SƠ',
  ],
  apology: [
    'Số: 27/PXL-TTHCC',
    'Kính gửi: ông/bà Nguyễn Văn An',
    '16 giờ 00 phút, ngày 19/03/2025',
    'Lý do: Cần xác minh thực địa địa điểm kinh doanh, chưa hoàn thành trong thời hạn.',
    'thành thật xin lỗi ông/bà và đề nghị gia hạn thời gian giải quyết hồ sơ đến: 16 giờ 00 phút, ngày 24/03/2025',
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    'Võ Thanh Hải',
    'Nơi nhận:',
    'Đức Hòa, ngày 18 tháng 3 năm 2025',
  ],
  'stop-notice': [
    'Số: 08/TB-TTHCC',
    'Ngày 14/03/2025, ông/bà có đề nghị dừng giải quyết hồ sơ nêu trên, lý do: Gia đình thay đổi kế hoạch kinh doanh.',
    `thông báo dừng giải quyết hồ sơ mã số ${CODE} theo đề nghị của ông/bà, kể từ 15 giờ 30 phút, ngày 14/03/2025.`,
    'Lệ phí đã nộp được hoàn trả theo quy định.',
    'THỦ TRƯỞNG CƠ QUAN',
  ],
  'control-slip': [
    'Kèm theo hồ sơ của: Nguyễn Văn An',
    'Cơ quan (bộ phận) giải quyết hồ sơ: Phòng Tài chính - Kế hoạch huyện Đức Hòa',
    'Cơ quan phối hợp giải quyết hồ sơ: Chi cục Thuế khu vực Đức Hòa - Đức Huệ',
    'Lê Minh Tuấn',
    'Phạm Quốc Hùng',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    'Chậm ký duyệt',
    'NGƯỜI LẬP PHIẾU',
  ],
};

const rendered = {} as Record<DocumentKind, Buffer>;

beforeAll(async () => {
  for (const kind of DOCUMENT_KINDS) rendered[kind] = await renderDossierDocument(kind, DATA[kind], { now: NOW });
}, 60_000);

describe.each(DOCUMENT_KINDS.map((kind) => [kind]))('%s', (kind) => {
  it('is a one-page A4 portrait PDF', () => {
    const pdf = rendered[kind];
    previewPage1(pdf, kind);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(pdfPageCount(pdf)).toBe(1);
    const { width, height } = pdfPageSize(pdf);
    expect(width).toBeCloseTo(595.28, 0);
    expect(height).toBeCloseTo(841.89, 0);
  });

  it('reads back the national header, title, applicant, code and its own content with diacritics', () => {
    const text = pdfText(rendered[kind]);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA',
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      DOCUMENT_TITLES[kind].vi.toLocaleUpperCase('vi'),
      'Nguyễn Văn An',
      'Đăng ký thành lập hộ kinh doanh',
      `Mã hồ sơ: ${CODE}`,
      LOOKUP_URL,
      ...EXPECTED[kind],
    ]) {
      expectText(text, expected);
    }
    // the names with their word spaces, as printed
    expect(text).toContain('Nguyễn Văn An');
  });

  it('embeds its font and draws the Code 128 barcode as an image', () => {
    const pdf = rendered[kind];
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded && font.name.startsWith('Roboto'))).toBe(true);
    const images = pdfImages(pdf).filter((image) => image.type === 'image');
    expect(images).toHaveLength(1);
    const [barcode] = images;
    expect(barcode!.width / barcode!.height).toBeGreaterThan(2); // a wide, short symbol
  });

  it('draws the QR code of the lookup URL (pdfmake qr node: one filled square per dark module)', () => {
    const fit = qrFit(LOOKUP_URL);
    const symbol = measure({ qr: LOOKUP_URL, eccLevel: QR_ECC, fit });
    const darkModules = symbol._canvas.length - 1; // minus the background square
    const moduleSide = symbol._width / (fit / 2); // qrFit gives 2pt per module
    expect(darkModules).toBeGreaterThan(100);
    expect(countSquares(rendered[kind], moduleSide)).toBeGreaterThanOrEqual(darkModules);
  });
});

describe('stop notice without the optional fields', () => {
  it('still reads as a notice, dated by the clock', async () => {
    const { stopRequestedAt: _a, reason: _r, settlementNote: _s, stoppedAt: _t, issuedAt: _i, ...rest } = DATA['stop-notice'];
    const text = pdfText(await renderDossierDocument('stop-notice', rest, { now: NOW }));
    expectText(text, 'Ông/bà có đề nghị dừng giải quyết hồ sơ nêu trên.', 'kể từ 10 giờ 00 phút, ngày 12/03/2025', 'Đức Hòa, ngày 12 tháng 3 năm 2025');
  });
});

describe('receipt for an online dossier with a long agency code', () => {
  it('fits on one page and says where the result goes', async () => {
    const code = '000.00.12.H41-250312-0450';
    const pdf = await renderDossierDocument(
      'receipt',
      dossier({
        code,
        lookupUrl: `https://dichvucong.duchoa.longan.gov.vn/tra-cuu-ho-so?ma=${code}`,
        deliveryMethod: 'ONLINE',
        feeVnd: 0,
        processingDays: 15,
        documents: Array.from({ length: 8 }, (_, i) => ({ name: `Giấy tờ số ${i + 1} theo quy định của thủ tục`, original: i % 2 === 0, copies: 1 + (i % 3) })),
      }),
    );
    previewPage1(pdf, 'receipt-online-long-code');
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    expectText(text, `Mã hồ sơ: ${code}`, 'Trực tuyến (kết quả điện tử gửi vào tài khoản của người nộp hồ sơ trên Cổng Dịch vụ công)', '7. Phí, lệ phí: Không thu', '15 ngày làm việc');
  });

  it('sends a postal result to the delivery address', async () => {
    const pdf = await renderDossierDocument('receipt', dossier({ deliveryMethod: 'POST', deliveryAddress: 'Số 12 đường Nguyễn Trãi, thị trấn Hậu Nghĩa' }));
    expectText(pdfText(pdf), 'Qua dịch vụ bưu chính công ích, đến địa chỉ: Số 12 đường Nguyễn Trãi, thị trấn Hậu Nghĩa');
  });
});

describe('control slip', () => {
  it('classifies each step from its completion and due times, and leaves an open step open', async () => {
    const open = {
      from: { unit: 'Trung tâm Phục vụ hành chính công' },
      to: { unit: 'Phòng Tư pháp' },
      handedOverAt: vn('2025-03-19T11:30:00'),
      dueAt: vn('2025-03-20T17:00:00'),
    };
    const pdf = await renderDossierDocument('control-slip', dossier({ ...CONTROL, steps: [...CONTROL.steps, open] }));
    const text = pdfText(pdf);
    expectText(text, 'Đang giải quyết');
    // the results follow the steps in order: early, on time, late
    const early = text.indexOf('Trước hạn', text.indexOf('Hạn xử lý'));
    expect(early).toBeGreaterThan(0);
    expect(text.indexOf('Đúng hạn', early)).toBeGreaterThan(early);
    expect(text.indexOf('Quá hạn', text.indexOf('Đúng hạn', early))).toBeGreaterThan(early);
  });

  it('prints blank rows to fill in by hand when no step is recorded yet', async () => {
    const text = pdfText(await renderDossierDocument('control-slip', dossier({ steps: [] })));
    expectText(text, 'Giao:Nhận:', 'Cơ quan phối hợp giải quyết hồ sơ: Không');
  });
});

describe('bad input', () => {
  it.each([
    ['refusal', { reason: undefined }, /reason/],
    ['refusal', { reason: '  ' }, /reason/],
    ['apology', { newDueAt: undefined, reason: 'x' }, /newDueAt/],
    ['apology', { newDueAt: vn('2025-03-18T08:00:00'), reason: 'x' }, /after/],
    ['supplement-request', { missingItems: [] }, /missingItems/],
    ['receipt', { dueAt: null }, /dueAt/],
    ['receipt', { code: 'H41.25-250312-0012é' }, /ASCII/],
  ] as const)('%s with %o is refused', async (kind, overrides, message) => {
    await expect(renderDossierDocument(kind, dossier(overrides as Partial<DossierDocumentData>))).rejects.toThrow(message);
    await expect(renderDossierDocument(kind, dossier(overrides as Partial<DossierDocumentData>))).rejects.toBeInstanceOf(DocumentDataError);
  });
});
