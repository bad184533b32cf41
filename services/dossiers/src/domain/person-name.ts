/**
 * A person's name as it is stored and printed: NFC (one code point per Vietnamese letter, whatever the keyboard
 * sent), trimmed, inner spaces single. Refused (null): no letter at all (spaces only), or an invisible or
 * direction-changing character (zero-width space/joiner, U+202E…), which would print a name other than the one
 * stored (issue 12).
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Co}\p{Cn}\u2028\u2029]/u;
const LETTER = /\p{L}/u;

export function normalisePersonName(raw: string): string | null {
  const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (INVISIBLE.test(name) || !LETTER.test(name) || [...name].length < 2) return null;
  return name;
}

export const PERSON_NAME_RULE = {
  vi: 'Họ tên phải có chữ cái và không chứa ký tự ẩn hay ký tự đổi chiều văn bản.',
  en: 'A name must contain letters and no invisible or text-direction characters.',
};
