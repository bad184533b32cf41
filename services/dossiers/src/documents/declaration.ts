/**
 * A citizen's declaration (tờ khai) named by a procedure's required document: blank, to download and fill in by
 * hand, or filled from the values typed in the online form, so the form is the document and nobody uploads a scan
 * of what they already typed. The national title and motto, the form's title, "Kính gửi", the declarant and one
 * line per field, the commitment, the place-and-date line and the signature, in the layout of the other documents.
 */
import type { TDocumentDefinitions, Content } from 'pdfmake/interfaces';
import { renderPdf, resolveDocumentFonts, type DocumentFonts } from '@motcua/pdf';
import { formatLongDateVi } from './format';
import { NATIONAL_MOTTO, NATIONAL_TITLE, ruled, signatures, sizesFor, title } from './layout';

export interface DeclarationData {
  /** The template's name as the procedure gives it: 'Tờ khai đăng ký khai sinh (Thông tư 04/2020/TT-BTP)'. */
  template: string;
  procedureName: string;
  /** Who it is addressed to: 'Ủy ban nhân dân cấp xã'. */
  settlingBody: string;
  fields: { label: string; value?: string | null }[];
  /** Filled in: the declarant and the day; absent for a blank form. */
  declarant?: { fullName: string; idNumber: string; address: string; phone: string } | null;
  signedAt?: Date | null;
  /** The dossier it belongs to, printed at the foot. */
  dossierCode?: string | null;
}

/** A4 portrait with the margins of Decree 30/2020, as the dossier's other documents. */
const PAGE_MARGINS: [number, number, number, number] = [85, 57, 50, 57];
const DOTS = '…'.repeat(40);

/** 'Tờ khai đăng ký khai sinh (Thông tư 04/2020/TT-BTP)' → title 'Tờ khai đăng ký khai sinh', basis 'Thông tư 04/2020/TT-BTP'. */
function splitTemplate(template: string): { name: string; basis: string | undefined } {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(template);
  return match ? { name: match[1]!, basis: match[2] } : { name: template, basis: undefined };
}

function line(label: string, value: string | null | undefined): Content {
  const filled = value?.trim();
  return { text: [`${label}: `, filled ? { text: filled, bold: true } : { text: DOTS, color: '#555555' }], margin: [0, 2, 0, 2] };
}

function declarationDefinition(data: DeclarationData, fonts: DocumentFonts): TDocumentDefinitions {
  const sizes = sizesFor(fonts.baseSize);
  const { name, basis } = splitTemplate(data.template);
  const who = data.declarant;
  const placeDate = data.signedAt ? formatLongDateVi(data.signedAt).replace(/^n/, 'N') : '……………, ngày …… tháng …… năm ……';
  const content: Content[] = [
    { text: NATIONAL_TITLE, fontSize: sizes.header, bold: true, alignment: 'center' },
    ruled(NATIONAL_MOTTO, sizes.base),
    title(name, sizes, basis ? `(Mẫu theo ${basis})` : undefined),
    { text: [{ text: 'Kính gửi: ', bold: true }, data.settlingBody], alignment: 'center', margin: [0, 4, 0, 8] },
    line('Họ, chữ đệm, tên người yêu cầu', who?.fullName),
    line('Số định danh cá nhân (CCCD)', who?.idNumber),
    line('Nơi cư trú', who?.address),
    line('Số điện thoại', who?.phone),
    { text: `Đề nghị cơ quan giải quyết thủ tục: ${data.procedureName}, với các thông tin sau:`, margin: [0, 6, 0, 2] },
    ...data.fields.map((f) => line(f.label, f.value)),
    {
      text: 'Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
      margin: [0, 8, 0, 4],
    },
    { text: placeDate, italics: true, alignment: 'right', margin: [0, 4, 0, 2] },
    signatures(null, { title: 'Người yêu cầu', fullName: who?.fullName ?? ' ', hint: who ? '(Đã khai và nộp trực tuyến)' : '(Ký, ghi rõ họ, chữ đệm, tên)' }, sizes),
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    info: { title: data.dossierCode ? `${name} — ${data.dossierCode}` : name, subject: data.template, creator: 'Một Cửa', producer: 'Một Cửa (pdfmake)' },
    language: 'vi-VN',
    defaultStyle: { font: fonts.family, fontSize: sizes.base, lineHeight: 1.12 },
    footer: data.dossierCode ? { text: `Kèm hồ sơ ${data.dossierCode}`, fontSize: sizes.tiny, margin: [PAGE_MARGINS[0], 10, PAGE_MARGINS[2], 0] } : undefined,
    content,
  };
}

export function renderDeclaration(data: DeclarationData, fonts: DocumentFonts = resolveDocumentFonts()): Promise<Buffer> {
  return renderPdf(declarationDefinition(data, fonts), fonts);
}
