import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { missingVietnameseLetters, VIETNAMESE_LETTERS } from '@motcua/pdf';
import { bundledRoboto, fontsFromDirectory, renderDossierDocument, resolveDocumentFonts, type DocumentFonts } from '../index';
import { dossier } from './fixtures';
import { pdfFonts, pdfPageCount, pdfText, previewPage1, squash } from './pdf-tools';

const LIBERATION = '/usr/share/fonts/truetype/liberation';
const hasLiberation = existsSync(join(LIBERATION, 'LiberationSerif-Regular.ttf'));
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const hasDejaVuSerif = ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSerif-BoldItalic.ttf'].every((f) => existsSync(join(DEJAVU, f)));
/** bwip-js (a dependency) ships OCR-B: a real TrueType font with no Vietnamese letters. */
const OCRB = join(
  createRequire(__filename)
    .resolve('bwip-js')
    .replace(/dist[\\/].*$/, ''),
  'fonts',
  'OCRB7.ttf',
);

async function expectVietnameseReceipt(fonts: DocumentFonts, preview: string, fontName: RegExp): Promise<void> {
  const pdf = await renderDossierDocument('receipt', dossier(), { fonts });
  previewPage1(pdf, preview);
  expect(pdfPageCount(pdf)).toBe(1);
  const embedded = pdfFonts(pdf);
  expect(embedded.length).toBeGreaterThan(0);
  expect(embedded.every((font) => font.embedded && fontName.test(font.name))).toBe(true);
  const flat = squash(pdfText(pdf));
  for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nguyễn Văn An', 'Ấp Bình Tiền 2, xã Đức Hòa Hạ', '16 giờ 00 phút, ngày 19/03/2025']) {
    expect(flat).toContain(squash(expected));
  }
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-fonts-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A directory with pdfmake's Roboto under the given file names (regular, bold, italic, bold italic). */
function robotoDir(names: [string, string, string, string]): string {
  const dir = tempDir();
  const { files } = bundledRoboto();
  for (const [i, bytes] of [files.normal, files.bold, files.italics, files.bolditalics].entries()) writeFileSync(join(dir, names[i]!), bytes);
  return dir;
}

describe('Vietnamese glyph coverage', () => {
  it('knows the 178 letters (lower and upper case, tones precomposed) and finds them all in pdfmake Roboto', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(2 * (12 * 6 + 17));
    expect(VIETNAMESE_LETTERS).toEqual(expect.arrayContaining(['ạ', 'ờ', 'ữ', 'Ỵ', 'Đ', 'ẵ', 'ệ']));
    for (const bytes of Object.values(bundledRoboto().files)) expect(missingVietnameseLetters(bytes)).toEqual([]);
  });

  it.skipIf(!existsSync(OCRB))('finds the holes in a font without Vietnamese, which a font directory then refuses', () => {
    const ocrb = readFileSync(OCRB);
    const missing = missingVietnameseLetters(ocrb);
    expect(missing).toEqual(expect.arrayContaining(['ơ', 'ư', 'ạ', 'Đ']));
    expect(missing).not.toContain('a');
    const dir = tempDir();
    for (const name of ['regular.ttf', 'bold.ttf', 'italic.ttf', 'bolditalic.ttf']) writeFileSync(join(dir, name), ocrb);
    expect(() => fontsFromDirectory(dir)).toThrow(/no glyph for \d+ Vietnamese letters/);
  });
});

describe('bundled Roboto', () => {
  it('is the default and decodes pdfmake vfs fonts into four TrueType buffers', () => {
    const fonts = resolveDocumentFonts({});
    expect(fonts).toBe(bundledRoboto());
    expect(fonts.family).toBe('Roboto');
    expect(fonts.source).toBe('pdfmake-vfs:Roboto');
    for (const bytes of Object.values(fonts.files)) {
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
      expect(bytes.length).toBeGreaterThan(100_000);
    }
  });
});

