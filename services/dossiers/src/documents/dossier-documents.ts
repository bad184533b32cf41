/**
 * The six per-dossier documents as pdfmake document definitions. Each: A4 portrait, national header,
 * title, the code band (Code 128 barcode of the dossier code + QR of the lookup URL), body, signature.
 * The forms 01–06 of Circular 03/2025/TT-VPCP, laid out after the structure of Circular 01/2018/TT-VPCP's forms;
 * see docs/printable-documents.md for what each follows.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { classifySettlement, type SettlementTimeliness } from '../domain/timeliness';
import type { BarcodeImage } from './barcode';
import type { DocumentFonts } from '@motcua/pdf';
import { formatCount, formatDate, formatDateTimeVi, formatTimeVi, formatVnd, placeDateLine } from './format';
import { codeBand, field, footOfLetter, headerCell, nationalHeader, note, paragraph, recipients, signatureBlock, signatures, sizesFor, table, title, type Signature, type Sizes } from './layout';
import { DOCUMENT_FORMS, DOCUMENT_TITLES } from './titles';
import { DocumentDataError, type DeliveryMethod, type DocumentKind, type DossierDocumentData, type MissingItem } from './types';

/** A4 portrait; margins after Decree 30/2020 (left 30 mm, right 17.5 mm, top and bottom 20 mm). */
const PAGE_MARGINS: [number, number, number, number] = [85, 57, 50, 57];
const A4_WIDTH = 595.28;
const CONTENT_WIDTH = A4_WIDTH - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const BARCODE_IMAGE = 'dossierCodeBarcode';

interface Ctx {
  data: DossierDocumentData;
  sizes: Sizes;
  issuedAt: Date;
}

function required<T>(value: T | undefined | null, kind: DocumentKind, name: string): T {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new DocumentDataError(`The ${kind} document needs '${name}'`);
  }
  return value;
}

/** Ends a sentence once: 'thiếu giấy tờ.' stays, 'thiếu giấy tờ' gets its full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const RESULT_LABEL: Record<SettlementTimeliness, string> = { EARLY: 'Trước hạn', ON_TIME: 'Đúng hạn', LATE: 'Quá hạn' };

export const DELIVERY_LABEL: Record<DeliveryMethod, string> = {
  ONLINE: 'Trực tuyến',
  PICKUP: 'Trực tiếp',
  POST: 'Bưu chính',
};

function deliveryPlace(data: DossierDocumentData): string {
  switch (data.deliveryMethod) {
    case 'ONLINE':
      return 'Trực tuyến (kết quả điện tử gửi vào tài khoản của người nộp hồ sơ trên Cổng Dịch vụ công)';
    case 'PICKUP':
      return `Trực tiếp tại ${data.agency.unitName}, ${data.agency.address}`;
    case 'POST':
      return `Qua dịch vụ bưu chính công ích, đến địa chỉ: ${data.deliveryAddress ?? data.applicant.address}`;
  }
}

function contactLine(data: DossierDocumentData): Content {
  const parts: Content[] = [`Số điện thoại: ${data.applicant.phone}`];
  if (data.applicant.email) parts.push(`          Email: ${data.applicant.email}`);
  return { text: parts, margin: [0, 1.5, 0, 1.5] };
}

/** Who the dossier belongs to and what it asks for, as the forms open. */
function applicantBlock(data: DossierDocumentData, lead: string): Content[] {
  const lines: Content[] = [field(lead, data.applicant.fullName, { strong: true })];
  if (data.applicant.idNumber) lines.push(field('Số định danh cá nhân/mã số thuế', data.applicant.idNumber));
  lines.push(field('Địa chỉ', data.applicant.address), contactLine(data));
  lines.push(field('Nội dung yêu cầu giải quyết', data.procedureName, { strong: true }));
  return lines;
}

