import { parseDayKey, vietnamDay } from '@motcua/platform';
/**
 * The national dossier code: `<agency electronic ID>-<yymmdd>-<daily sequence, 4 digits>`, e.g.
 * `000.00.01.H53-261121-0012`; the date is the local (Asia/Ho_Chi_Minh) day of receipt. One code for the whole
 * life of the dossier, across units and across the July 2025 reform: a dossier keeps the code its (possibly
 * abolished) agency gave it, so old and new codes are the same shape and parse alike.
 *
 * Legal basis: this is the structure `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX` of Circular 01/2018/TT-VPCP art. 19, the
 * unit code being the agency's electronic ID (QCVN 102:2016/BTTTT, codes per Decision 20/2020/QĐ-TTg). Circular
 * 03/2025/TT-VPCP (art. 13, as amended by Circular 04/2025/TT-VPCP) replaced it; no public copy of either article
 * could be read, so nothing shows the structure changed and it is kept (docs/legal-rules-2025.md). Agency IDs are
 * dotted alphanumeric groups, never '-' or spaces, which would make the code ambiguous or break a barcode scan.
 */

const MAX_DAILY_SEQUENCE = 9999;

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

function isValidSequence(seq: number): boolean {
  return Number.isInteger(seq) && seq >= 1 && seq <= MAX_DAILY_SEQUENCE;
}

/** Throws RangeError for a malformed agency code or a sequence outside 1..9999 (programming errors). */
export function formatDossierCode(agencyCode: string, receivedAt: Date, seq: number): string {
  if (!isValidAgencyCode(agencyCode)) throw new RangeError(`Invalid agency code '${agencyCode}'`);
  if (!isValidSequence(seq)) throw new RangeError(`Daily sequence must be 1..${MAX_DAILY_SEQUENCE}, got ${seq}`);
  const yymmdd = vietnamDay(receivedAt).slice(2).replaceAll('-', '');
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
    parseDayKey(dateKey);
    return true;
  } catch {
    return false;
  }
}