describe('DOCUMENT_FONT_DIR', () => {
  it('takes regular/bold/italic/bolditalic.ttf', () => {
    const dir = robotoDir(['regular.ttf', 'bold.ttf', 'italic.ttf', 'bolditalic.ttf']);
    const fonts = resolveDocumentFonts({ DOCUMENT_FONT_DIR: dir });
    expect(fonts.source).toBe(dir);
    expect(fonts.family).toBe('DocumentFont');
    expect(fonts.baseSize).toBe(13);
    expect(fonts.files.bold.equals(bundledRoboto().files.bold)).toBe(true);
    expect(resolveDocumentFonts({ DOCUMENT_FONT_DIR: dir })).toBe(fonts); // read once
  });

  it('takes <Family>-Regular/-Bold/-Italic/-BoldItalic.ttf, case aside', () => {
    const dir = robotoDir(['Demo-Regular.ttf', 'Demo-Bold.TTF', 'demo-italic.ttf', 'Demo-BoldItalic.ttf']);
    const fonts = fontsFromDirectory(dir);
    expect(fonts.family).toBe('Demo');
    expect(fonts.files.italics.equals(bundledRoboto().files.italics)).toBe(true);
    expect(fonts.files.bolditalics.equals(bundledRoboto().files.bolditalics)).toBe(true);
  });

  it('says what is missing, ambiguous or not a font', () => {
    const missing = tempDir();
    writeFileSync(join(missing, 'regular.ttf'), bundledRoboto().files.normal);
    expect(() => fontsFromDirectory(missing)).toThrow(/No bold font/);

    const notFont = robotoDir(['regular.ttf', 'bold.ttf', 'italic.ttf', 'bolditalic.ttf']);
    writeFileSync(join(notFont, 'bold.ttf'), 'not a font');
    expect(() => fontsFromDirectory(notFont)).toThrow(/not a TrueType font/);

    expect(() => resolveDocumentFonts({ DOCUMENT_FONT_DIR: join(tmpdir(), 'no-such-font-dir') })).toThrow(/not a directory/);
    const ok = robotoDir(['regular.ttf', 'bold.ttf', 'italic.ttf', 'bolditalic.ttf']);
    expect(() => resolveDocumentFonts({ DOCUMENT_FONT_DIR: ok, DOCUMENT_FONT_SIZE: 'big' })).toThrow(/DOCUMENT_FONT_SIZE/);

    const two = robotoDir(['A-Regular.ttf', 'A-Bold.ttf', 'A-Italic.ttf', 'A-BoldItalic.ttf']);
    for (const style of ['Regular', 'Bold', 'Italic', 'BoldItalic']) copyFileSync(join(two, `A-${style}.ttf`), join(two, `B-${style}.ttf`));
    expect(() => fontsFromDirectory(two)).toThrow(/DOCUMENT_FONT_PREFIX/);
    expect(fontsFromDirectory(two, 'B').family).toBe('B');
  });

  it.skipIf(!hasDejaVuSerif)('prints with a system font family picked by prefix (DejaVu Serif), diacritics intact', async () => {
    const fonts = resolveDocumentFonts({ DOCUMENT_FONT_DIR: DEJAVU, DOCUMENT_FONT_PREFIX: 'DejaVuSerif', DOCUMENT_FONT_SIZE: '11' });
    expect(fonts.family).toBe('DejaVuSerif');
    expect(fonts.baseSize).toBe(11);
    await expectVietnameseReceipt(fonts, 'receipt-dejavu-serif', /^DejaVuSerif/);
  });

  it.skipIf(!hasLiberation)('prints with Liberation Serif (Times metrics) when it covers Vietnamese (2.x), refuses it when not (Debian fonts-liberation 1.07)', async () => {
    expect(() => resolveDocumentFonts({ DOCUMENT_FONT_DIR: LIBERATION })).toThrow(/Several/);
    const regular = readFileSync(join(LIBERATION, 'LiberationSerif-Regular.ttf'));
    const env = { DOCUMENT_FONT_DIR: LIBERATION, DOCUMENT_FONT_PREFIX: 'LiberationSerif' };
    if (missingVietnameseLetters(regular).length > 0) {
      expect(() => resolveDocumentFonts(env)).toThrow(/Vietnamese letters/);
      return;
    }
    const fonts = resolveDocumentFonts(env);
    expect(fonts.family).toBe('LiberationSerif');
    await expectVietnameseReceipt(fonts, 'receipt-liberation-serif', /^LiberationSerif/);
  });
});