function submittedDocumentsTable(data: DossierDocumentData, sizes: Sizes): Content {
  const body: TableCell[][] = [[headerCell('TT'), headerCell('Tên giấy tờ'), headerCell('Bản chính/\nbản sao'), headerCell('Số lượng')]];
  data.documents.forEach((doc, i) => {
    body.push([
      { text: String(i + 1), alignment: 'center' },
      { text: doc.name },
      { text: doc.original ? 'Bản chính' : 'Bản sao', alignment: 'center' },
      { text: formatCount(doc.copies), alignment: 'center' },
    ]);
  });
  if (data.documents.length === 0) body.push([{ text: 'Không có giấy tờ kèm theo.', colSpan: 4, italics: true }, {}, {}, {}]);
  return { ...table([22, '*', 60, 44], body), fontSize: sizes.small, margin: [16, 2, 0, 4] } as Content;
}

function receiptBody({ data, sizes }: Ctx): Content[] {
  const dueAt = required(data.dueAt, 'receipt', 'dueAt');
  const body: Content[] = [paragraph([`${data.agency.unitName} tiếp nhận hồ sơ của: `, { text: data.applicant.fullName, bold: true }], { indent: false })];
  if (data.applicant.idNumber) body.push(field('Số định danh cá nhân/mã số thuế', data.applicant.idNumber));
  body.push(field('Địa chỉ', data.applicant.address), contactLine(data));
  body.push(field('Nội dung yêu cầu giải quyết', data.procedureName, { strong: true }));
  body.push({ text: '1. Thành phần hồ sơ nộp gồm:', margin: [0, 4, 0, 2] }, submittedDocumentsTable(data, sizes));
  body.push(field('2. Số lượng hồ sơ', `${formatCount(data.dossierSets ?? 1)} (bộ)`));
  if (data.processingDays !== undefined) {
    body.push(field('3. Thời gian giải quyết hồ sơ theo quy định là', `${formatCount(data.processingDays)} ngày làm việc`));
  } else {
    body.push(field('3. Thời gian giải quyết hồ sơ theo quy định là', '…………………'));
  }
  body.push(field('4. Thời gian nhận hồ sơ', formatDateTimeVi(data.receivedAt)));
  body.push(field('5. Thời gian trả kết quả giải quyết hồ sơ', formatDateTimeVi(dueAt), { strong: true }));
  body.push(field('6. Đăng ký nhận kết quả tại', deliveryPlace(data)));
  if (data.feeVnd !== undefined) {
    body.push(field('7. Phí, lệ phí', data.feeVnd === 0 ? 'Không thu' : formatVnd(data.feeVnd)));
  }
  const entry = data.registerEntry;
  body.push({
    text: `Vào Sổ theo dõi hồ sơ, Quyển số: ${entry?.book ?? '…………'}    Số thứ tự: ${entry ? String(entry.seq) : '…………'}`,
    margin: [0, 4, 0, 0],
  });
  const notes = [
    'Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên: một liên giao người nộp hồ sơ; một liên chuyển kèm Phiếu kiểm soát quá trình giải quyết hồ sơ và lưu tại Bộ phận Một cửa.',
  ];
  if (data.deliveryMethod === 'PICKUP') notes.push('Khi đến nhận kết quả, người nộp hồ sơ mang theo Giấy này và giấy tờ tùy thân.');
  if (data.agency.phone) notes.push(`Số điện thoại liên hệ: ${data.agency.phone}.`);
  body.push(note(notes, sizes));
  body.push(signatures({ title: 'Người nộp hồ sơ', fullName: data.applicant.fullName }, { title: 'Người tiếp nhận hồ sơ', fullName: data.officer.fullName }, sizes));
  return body;
}

function missingItemsTable(items: Array<string | MissingItem>, sizes: Sizes): Content {
  const normalised = items.map((item) => (typeof item === 'string' ? { name: item } : item));
  const withDetail = normalised.some((item) => item.detail);
  const header = withDetail
    ? [headerCell('TT'), headerCell('Giấy tờ, nội dung cần bổ sung, hoàn thiện'), headerCell('Yêu cầu cụ thể')]
    : [headerCell('TT'), headerCell('Giấy tờ, nội dung cần bổ sung, hoàn thiện')];
  const body: TableCell[][] = [header];
  normalised.forEach((item, i) => {
    const row: TableCell[] = [{ text: String(i + 1), alignment: 'center' }, { text: item.name }];
    if (withDetail) row.push({ text: item.detail ?? '' });
    body.push(row);
  });
  return { ...table(withDetail ? [22, '*', '*'] : [22, '*'], body), fontSize: sizes.small, margin: [0, 2, 0, 4] } as Content;
}

