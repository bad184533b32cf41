/**
 * Which unit takes over a dossier whose unit ended (the reform of 1 July 2025, or any later one). Pure.
 *
 * Rule (documented in docs/ by the lead; keep the two in step):
 *  1. One successor (a FULL link, or a single link of any kind): that one.
 *  2. Several successors (the old unit was split, PARTIAL links): the successor whose full name ("xã Mỹ Hạnh")
 *     appears in the applicant's address as a phrase of its own, compared without case or diacritics; if none
 *     or several do, the first by code. An address is what the citizen wrote, so it
 *     decides only when it names exactly one successor.
 *  3. No successor link (a district): the successor of its nearest ancestor that has one — a district's
 *     dossiers go to the province it became part of, never to a commune.
 */

type SuccessionKind = 'FULL' | 'PARTIAL';

export interface SuccessorLink {
  code: string;
  name: string;
  kind: SuccessionKind;
}

export type SuccessionResolution = 'FULL' | 'PARTIAL_BY_ADDRESS' | 'PARTIAL_FIRST_BY_CODE' | 'ANCESTOR';

export interface SuccessorChoice {
  code: string;
  name: string;
  resolution: SuccessionResolution;
}

/** Lower case, no diacritics (đ → d), single spaces: how names are compared. */
export function plainText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The full name as a phrase of its own: "xã Đức Lập" is not found in "xã Đức Lập Thượng", nor "xã Đức Hòa" in "huyện Đức Hòa". */
function mentions(address: string, name: string): boolean {
  const phrase = plainText(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${phrase}(?!\\s*[a-z0-9])`).test(plainText(address));
}

/** The successor among a unit's succession links; null when it has none (the caller then asks its nearest ancestor, rule 3). */
export function chooseSuccessor(links: readonly SuccessorLink[], address: string): SuccessorChoice | null {
  if (!links.length) return null;
  const byCode = [...links].sort((a, b) => a.code.localeCompare(b.code));
  if (byCode.length === 1) return { code: byCode[0].code, name: byCode[0].name, resolution: 'FULL' };
  const named = byCode.filter((link) => mentions(address, link.name));
  if (named.length === 1) return { code: named[0].code, name: named[0].name, resolution: 'PARTIAL_BY_ADDRESS' };
  return { code: byCode[0].code, name: byCode[0].name, resolution: 'PARTIAL_FIRST_BY_CODE' };
}
