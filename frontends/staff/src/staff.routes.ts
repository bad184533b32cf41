/**
 * The staff workspace's pages, under /staff. Paths are Vietnamese, as officers read and share them; one place
 * builds and parses them so a link and the router cannot disagree.
 */
export type StaffRoute =
  | { page: 'inbox' }
  | { page: 'dossier'; code: string }
  | { page: 'intake' }
  | { page: 'board' }
  | { page: 'outbox' }
  | { page: 'register' }
  | { page: 'nationalSync' }
  | { page: 'notFound' };

const BASE = '/staff';

export const staffPaths = {
  inbox: BASE,
  dossier: (code: string) => `${BASE}/ho-so/${encodeURIComponent(code)}`,
  intake: `${BASE}/tiep-nhan`,
  board: (unitCode?: string | null) => `${BASE}/bang-goi${unitCode ? `?unit=${encodeURIComponent(unitCode)}` : ''}`,
  outbox: (dossierCode?: string | null) => `${BASE}/thong-bao${dossierCode ? `?ho-so=${encodeURIComponent(dossierCode)}` : ''}`,
  register: `${BASE}/so-theo-doi`,
  nationalSync: `${BASE}/dong-bo`,
} as const;

export function matchStaffRoute(pathname: string): StaffRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === BASE) return { page: 'inbox' };
  const dossier = /^\/staff\/ho-so\/([^/]+)$/.exec(path);
  if (dossier?.[1]) return { page: 'dossier', code: decodeURIComponent(dossier[1]).trim().toUpperCase() };
  if (path === staffPaths.intake) return { page: 'intake' };
  if (path === `${BASE}/bang-goi`) return { page: 'board' };
  if (path === `${BASE}/thong-bao`) return { page: 'outbox' };
  if (path === staffPaths.register) return { page: 'register' };
  if (path === staffPaths.nationalSync) return { page: 'nationalSync' };
  return { page: 'notFound' };
}