function supplementBody({ data, sizes }: Ctx): Content[] {
  const items = required(data.missingItems, 'supplement-request', 'missingItems');
  if (items.length === 0) throw new DocumentDataError("The supplement-request document needs at least one of 'missingItems'");
  const body: Content[] = [...applicantBlock(data, `${data.agency.unitName} tiếp nhận hồ sơ của`)];
  body.push({ text: 'Yêu cầu ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:', margin: [0, 6, 0, 2] });
  body.push(missingItemsTable(items, sizes));
  if (data.reason) body.push(field('Lý do', sentence(data.reason)));
  if (data.supplementDueAt) body.push(field('Thời hạn bổ sung, hoàn thiện hồ sơ', `trước ${formatDateTimeVi(data.supplementDueAt)}`, { strong: true }));
  body.push(paragraph(`Ông/bà nộp hồ sơ bổ sung trực tiếp tại ${data.agency.unitName} (${data.agency.address}) hoặc trực tuyến theo mã hồ sơ nêu trên.`));
  const phone = data.agency.phone ? `, số điện thoại ${data.agency.phone}` : '';
  body.push(paragraph(`Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với ${data.officer.fullName}, ${data.agency.unitName}${phone} để được hướng dẫn./.`));
  body.push(signatures(null, { title: 'Người hướng dẫn', fullName: data.officer.fullName }, sizes));
  return body;
}

function refusalBody({ data, sizes }: Ctx): Content[] {
  const reason = required(data.reason, 'refusal', 'reason');
  return [
    ...applicantBlock(data, `${data.agency.unitName} tiếp nhận hồ sơ của`),
    paragraph(`Qua xem xét, ${data.agency.unitName} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`, {
      margin: [0, 8, 0, 2],
    }),
    { text: sentence(reason), bold: true, margin: [20, 2, 0, 6], alignment: 'justify' },
    paragraph('Xin thông báo để ông/bà được biết và thực hiện./.'),
    signatures(null, { title: 'Người tiếp nhận hồ sơ', fullName: data.officer.fullName }, sizes),
  ];
}

function letterSignature(data: DossierDocumentData): Signature {
  const signer = data.signer;
  return {
    title: signer?.title ?? 'Thủ trưởng cơ quan',
    ...(signer?.subtitle ? { subtitle: signer.subtitle } : {}),
    hint: '(Ký, ghi rõ họ tên và đóng dấu)',
    ...(signer?.fullName ? { fullName: signer.fullName } : {}),
  };
}

function addressee(data: DossierDocumentData): Content {
  return {
    stack: [
      { text: ['Kính gửi: ông/bà ', { text: data.applicant.fullName, bold: true }], alignment: 'center' },
      { text: `Địa chỉ: ${data.applicant.address}`, alignment: 'center' },
    ],
    margin: [0, 2, 0, 8],
  };
}

function receivedSentence(data: DossierDocumentData): Content {
  return paragraph([
    `Ngày ${formatDate(data.receivedAt)}, ${data.agency.unitName} tiếp nhận hồ sơ của ông/bà đề nghị giải quyết thủ tục `,
    { text: `${data.procedureName},`, bold: true },
    ` mã hồ sơ `,
    { text: `${data.code}.`, bold: true },
  ]);
}

