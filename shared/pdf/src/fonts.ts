/**
 * Fonts for the printable documents.
 *
 * Default: Roboto as bundled by pdfmake 0.2 (`pdfmake/build/vfs_fonts.js`, base64 TTFs), which covers
 * Vietnamese. A deployment that has Times New Roman (Decree 30/2020 asks for it) or a metric-compatible
 * serif such as Liberation Serif points `DOCUMENT_FONT_DIR` at a directory of four TTFs:
 *
 *   regular.ttf, bold.ttf, italic.ttf, bolditalic.ttf            (exact names), or
 *   <Family>-Regular.ttf, <Family>-Bold.ttf, <Family>-Italic.ttf, <Family>-BoldItalic.ttf
 *
 * and, when the directory holds several families (as /usr/share/fonts/truetype/liberation does), names
 * the one to use with `DOCUMENT_FONT_PREFIX` (e.g. 'LiberationSerif'); with a prefix, '<Family>.ttf' is
 * also taken as the regular style (DejaVuSerif.ttf). Matching ignores case; '.otf' and '.ttc' are not
 * accepted (pdfkit embeds TrueType outlines reliably, CFF-flavoured OpenType less so). Each file must
 * have a glyph for every Vietnamese letter, or loading fails.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vfs from 'pdfmake/build/vfs_fonts';
import { missingVietnameseLetters } from './glyphs';

export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';

export interface DocumentFonts {
  /** The family name the document definitions use. */
  family: string;
  /** TTF bytes per style (pdfmake's style names). */
  files: Record<FontStyle, Buffer>;
  /** Where the fonts came from: 'pdfmake-vfs:Roboto' or the directory. */
  source: string;
  /**
   * Body font size in points. Decree 30 asks 13–14pt of Times New Roman. Roboto's x-height (0.53 em) is
   * about 18% larger than Times' (0.45 em), so Roboto at 11pt reads as large as Times at 13pt and takes
   * no more room; a directory font (Times New Roman, Liberation Serif) is set at 13pt.
   */
  baseSize: number;
}

let bundled: DocumentFonts | undefined;

/** pdfmake's bundled Roboto (its bold is Roboto Medium), decoded once. */
export function bundledRoboto(): DocumentFonts {
  if (!bundled) {
    const table = vfs as unknown as Record<string, string>;
    const file = (name: string): Buffer => {
      const base64 = table[name];
      if (!base64) throw new Error(`pdfmake/build/vfs_fonts has no ${name}`);
      return Buffer.from(base64, 'base64');
    };
    bundled = {
      family: 'Roboto',
      files: {
        normal: file('Roboto-Regular.ttf'),
        bold: file('Roboto-Medium.ttf'),
        italics: file('Roboto-Italic.ttf'),
        bolditalics: file('Roboto-MediumItalic.ttf'),
      },
      source: 'pdfmake-vfs:Roboto',
      baseSize: 11,
    };
  }
  return bundled;
}

const EXACT: Record<FontStyle, string> = {
  normal: 'regular.ttf',
  bold: 'bold.ttf',
  italics: 'italic.ttf',
  bolditalics: 'bolditalic.ttf',
};

const SUFFIX: Record<FontStyle, string> = {
  normal: '-regular.ttf',
  bold: '-bold.ttf',
  italics: '-italic.ttf',
  bolditalics: '-bolditalic.ttf',
};

const STYLES: FontStyle[] = ['normal', 'bold', 'italics', 'bolditalics'];

function assertTrueType(path: string, bytes: Buffer): void {
  const tag = bytes.subarray(0, 4);
  const isTrueType = tag.equals(Buffer.from([0, 1, 0, 0])) || tag.toString('latin1') === 'true';
  if (!isTrueType) throw new Error(`${path} is not a TrueType font`);
}

/**
 * The four styles of one family from a directory (see the module comment for the names). Throws with a
 * message that says what is missing or ambiguous.
 */
