/**
 * Does a TrueType font have a glyph for every letter of the Vietnamese alphabet? A font without them
 * prints holes where 'ơ', 'ư' or 'ạ' should be (Debian's fonts-liberation 1.07 is such a font), and
 * nobody notices until a citizen holds the paper. Reads the font's `cmap` (formats 4 and 12).
 */

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // none, sắc, huyền, hỏi, ngã, nặng
const CONSONANTS = 'bcdđghklmnpqrstvx';

/** Every precomposed (NFC) letter of Vietnamese, lower and upper case. */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower = [...VOWELS.flatMap((vowel) => TONES.map((tone) => `${vowel}${tone}`.normalize('NFC'))), ...CONSONANTS];
  return [...new Set([...lower, ...lower.map((letter) => letter.toLocaleUpperCase('vi'))])];
})();

type GlyphLookup = (codePoint: number) => number;

function cmapLookup(font: Buffer): GlyphLookup {
  const numTables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');

  const subtables = new Map<string, number>();
  const count = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    subtables.set(`${font.readUInt16BE(record)}/${font.readUInt16BE(record + 2)}`, cmap + font.readUInt32BE(record + 4));
  }
  // Unicode full repertoire first (format 12), then BMP (format 4).
  for (const key of ['3/10', '0/4', '0/6', '3/1', '0/3', '0/2', '0/1', '0/0']) {
    const offset = subtables.get(key);
    if (offset === undefined) continue;
    const format = font.readUInt16BE(offset);
    if (format === 12) return format12(font, offset);
    if (format === 4) return format4(font, offset);
  }
  throw new Error('no Unicode cmap subtable of format 4 or 12');
}

function format4(font: Buffer, at: number): GlyphLookup {
  const segX2 = font.readUInt16BE(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (c) => {
    if (c > 0xffff) return 0;
    for (let i = 0; i < segX2; i += 2) {
      if (font.readUInt16BE(ends + i) < c) continue;
      const start = font.readUInt16BE(starts + i);
      if (start > c) return 0;
      const delta = font.readUInt16BE(deltas + i);
      const rangeOffset = font.readUInt16BE(rangeOffsets + i);
      if (rangeOffset === 0) return (c + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + i + rangeOffset + 2 * (c - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function format12(font: Buffer, at: number): GlyphLookup {
  const groups = font.readUInt32BE(at + 12);
  return (c) => {
    for (let i = 0; i < groups; i++) {
      const group = at + 16 + i * 12;
      const start = font.readUInt32BE(group);
      const end = font.readUInt32BE(group + 4);
      if (c >= start && c <= end) return font.readUInt32BE(group + 8) + (c - start);
    }
    return 0;
  };
}

/** The Vietnamese letters the font has no glyph for (empty: the font can print Vietnamese). */
export function missingVietnameseLetters(font: Buffer): string[] {
  const glyphOf = cmapLookup(font);
  return VIETNAMESE_LETTERS.filter((letter) => glyphOf(letter.codePointAt(0)!) === 0);
}