function apologyBody({ data, sizes }: Ctx): Content[] {
  const dueAt = required(data.dueAt, 'apology', 'dueAt');
  const newDueAt = required(data.newDueAt, 'apology', 'newDueAt');
  const reason = required(data.reason, 'apology', 'reason');
  if (newDueAt.getTime() <= dueAt.getTime()) throw new DocumentDataError("The apology's 'newDueAt' must be after 'dueAt'");
  return [
    addressee(data),
    receivedSentence(data),
    paragraph(`Thời gian hẹn trả kết quả giải quyết hồ sơ ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả: ${formatDateTimeVi(dueAt)}.`),
    paragraph(`Tuy nhiên đến nay, ${data.agency.unitName} chưa trả kết quả giải quyết hồ sơ cho ông/bà đúng thời hạn đã hẹn. Lý do: ${sentence(reason)}`),
    paragraph([
      `Sự chậm trễ này đã gây phiền hà cho ông/bà. ${data.agency.unitName} thành thật xin lỗi ông/bà và đề nghị gia hạn thời gian giải quyết hồ sơ đến: `,
      { text: `${formatDateTimeVi(newDueAt)}.`, bold: true },
    ]),
    paragraph('Xin trân trọng cảm ơn./.'),
    footOfLetter(recipients(['Như trên;', 'Lưu: VT, Bộ phận Một cửa.'], sizes), signatureBlock(letterSignature(data), sizes)),
  ];
}

function stopNoticeBody({ data, sizes, issuedAt }: Ctx): Content[] {
  const stoppedAt = data.stoppedAt ?? issuedAt;
  const asked = data.stopRequestedAt ? `Ngày ${formatDate(data.stopRequestedAt)}, ông/bà` : 'Ông/bà';
  const why = data.reason ? `, lý do: ${data.reason.trim().replace(/[.]+$/, '')}` : '';
  const body: Content[] = [
    addressee(data),
    receivedSentence(data),
    paragraph(`${asked} có đề nghị dừng giải quyết hồ sơ nêu trên${why}.`),
    paragraph([`${data.agency.unitName} thông báo dừng giải quyết hồ sơ mã số `, { text: data.code, bold: true }, ` theo đề nghị của ông/bà, kể từ ${formatDateTimeVi(stoppedAt)}.`]),
  ];
  if (data.settlementNote) body.push(paragraph(sentence(data.settlementNote)));
  body.push(
    paragraph('Trường hợp vẫn có nhu cầu giải quyết thủ tục hành chính này, ông/bà nộp hồ sơ mới theo quy định./.'),
    footOfLetter(recipients(['Như trên;', 'Lưu: VT, Bộ phận Một cửa.'], sizes), signatureBlock(letterSignature(data), sizes)),
  );
  return body;
}

/** '09 giờ 15 phút' over '12/03/2025': a time that fits a narrow table column on two lines. */
function timeCell(instant: Date | undefined): TableCell {
  if (!instant) return { text: '' };
  return { text: `${formatTimeVi(instant)}\n${formatDate(instant)}`, alignment: 'center' };
}

