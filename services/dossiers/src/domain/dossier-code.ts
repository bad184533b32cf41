/**
 * The national-style dossier code: `<agency electronic ID>-<yymmdd>-<daily sequence, 4 digits>`, e.g.
 * `H41.25-250312-0012`; the date is the local (Asia/Ho_Chi_Minh) day of receipt. One code for the whole
 * life of the dossier, across units. Agency IDs follow the national scheme of dotted alphanumeric groups
 * ('H41.25', '000.00.12.H41'), so they may contain dots but never '-' or spaces, which would make the
 * code ambiguous or break a barcode scan.
 */
import { localDateKey, parseDateKey } from './local-time';

export { localDateKey } from './local-time';

export const MAX_DAILY_SEQUENCE = 9999;

export interface DossierCodeParts {
  agencyCode: string;
  /** The received local date as 'YYYY-MM-DD' (years 2000–2099). */
  receivedDate: string;
  seq: number;
}

const AGENCY_CODE = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/;
const DOSSIER_CODE = /^([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

export function isValidAgencyCode(agencyCode: string): boolean {
  return AGENCY_CODE.test(agencyCode);
}

export function isValidSequence(seq: number): boolean {
  return Number.isInteger(seq) && seq >= 1 && seq <= MAX_DAILY_SEQUENCE;
}

/** Throws RangeError for a malformed agency code or a sequence outside 1..9999 (programming errors). */
export function formatDossierCode(agencyCode: string, receivedAt: Date, seq: number): string {
  if (!isValidAgencyCode(agencyCode)) throw new RangeError(`Invalid agency code '${agencyCode}'`);
  if (!isValidSequence(seq)) throw new RangeError(`Daily sequence must be 1..${MAX_DAILY_SEQUENCE}, got ${seq}`);
  const yymmdd = localDateKey(receivedAt).slice(2).replaceAll('-', '');
  return `${agencyCode}-${yymmdd}-${String(seq).padStart(4, '0')}`;
}

/** The parts of a code, or null if it is not one. Surrounding whitespace (a scanner's Enter) is ignored. */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const match = DOSSIER_CODE.exec(code.trim());
  if (!match) return null;
  const [, agencyCode, yy, mm, dd, seqText] = match;
  const receivedDate = `20${yy}-${mm}-${dd}`;
  const seq = Number(seqText);
  if (!isRealDate(receivedDate) || !isValidSequence(seq)) return null;
  return { agencyCode: agencyCode!, receivedDate, seq };
}

function isRealDate(dateKey: string): boolean {
  try {
    parseDateKey(dateKey);
    return true;
  } catch {
    return false;
  }
}
