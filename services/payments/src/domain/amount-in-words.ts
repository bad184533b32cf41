/**
 * An amount of money in Vietnamese words, as a receipt writes it beside the figures ("Số tiền bằng chữ"):
 * 2.500 → "Hai nghìn năm trăm đồng", 1.005.000 → "Một triệu không trăm linh năm nghìn đồng". The usual rules:
 * "mười" for 1 in the tens, "mốt" for 1 and "lăm" for 5 after a ten, "linh" for an empty ten, "không trăm" for an
 * empty hundred inside a number; groups of three digits named nghìn, triệu, tỷ (then nghìn tỷ, triệu tỷ).
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'];

function groupInWords(group: number, leading: boolean): string {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor((group % 100) / 10);
  const units = group % 10;
  const words: string[] = [];
  if (hundreds > 0 || !leading) words.push(`${DIGITS[hundreds]} trăm`);
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else {
    words.push(tens === 1 ? 'mười' : `${DIGITS[tens]} mươi`);
  }
  if (units > 0) {
    if (units === 1 && tens >= 2) words.push('mốt');
    else if (units === 5 && tens >= 1) words.push('lăm');
    else words.push(DIGITS[units]!);
  }
  return words.join(' ');
}

export function amountInWords(amountVnd: number): string {
  if (!Number.isSafeInteger(amountVnd) || amountVnd < 0) throw new RangeError(`amount ${amountVnd} must be a non-negative integer`);
  if (amountVnd === 0) return 'Không đồng';
  const groups: number[] = [];
  for (let rest = amountVnd; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  if (groups.length > SCALES.length) throw new RangeError(`amount ${amountVnd} is too large`);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    parts.push([groupInWords(group, i === groups.length - 1), SCALES[i]].filter(Boolean).join(' '));
  }
  const text = `${parts.join(' ')} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