function controlSlipBody({ data, sizes }: Ctx): Content[] {
  const steps = data.steps ?? [];
  const body: Content[] = [
    field('Kèm theo hồ sơ của', data.applicant.fullName, { strong: true }),
    field('Nội dung yêu cầu giải quyết', data.procedureName),
    field('Thời gian nhận hồ sơ', formatDateTimeVi(data.receivedAt)),
    field('Thời gian hẹn trả kết quả', data.dueAt ? formatDateTimeVi(data.dueAt) : 'Chưa xác định'),
    field('Cơ quan (bộ phận) giải quyết hồ sơ', data.handlingAgency ?? '…………………………………'),
    field('Cơ quan phối hợp giải quyết hồ sơ', data.coordinatingAgencies?.length ? data.coordinatingAgencies.join('; ') : 'Không'),
  ];
  const party = (role: string, unit: string, person?: string): Content[] => [{ text: [`${role}: `, { text: unit, bold: true }] }, ...(person ? [{ text: person, italics: true }] : [])];
  const rows: TableCell[][] = [
    [
      headerCell('TT'),
      headerCell('Bên giao\n(đơn vị, người giao)'),
      headerCell('Bên nhận\n(đơn vị, người nhận)'),
      headerCell('Thời gian giao, nhận hồ sơ'),
      headerCell('Hạn xử lý'),
      {
        stack: [
          { text: 'Kết quả', bold: true, alignment: 'center' },
          { text: '(trước hạn, đúng hạn, quá hạn)', italics: true, alignment: 'center', fontSize: sizes.tiny },
        ],
      },
      headerCell('Ghi chú'),
    ],
  ];
  steps.forEach((step, i) => {
    const result = step.result ?? (step.completedAt && step.dueAt ? classifySettlement(step.completedAt, step.dueAt) : undefined);
    rows.push([
      { text: String(i + 1), alignment: 'center' },
      { stack: party('Giao', step.from.unit, step.from.fullName) },
      { stack: party('Nhận', step.to.unit, step.to.fullName) },
      timeCell(step.handedOverAt),
      timeCell(step.dueAt),
      result ? { text: RESULT_LABEL[result], alignment: 'center', bold: result === 'LATE' } : { text: 'Đang giải quyết', alignment: 'center', italics: true },
      { text: step.note ?? '' },
    ]);
  });
  const blank = Math.max(0, 3 - steps.length);
  for (let i = 0; i < blank; i++) {
    rows.push([{ text: String(steps.length + i + 1), alignment: 'center' }, { text: 'Giao:\n\nNhận:\n' }, { text: '' }, '', '', '', '']);
  }
  body.push({
    ...table([16, '*', '*', 62, 62, 54, 48], rows),
    fontSize: sizes.small,
    margin: [0, 8, 0, 4],
  } as Content);
  body.push(
    note(
      [
        'Kết quả giải quyết của từng bước so với hạn xử lý của bước đó: trước hạn, đúng hạn hoặc quá hạn.',
        'Trường hợp hồ sơ được chuyển qua dịch vụ bưu chính thì thời gian giao, nhận hồ sơ và việc ký nhận thể hiện trong hóa đơn của cơ quan bưu chính.',
      ],
      sizes,
    ),
  );
  body.push(signatures(null, { title: 'Người lập phiếu', fullName: data.officer.fullName }, sizes));
  return body;
}

const BODIES: Record<DocumentKind, (ctx: Ctx) => Content[]> = {
  receipt: receiptBody,
  'supplement-request': supplementBody,
  refusal: refusalBody,
  apology: apologyBody,
  'stop-notice': stopNoticeBody,
  'control-slip': controlSlipBody,
};

export function dossierDocumentDefinition(kind: DocumentKind, data: DossierDocumentData, barcode: BarcodeImage, fonts: DocumentFonts, now: Date): TDocumentDefinitions {
  const sizes = sizesFor(fonts.baseSize);
  const issuedAt = data.issuedAt ?? (kind === 'receipt' ? data.receivedAt : now);
  const ctx: Ctx = { data, sizes, issuedAt };
  const name = DOCUMENT_TITLES[kind].vi;
  const letter = kind === 'apology' || kind === 'stop-notice';
  const content: Content[] = [
    nationalHeader(
      {
        agencyName: data.agency.name,
        unitName: data.agency.unitName,
        placeDate: placeDateLine(data.agency.place, issuedAt),
        contentWidth: CONTENT_WIDTH,
        ...(letter ? { documentNumber: data.documentNumber ?? '……/……' } : {}),
      },
      sizes,
    ),
    title(name, sizes),
    codeBand({ code: data.code, lookupUrl: data.lookupUrl, barcode, imageName: BARCODE_IMAGE }, sizes),
    ...BODIES[kind](ctx),
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    info: {
      title: `${name} — ${data.code}`,
      subject: `${DOCUMENT_FORMS[kind].form} (Thông tư 03/2025/TT-VPCP)`,
      author: data.agency.unitName,
      creator: 'Một Cửa',
      producer: 'Một Cửa (pdfmake)',
      keywords: data.code,
    },
    language: 'vi-VN',
    images: { [BARCODE_IMAGE]: barcode.dataUrl },
    defaultStyle: { font: fonts.family, fontSize: sizes.base, lineHeight: 1.12 },
    footer: (currentPage: number, pageCount: number) =>
      pageCount > 1
        ? {
            columns: [
              { width: '*', text: `${name} — mã hồ sơ ${data.code}`, fontSize: sizes.tiny },
              { width: 'auto', text: `Trang ${currentPage}/${pageCount}`, fontSize: sizes.tiny },
            ],
            margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0],
          }
        : null,
    content,
  } as TDocumentDefinitions;
}
