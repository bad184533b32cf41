import { vietnamDay } from '@motcua/platform';
/**
 * The e-receipt for fees and charges (biên lai điện tử thu phí, lệ phí) as a PDF: the content Decree 123/2020/NĐ-CP
 * (art. 32, as amended by Decree 70/2025/NĐ-CP) asks of a receipt — its name, template and series symbols, number,
 * the collecting body with its tax code, the payer, each fee or charge with its amount, the total in figures and in
 * words, the date — and the collecting body's digital signature (applied after rendering, over the whole file).
 * Pure: data in, a pdfmake definition out.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentFonts } from '@motcua/pdf';
import { amountInWords } from '../domain/amount-in-words';
import { vietnamTimeText } from '../domain/vietnam-time';
import type { PaymentItem } from '../entities/payment.entity';

export interface EReceiptData {
  templateSymbol: string;
  /** The receipt book: collecting unit and year (`BL-27931-2026`). */
  series: string;
  /** The number within the series (`000042`). */
  number: string;
  issuer: { name: string; unitCode: string | null; taxCode: string | null };
  payer: { name: string; dossierCode: string };
  items: readonly PaymentItem[];
  totalVnd: number;
  paidAt: Date;
  method: string;
  transactionNo: string | null;
  collectedBy: string | null;
  /** Who signs it digitally (the certificate's name) and when, shown in the signature block. */
  signerName: string;
  signedAt: Date;
}

const VND = new Intl.NumberFormat('vi-VN');
const money = (vnd: number) => `${VND.format(vnd)}`;

function dateLine(at: Date): string {
  const [y, m, d] = vietnamDay(at).split('-');
  return `Ngày ${d} tháng ${m} năm ${y}`;
}

function labelled(label: string, value: string): Content {
  return {
    text: [
      { text: `${label}: `, bold: false },
      { text: value, bold: true },
    ],
    margin: [0, 2, 0, 2],
  };
}

export function eReceiptDefinition(data: EReceiptData, fonts: DocumentFonts): TDocumentDefinitions {
  const size = fonts.baseSize;
  const rows = data.items.map((item, i) => [
    { text: String(i + 1), alignment: 'center' as const },
    item.name,
    { text: String(item.quantity), alignment: 'right' as const },
    { text: money(item.unitAmountVnd), alignment: 'right' as const },
    { text: money(item.amountVnd), alignment: 'right' as const },
  ]);
  return {
    pageSize: 'A5',
    pageMargins: [32, 32, 32, 32],
    info: { title: `Biên lai ${data.series} số ${data.number}`, author: data.issuer.name, subject: 'Biên lai điện tử thu phí, lệ phí' },
    defaultStyle: { font: fonts.family, fontSize: size - 1.5, lineHeight: 1.15 },
    content: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: data.issuer.name.toLocaleUpperCase('vi'), bold: true },
              `Mã số thuế: ${data.issuer.taxCode ?? 'chưa cấu hình (thử nghiệm)'}`,
              ...(data.issuer.unitCode ? [`Mã đơn vị hành chính: ${data.issuer.unitCode}`] : []),
            ],
          },
          {
            width: 'auto',
            stack: [`Mẫu số: ${data.templateSymbol}`, `Ký hiệu: ${data.series}`, { text: [{ text: 'Số: ' }, { text: data.number, bold: true, color: '#b3261e' }] }],
          },
        ],
        columnGap: 12,
      },
      { text: 'BIÊN LAI THU PHÍ, LỆ PHÍ', bold: true, fontSize: size + 2, alignment: 'center', margin: [0, 14, 0, 0] },
      { text: '(Biên lai điện tử)', italics: true, alignment: 'center' },
      { text: dateLine(data.paidAt), italics: true, alignment: 'center', margin: [0, 2, 0, 10] },
      labelled('Tên người nộp tiền', data.payer.name),
      labelled('Hồ sơ thủ tục hành chính', data.payer.dossierCode),
      labelled('Hình thức thanh toán', `${data.method}${data.transactionNo ? ` (mã giao dịch ${data.transactionNo})` : ''}`),
      labelled('Thời điểm thu', `${vietnamTimeText(data.paidAt)} (giờ Việt Nam)`),
      {
        margin: [0, 8, 0, 4],
        table: {
          headerRows: 1,
          widths: [22, '*', 24, 56, 62],
          body: [
            ['STT', 'Tên loại phí, lệ phí', 'SL', 'Đơn giá (đ)', 'Thành tiền (đ)'].map((h) => ({ text: h, bold: true, alignment: 'center' as const })),
            ...rows,
            [{ text: 'Tổng cộng', bold: true, colSpan: 4, alignment: 'right' as const }, '', '', '', { text: money(data.totalVnd), bold: true, alignment: 'right' as const }],
          ],
        },
      },
      labelled('Số tiền bằng chữ', amountInWords(data.totalVnd)),
      {
        margin: [0, 16, 0, 0],
        columns: [
          {
            width: '*',
            alignment: 'center',
            stack: [
              { text: 'Người nộp tiền', bold: true },
              { text: data.payer.name, margin: [0, 24, 0, 0] },
            ],
          },
          {
            width: '*',
            alignment: 'center',
            stack: [
              { text: 'Người thu tiền', bold: true },
              { text: data.collectedBy ?? 'Thu trực tuyến', margin: [0, 4, 0, 0] },
              { text: `Ký bởi: ${data.signerName}`, color: '#1b5e20', margin: [0, 8, 0, 0] },
              { text: `Ký ngày: ${vietnamTimeText(data.signedAt)}`, color: '#1b5e20' },
            ],
          },
        ],
      },
      {
        text: 'Biên lai điện tử có chữ ký số của tổ chức thu phí, lệ phí; có giá trị như biên lai giấy. Tra cứu theo ký hiệu và số biên lai.',
        italics: true,
        fontSize: size - 3,
        margin: [0, 16, 0, 0],
      },
    ],
  };
}
