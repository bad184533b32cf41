/**
 * The sentence the hall board shows and speaks, as services/dossiers domain/masking.ts words it:
 * 'Mời ông/bà Nguyễn V. A., hồ sơ số 261126-0001, đến quầy số 2 nhận kết quả.' Only the masked name and the tail of
 * the code ever reach the board (Law 91/2025 on personal data: no more than the purpose needs).
 */
export interface Callout {
  maskedName?: string | null;
  codeTail: string;
  counter: number | string;
}

export function calloutText({ maskedName, codeTail, counter }: Callout, lang: 'vi' | 'en' = 'vi'): string {
  const name = maskedName?.trim();
  if (lang === 'en') {
    const whom = name ? `Mr/Ms ${name}, dossier number ${codeTail}` : `Dossier number ${codeTail}`;
    return `${whom}, please come to counter ${counter} to collect your result.`;
  }
  return name ? `Mời ông/bà ${name}, hồ sơ số ${codeTail}, đến quầy số ${counter} nhận kết quả.` : `Mời người có hồ sơ số ${codeTail} đến quầy số ${counter} nhận kết quả.`;
}

/**
 * What the speech synthesiser is given: the same sentence, with the code's digits spaced out so that a voice reads
 * "hai sáu một một hai sáu" rather than "hai trăm sáu mươi mốt nghìn…", which nobody in a hall can follow.
 */
export function calloutSpeech(callout: Callout): string {
  const spaced = callout.codeTail
    .replace(/-/g, ', ')
    .replace(/\d/g, (digit) => `${digit} `)
    .replace(/\s+,/g, ',')
    .trim();
  return calloutText({ ...callout, codeTail: spaced }, 'vi');
}
