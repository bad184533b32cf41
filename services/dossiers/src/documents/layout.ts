/**
 * Building blocks shared by the documents: the national header of an administrative document (Decree
 * 30/2020/NĐ-CP, Appendix I), the title, the barcode/QR band, labelled lines, tables and signature blocks.
 */
import type { Content, ContentColumns, ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { BARCODE_MODULE_PT, QR_ECC, qrFit, type BarcodeImage } from './barcode';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Font sizes derived from the body size (11pt for Roboto, 13pt for a Times-like font). */
export interface Sizes {
  base: number;
  small: number;
  tiny: number;
  title: number;
  header: number;
}

export function sizesFor(base: number): Sizes {
  return { base, small: base - 1.5, tiny: base - 3, title: base + 1, header: base - 0.5 };
}

/** Average advance of a capital letter, in em, generous enough for Roboto and Times alike. */
const CAPS_EM = 0.66;

/**
 * An agency name in capitals, broken into balanced lines when it would not fit the header column, as
 * administrative documents set it ('ỦY BAN NHÂN DÂN' / 'HUYỆN ĐỨC HÒA'), instead of leaving one word
 * alone on the second line.
 */
function balancedCaps(text: string, width: number, fontSize: number): string {
  const caps = text.trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi');
  const maxChars = Math.floor(width / (fontSize * CAPS_EM));
  if (caps.length <= maxChars) return caps;
  const words = caps.split(' ');
  let best = caps;
  let bestLongest = Infinity;
  for (let i = 1; i < words.length; i++) {
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    const longest = Math.max(first.length, second.length);
    if (longest < bestLongest) {
      bestLongest = longest;
      best = `${first}\n${second}`;
    }
  }
  return best;
}

/** Thin grid for tables: 0.5pt lines, compact padding. */
export const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/** No lines at all (layout tables). */
const NO_LINES: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** Centres a block of a given width (pdfmake cannot centre canvases and auto-width tables by itself). */
function centred(node: Content, width: number | 'auto'): ContentColumns {
  return {
    columns: [
      { width: '*', text: '' },
      { width, stack: [node] },
      { width: '*', text: '' },
    ],
    columnGap: 0,
  };
}

/** A text whose solid rule below is exactly as wide as the text (a one-cell table with a bottom border). */
export function ruled(text: string, fontSize: number): Content {
  return centred(
    {
      table: { widths: ['auto'], body: [[{ text, bold: true, fontSize, alignment: 'center' }]] },
      layout: {
        ...NO_LINES,
        hLineWidth: (i: number) => (i === 1 ? 0.6 : 0),
        paddingBottom: () => 1.5,
      },
    },
    'auto',
  );
}

function shortRule(width: number): Content {
  return centred({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }], margin: [0, 4, 0, 0] }, width);
}

export interface HeaderInput {
  agencyName: string;
  unitName: string;
  placeDate: string;
  documentNumber?: string;
  /** Width of the text area, in points. */
  contentWidth: number;
  /** Share of the left block (0.4 = 40%). */
  leftShare?: number;
}

/**
 * Left: the governing body (capitals) and the issuing unit (capitals, bold) over a short rule, then the
 * document number if any. Right: the national title, the motto over a rule of its width, and the
 * place-and-date line in italics.
 */
export function nationalHeader(input: HeaderInput, sizes: Sizes): Content {
  const leftShare = input.leftShare ?? 0.4;
  const leftWidth = input.contentWidth * leftShare - 4;
  const left: Content[] = [
    { text: balancedCaps(input.agencyName, leftWidth, sizes.header), fontSize: sizes.header, alignment: 'center' },
    { text: balancedCaps(input.unitName, leftWidth, sizes.header), fontSize: sizes.header, bold: true, alignment: 'center' },
    shortRule(60),
  ];
  if (input.documentNumber) {
    left.push({ text: `Số: ${input.documentNumber}`, fontSize: sizes.header, alignment: 'center', margin: [0, 6, 0, 0] });
  }
  const right: Content[] = [
    { text: NATIONAL_TITLE, fontSize: sizes.header, bold: true, alignment: 'center' },
    ruled(NATIONAL_MOTTO, sizes.base),
    { text: input.placeDate, italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
  ];
  return {
    columns: [
      { width: `${Math.round(leftShare * 100)}%`, stack: left },
      { width: '*', stack: right },
    ],
    columnGap: 8,
  };
}

export function title(text: string, sizes: Sizes, subtitle?: string): Content {
  const nodes: Content[] = [{ text: text.toLocaleUpperCase('vi'), bold: true, fontSize: sizes.title, alignment: 'center' }];
  if (subtitle) nodes.push({ text: subtitle, italics: true, alignment: 'center', margin: [0, 2, 0, 0] });
  return { stack: nodes, margin: [0, 10, 0, 4] };
}

export interface CodeBandInput {
  code: string;
  lookupUrl: string;
  barcode: BarcodeImage;
  /** Name of the barcode in the document's image dictionary. */
  imageName: string;
}

const BARCODE_MAX_WIDTH = 250;
const BARCODE_HEIGHT = 34;

/**
 * The dossier code in words and as a Code 128 barcode on the left, the lookup URL as a QR code on the
 * right. Barcode modules print at 1pt (0.35 mm) unless the code is long, then shrink to fit 250pt.
 */
export function codeBand(input: CodeBandInput, sizes: Sizes): Content {
  const width = Math.min(input.barcode.modules * BARCODE_MODULE_PT, BARCODE_MAX_WIDTH);
  const fit = qrFit(input.lookupUrl);
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: ['Mã hồ sơ: ', { text: input.code, bold: true }] },
          { image: input.imageName, width, height: BARCODE_HEIGHT, margin: [-10 * (width / input.barcode.modules), 4, 0, 2] },
          {
            text: ['Tra cứu hồ sơ: ', { text: input.lookupUrl, color: '#1a4b8c' }, ' (hoặc quét mã QR)'],
            fontSize: sizes.tiny,
            color: '#333333',
          },
        ],
      },
      { width: fit, stack: [{ qr: input.lookupUrl, fit, eccLevel: QR_ECC }] },
    ],
    columnGap: 16,
    margin: [0, 2, 0, 4],
  };
}

