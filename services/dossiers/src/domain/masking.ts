/**
 * What the hall's call-out board, the voice announcement and the public lookup may show of a citizen:
 * the family name and initials, and the tail of the dossier code (Law 91/2025/QH15 on personal data:
 * disclose no more than the purpose needs). Initials with dots ('Nguyễn V. A.') rather than stars:
 * they read well on a board and a speech synthesiser says them, where it would read '*' aloud or skip it.
 */
import { parseDossierCode } from './dossier-code';

function initialOf(word: string): string {
  const first = Array.from(word)[0] ?? '';
  return `${first.toLocaleUpperCase('vi')}.`;
}

/** 'Nguyễn Văn An' → 'Nguyễn V. A.'; a single name → its initial; blank → ''. */
export function maskName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length === 1) return initialOf(words[0]!);
  const [family, ...rest] = words;
  return [family, ...rest.map(initialOf)].join(' ');
}

/** 'H41.25-250312-0012' → '250312-0012' (received date and sequence); null if not a dossier code. */
export function codeTail(code: string): string | null {
  const parts = parseDossierCode(code);
  if (!parts) return null;
  const yymmdd = parts.receivedDate.slice(2).replaceAll('-', '');
  return `${yymmdd}-${String(parts.seq).padStart(4, '0')}`;
}

/** How the hall board names a dossier: the same for the ready list, a call and the officer's preview of it. */
export function boardEntry(fullName: string, code: string): { maskedName: string; codeTail: string } {
  return { maskedName: maskName(fullName), codeTail: codeTail(code) ?? code };
}

type Salutation = 'MR' | 'MS';
export type CalloutLanguage = 'vi' | 'en';

export interface CalloutInput {
  maskedName?: string;
  codeTail: string;
  counter: string | number;
  /** Unknown → 'ông/bà' / 'Mr/Ms'. */
  salutation?: Salutation;
}

const ADDRESS: Record<CalloutLanguage, Record<Salutation | 'ANY', string>> = {
  vi: { MR: 'ông', MS: 'bà', ANY: 'ông/bà' },
  en: { MR: 'Mr', MS: 'Ms', ANY: 'Mr/Ms' },
};

/**
 * 'Mời ông/bà Nguyễn V. A., hồ sơ số 250312-0012, đến quầy số 2 nhận kết quả.'
 * 'Mr/Ms Nguyễn V. A., dossier number 250312-0012, please come to counter 2 to collect your result.'
 * Without a name the sentence addresses the holder of the dossier.
 */
export function calloutSentence(input: CalloutInput, language: CalloutLanguage = 'vi'): string {
  const name = input.maskedName?.trim();
  const address = ADDRESS[language][input.salutation ?? 'ANY'];
  const { codeTail: tail, counter } = input;
  if (language === 'en') {
    const whom = name ? `${address} ${name}, dossier number ${tail}` : `Dossier number ${tail}`;
    return `${whom}, please come to counter ${counter} to collect your result.`;
  }
  return name ? `Mời ${address} ${name}, hồ sơ số ${tail}, đến quầy số ${counter} nhận kết quả.` : `Mời người có hồ sơ số ${tail} đến quầy số ${counter} nhận kết quả.`;
}
