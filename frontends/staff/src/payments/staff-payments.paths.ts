/** The workspace's fee pages, under /staff/thu-phi. */
const BASE = '/staff/thu-phi';

export const staffPaymentPaths = {
  day: BASE,
  cashBook: `${BASE}/so-quy`,
  mismatches: `${BASE}/doi-soat`,
  collect: (dossierCode: string) => `${BASE}/ho-so/${encodeURIComponent(dossierCode)}`,
};

export type StaffPaymentsRoute = { page: 'day' } | { page: 'cashBook' } | { page: 'mismatches' } | { page: 'collect'; code: string } | { page: 'notFound' };

export function isStaffPaymentsPath(pathname: string): boolean {
  return pathname === BASE || pathname.startsWith(`${BASE}/`);
}

export function matchStaffPaymentsRoute(pathname: string): StaffPaymentsRoute {
  const path = pathname.replace(/\/+$/, '');
  if (path === BASE) return { page: 'day' };
  if (path === staffPaymentPaths.cashBook) return { page: 'cashBook' };
  if (path === staffPaymentPaths.mismatches) return { page: 'mismatches' };
  const collect = /^\/staff\/thu-phi\/ho-so\/([^/]+)$/.exec(path);
  if (collect) {
    try {
      return { page: 'collect', code: decodeURIComponent(collect[1]).trim().toUpperCase() };
    } catch {
      return { page: 'notFound' };
    }
  }
  return { page: 'notFound' };
}
