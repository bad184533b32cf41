/**
 * Dossier codes as people and devices hand them to the front ends: typed, scanned from the slip's barcode (the bare
 * code) or from its QR (the public lookup URL `…/tra-cuu/<code>`). The format is the national one,
 * `<agency electronic ID>-<yymmdd>-<daily sequence>`, e.g. `000.21.25.H39-261126-0001` (services/dossiers
 * domain/dossier-code.ts is the authority; this only recognises it).
 */
const CODE = '[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*-\\d{6}-\\d{4}';
const BARE_CODE = new RegExp(`^${CODE}$`);
const LOOKUP_URL = new RegExp(`/tra-cuu/(${CODE.replaceAll('\\.', '(?:\\.|%2[Ee])')})/?(?:[?#].*)?$`);
const CODE_AT_END = new RegExp(`(?:https?://\\S*/tra-cuu/)?(${CODE})$`);
const TAIL = /^\d{6}-\d{4}$/;

/** Codes are upper case (the service normalises them the same way). */
function normalise(code: string): string {
  return code.trim().toUpperCase();
}

export function isDossierCode(text: string): boolean {
  return BARE_CODE.test(text.trim());
}

/** The code in a scan or a typed entry — a bare code or a lookup URL — or null. */
export function dossierCodeFromScan(text: string): string | null {
  const trimmed = text.trim();
  if (BARE_CODE.test(trimmed)) return normalise(trimmed);
  const url = LOOKUP_URL.exec(trimmed);
  if (url?.[1]) return normalise(decodeURIComponent(url[1]));
  return null;
}

/**
 * The code that a run of keystrokes ends with (what a USB scanner typed just before Enter), ignoring whatever was
 * typed before it; null when it does not end with one.
 */
export function dossierCodeAtEnd(keys: string): string | null {
  const match = CODE_AT_END.exec(keys);
  return match?.[1] ? normalise(match[1]) : null;
}

/**
 * What an officer types at the desk: a whole code, a lookup URL, or only the tail printed large on the slip
 * (`261126-0001`), completed with the agency's code.
 */
export function dossierCodeFromEntry(text: string, agencyCode: string | null): string | null {
  const code = dossierCodeFromScan(text);
  if (code) return code;
  const trimmed = text.trim();
  return agencyCode && TAIL.test(trimmed) ? normalise(`${agencyCode}-${trimmed}`) : null;
}

/** 'H41.25-250312-0012' → '250312-0012': the part the hall board and the voice call use. */
export function dossierCodeTail(code: string): string {
  const match = /(\d{6}-\d{4})$/.exec(code.trim());
  return match?.[1] ?? code;
}
