import { foldForSearch } from '@motcua/platform';

/**
 * What an officer can find a dossier by at the counter: its code (or any part of it), the applicant's
 * name with or without diacritics, ID number or phone. Folded once when the dossier is created.
 */
export function dossierSearchText(code: string, applicant: { fullName: string; idNumber: string; phone: string }): string {
  return foldForSearch(`${code} ${applicant.fullName} ${applicant.idNumber} ${applicant.phone}`);
}
