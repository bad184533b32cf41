/**
 * The counter's dossier register book (Sổ theo dõi hồ sơ) for a date range: A4 landscape, the header
 * rows repeated on every page, one line per dossier. Columns after Form 06 of Circular 01/2018/TT-VPCP
 * (Form 07 in Circular 03/2025/TT-VPCP).
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DELIVERY_LABEL } from './dossier-documents';
import type { DocumentFonts } from '@motcua/pdf';
import { formatCount, formatDate, formatTime, placeDateLine } from './format';
import { GRID, headerCell, nationalHeader, signatures, sizesFor, title } from './layout';
import { DOCUMENT_FORMS, DOCUMENT_TITLES } from './titles';
import { DocumentDataError, type RegisterData, type RegisterRow } from './types';

const PAGE_MARGINS: [number, number, number, number] = [36, 40, 36, 40];
const A4_LANDSCAPE_WIDTH = 841.89;

function when(instant: Date | null | undefined): TableCell {
  if (!instant) return { text: '' };
  return { text: [formatDate(instant), { text: `\n${formatTime(instant)}`, color: '#444444' }], alignment: 'center' };
}

function row(r: RegisterRow, index: number): TableCell[] {
  const contact = [r.applicantAddress, r.applicantPhone].filter((part): part is string => Boolean(part)).join('; ');
  const note = [r.deliveryMethod ? DELIVERY_LABEL[r.deliveryMethod] : undefined, r.note].filter(Boolean).join('. ');
  return [
    { text: String(index + 1), alignment: 'center' },
    { text: r.code, bold: true },
    { text: r.procedureName },
    { text: formatCount(r.dossierSets ?? 1), alignment: 'center' },
    { text: r.applicantName },
    { text: contact },
    { text: r.handlingAgency ?? '' },
    when(r.receivedAt),
    when(r.dueAt),
    when(r.transferredAt),
    when(r.resultReceivedAt),
    when(r.returnedAt),
    { text: '' },
    { text: note },
  ];
}

export function registerDefinition(data: RegisterData, fonts: DocumentFonts): TDocumentDefinitions {
  if (data.to.getTime() < data.from.getTime()) throw new DocumentDataError("The register's 'to' is before 'from'");
  const sizes = sizesFor(fonts.baseSize);
  const tableSize = Math.round(fonts.baseSize * 0.66 * 2) / 2; // 7.5pt for Roboto, 8.5pt for Times
  const name = DOCUMENT_TITLES.register.vi;
  const columnNumbers: TableCell[] = Array.from({ length: 14 }, (_, i) => ({
    text: `(${i + 1})`,
    italics: true,
    alignment: 'center',
  }));
  const span2 = (text: string) => headerCell(text, { rowSpan: 2 });
  const body: TableCell[][] = [
    [
      span2('TT'),
      span2('Mã hồ sơ'),
      span2('Tên thủ tục hành chính'),
      span2('Số lượng hồ sơ (bộ)'),
      span2('Tên cá nhân, tổ chức'),
      span2('Địa chỉ, số điện thoại'),
      span2('Cơ quan chủ trì giải quyết'),
      headerCell('Ngày, tháng, năm', { colSpan: 4 }),
      {},
      {},
      {},
      headerCell('Trả kết quả', { colSpan: 2 }),
      {},
      span2('Ghi chú'),
    ],
    [
      {},
      {},
      {},
      {},
      {},
      {},
      {},
      headerCell('Nhận hồ sơ'),
      headerCell('Hẹn trả kết quả'),
      headerCell('Chuyển hồ sơ đến cơ quan giải quyết'),
      headerCell('Nhận kết quả từ cơ quan giải quyết'),
      headerCell('Ngày, tháng, năm'),
      headerCell('Ký nhận'),
      {},
    ],
    columnNumbers,
    ...data.rows.map(row),
  ];
  if (data.rows.length === 0) {
    body.push([{ text: 'Không có hồ sơ trong kỳ.', italics: true, colSpan: 14, alignment: 'center' }, ...Array.from({ length: 13 }, () => ({}))]);
  }

  const issuedAt = data.issuedAt ?? data.to;
  const subtitle = `Từ ngày ${formatDate(data.from)} đến ngày ${formatDate(data.to)}${data.book ? ` — Quyển số: ${data.book}` : ''}`;
  const content: Content[] = [
    nationalHeader(
      {
        agencyName: data.agencyName,
        unitName: data.unitName,
        placeDate: placeDateLine(data.place, issuedAt),
        contentWidth: A4_LANDSCAPE_WIDTH - PAGE_MARGINS[0] - PAGE_MARGINS[2],
        leftShare: 0.45,
      },
      sizes,
    ),
    { ...(title(name, sizes, subtitle) as object), margin: [0, 12, 0, 8] } as Content,
    {
      table: {
        headerRows: 3,
        dontBreakRows: true,
        widths: [14, 84, '*', 24, 68, 76, 60, 42, 42, 44, 44, 42, 34, 48],
        body,
      },
      layout: { ...GRID, paddingLeft: () => 2, paddingRight: () => 2, fillColor: (i: number) => (i < 2 ? '#eeeeee' : null) },
      fontSize: tableSize,
      lineHeight: 1.1,
    },
    { text: `Tổng số: ${data.rows.length} hồ sơ.`, bold: true, margin: [0, 6, 0, 0] },
    signatures(null, { title: 'Người lập sổ', ...(data.officer ? { fullName: data.officer.fullName } : {}) }, sizes),
  ];

  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: PAGE_MARGINS,
    info: {
      title: `${name} ${formatDate(data.from)}–${formatDate(data.to)}`,
      subject: `${DOCUMENT_FORMS.register.form} (Thông tư 03/2025/TT-VPCP)`,
      author: data.unitName,
      creator: 'Một Cửa',
      producer: 'Một Cửa (pdfmake)',
    },
    language: 'vi-VN',
    defaultStyle: { font: fonts.family, fontSize: sizes.base, lineHeight: 1.15 },
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { width: '*', text: `${name} — ${data.unitName} — ${subtitle}`, fontSize: sizes.tiny },
        { width: 'auto', text: `Trang ${currentPage}/${pageCount}`, fontSize: sizes.tiny },
      ],
      margin: [PAGE_MARGINS[0], 14, PAGE_MARGINS[2], 0],
    }),
    content,
  } as TDocumentDefinitions;
}