export function fontsFromDirectory(dir: string, prefix?: string, baseSize = 13): DocumentFonts {
  if (!(baseSize >= 8 && baseSize <= 16)) throw new Error(`DOCUMENT_FONT_SIZE must be between 8 and 16 points, got ${baseSize}`);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`DOCUMENT_FONT_DIR '${dir}' is not a directory`);
  const names = readdirSync(dir);
  const lower = new Map(names.map((name) => [name.toLowerCase(), name]));
  const wantedPrefix = prefix?.trim().toLowerCase();

  const pick = (style: FontStyle): string => {
    if (!wantedPrefix) {
      const exact = lower.get(EXACT[style]);
      if (exact) return exact;
    }
    const candidates = names.filter((name) => {
      const n = name.toLowerCase();
      if (!n.endsWith(SUFFIX[style])) return false;
      const family = n.slice(0, -SUFFIX[style].length);
      // 'X-BoldItalic.ttf' also ends with '-italic.ttf' under another family 'X-Bold': exclude it.
      if (style === 'italics' && family.endsWith('-bold')) return false;
      return wantedPrefix ? family === wantedPrefix : true;
    });
    if (style === 'normal' && wantedPrefix) {
      const bare = lower.get(`${wantedPrefix}.ttf`);
      if (bare && !candidates.includes(bare)) candidates.push(bare);
    }
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length === 0) {
      throw new Error(`No ${style} font in '${dir}': expected ${EXACT[style]} or <Family>${SUFFIX[style]}${wantedPrefix ? ` with DOCUMENT_FONT_PREFIX '${prefix}'` : ''}`);
    }
    throw new Error(`Several ${style} fonts in '${dir}' (${candidates.join(', ')}): set DOCUMENT_FONT_PREFIX`);
  };

  const files = {} as Record<FontStyle, Buffer>;
  const chosen: string[] = [];
  for (const style of STYLES) {
    const name = pick(style);
    const path = join(dir, name);
    const bytes = readFileSync(path);
    assertTrueType(path, bytes);
    const missing = missingVietnameseLetters(bytes);
    if (missing.length > 0) {
      throw new Error(`${path} has no glyph for ${missing.length} Vietnamese letters (${missing.slice(0, 12).join(' ')}…): choose a font that covers Vietnamese`);
    }
    files[style] = bytes;
    chosen.push(name);
  }
  const stem = chosen[0]!.toLowerCase() === EXACT.normal ? '' : chosen[0]!.replace(/(-regular)?\.ttf$/i, '');
  const family = (prefix?.trim() || stem).replace(/[^A-Za-z0-9]/g, '') || 'DocumentFont';
  return { family, files, source: dir, baseSize };
}

const fromDirectory = new Map<string, DocumentFonts>();

/**
 * The fonts to use: `DOCUMENT_FONT_DIR` (+ optional `DOCUMENT_FONT_PREFIX`, and `DOCUMENT_FONT_SIZE`,
 * the body size in points, default 13 as Decree 30 asks of Times New Roman; a wide face such as DejaVu
 * Serif needs about 11) when set, else the bundled Roboto. Directory fonts are read once per
 * configuration and cached. A misconfigured directory throws: silently falling back would print
 * documents in a font nobody chose.
 */
export function resolveDocumentFonts(env: Record<string, string | undefined> = process.env): DocumentFonts {
  const dir = env.DOCUMENT_FONT_DIR?.trim();
  if (!dir) return bundledRoboto();
  const prefix = env.DOCUMENT_FONT_PREFIX?.trim() || undefined;
  const size = env.DOCUMENT_FONT_SIZE?.trim() ? Number(env.DOCUMENT_FONT_SIZE) : 13;
  const key = `${dir}\u0000${prefix ?? ''}\u0000${size}`;
  let fonts = fromDirectory.get(key);
  if (!fonts) {
    fonts = fontsFromDirectory(dir, prefix, size);
    fromDirectory.set(key, fonts);
  }
  return fonts;
}
