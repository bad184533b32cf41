/**
 * SMS text as Vietnamese brandname gateways bill it: a message in the GSM 7-bit alphabet takes 160 characters
 * in one part and 153 per part when split (the rest carries the concatenation header); anything else (Vietnamese
 * with diacritics) goes as UCS-2: 70 in one part, 67 per part. Unaccented text is therefore the cheap default.
 */

type SmsEncoding = 'GSM7' | 'UCS2';

export interface SmsSegments {
  encoding: SmsEncoding;
  /** Parts the operator will bill; 0 for an empty text. */
  segments: number;
  /** Characters one part carries at this length (160/153 or 70/67). */
  perSegment: number;
  length: number;
}

// The GSM 03.38 basic set and the extension characters that cost two septets.
const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** Vietnamese without diacritics ("Hồ sơ đã có kết quả" → "Ho so da co ket qua"), as unaccented SMS need. */
export function unaccent(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Length in GSM septets, or null when a character is outside the GSM alphabet. */
function gsmLength(text: string): number | null {
  let length = 0;
  for (const char of text) {
    if (GSM_BASIC.includes(char)) length += 1;
    else if (GSM_EXTENDED.includes(char)) length += 2;
    else return null;
  }
  return length;
}

export function smsSegments(text: string): SmsSegments {
  const septets = gsmLength(text);
  if (septets !== null) return split('GSM7', septets, 160, 153);
  // UCS-2 counts UTF-16 code units: a character outside the BMP takes two.
  return split('UCS2', text.length, 70, 67);
}

function split(encoding: SmsEncoding, length: number, single: number, multi: number): SmsSegments {
  if (length === 0) return { encoding, segments: 0, perSegment: single, length };
  if (length <= single) return { encoding, segments: 1, perSegment: single, length };
  return { encoding, segments: Math.ceil(length / multi), perSegment: multi, length };
}