/** 'Label: value' with the value in bold when `strong`. */
export function field(label: string, value: string | Content[], options: { strong?: boolean; margin?: [number, number, number, number] } = {}): Content {
  const shown = typeof value === 'string' ? { text: value, bold: options.strong ?? false } : { text: value };
  return { text: [`${label}: `, shown], margin: options.margin ?? [0, 0.5, 0, 0.5] };
}

export function paragraph(text: string | Content[], options: { indent?: boolean; margin?: [number, number, number, number] } = {}): Content {
  return {
    text,
    alignment: 'justify',
    leadingIndent: options.indent === false ? 0 : 20,
    margin: options.margin ?? [0, 3, 0, 3],
  } as Content;
}

export interface Signature {
  title: string;
  subtitle?: string;
  hint?: string;
  fullName?: string;
}

export function signatureBlock(sig: Signature, sizes: Sizes): Content {
  const lines: Content[] = [{ text: sig.title.toLocaleUpperCase('vi'), bold: true, alignment: 'center' }];
  if (sig.subtitle) lines.push({ text: sig.subtitle.toLocaleUpperCase('vi'), bold: true, alignment: 'center' });
  lines.push({ text: sig.hint ?? '(Ký và ghi rõ họ tên)', italics: true, fontSize: sizes.small, alignment: 'center' });
  lines.push({ text: sig.fullName ?? ' ', bold: true, alignment: 'center', margin: [0, 44, 0, 0] });
  return { stack: lines };
}

/** Two signature blocks side by side (either may be absent), kept on one page. */
export function signatures(left: Signature | null, right: Signature | null, sizes: Sizes): Content {
  return {
    columns: [
      { width: '50%', stack: left ? [signatureBlock(left, sizes)] : [{ text: '' }] },
      { width: '50%', stack: right ? [signatureBlock(right, sizes)] : [{ text: '' }] },
    ],
    columnGap: 8,
    margin: [0, 10, 0, 0],
    unbreakable: true,
  } as Content;
}

/** Any two blocks at the foot of a letter (recipients on the left, signature on the right), kept together. */
export function footOfLetter(left: Content, right: Content): Content {
  return {
    columns: [
      { width: '45%', stack: [left], margin: [0, 16, 0, 0] },
      { width: '55%', stack: [right] },
    ],
    columnGap: 8,
    margin: [0, 14, 0, 0],
    unbreakable: true,
  } as Content;
}

/** 'Nơi nhận:' block of an administrative letter, set small at the bottom left. */
export function recipients(lines: string[], sizes: Sizes): Content {
  return {
    stack: [{ text: 'Nơi nhận:', bold: true, italics: true, fontSize: sizes.small }, ...lines.map((line) => ({ text: `- ${line}`, fontSize: sizes.tiny + 1 }))],
  };
}

export function headerCell(text: string, extra: Partial<Record<'rowSpan' | 'colSpan', number>> = {}): TableCell {
  return { text, bold: true, alignment: 'center', ...extra } as TableCell;
}

export function table(widths: ContentTable['table']['widths'], body: TableCell[][], headerRows = 1): ContentTable {
  return { table: { widths, body, headerRows, dontBreakRows: true }, layout: GRID };
}

/** A short note in small italics ('Ghi chú: ...'). */
export function note(lines: string[], sizes: Sizes): Content {
  return {
    stack: [
      { text: 'Ghi chú:', bold: true, italics: true, fontSize: sizes.small },
      ...lines.map((line) => ({ text: `- ${line}`, italics: true, fontSize: sizes.small, alignment: 'justify' as const })),
    ],
    margin: [0, 8, 0, 0],
  };
}
