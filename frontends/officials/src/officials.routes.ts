/**
 * The officials' addresses under /officials, in Vietnamese as the people who use them read them. The period of the
 * dashboard travels in the query string (?tu=YYYY-MM-DD&den=YYYY-MM-DD), so a view can be bookmarked or shared.
 */
export type OfficialsRoute =
  | { page: 'dashboard'; unitCode: string | null }
  | { page: 'procedure'; unitCode: string; procedureCode: string }
  | { page: 'training' }
  | { page: 'events' }
  | { page: 'volunteers' }
  | { page: 'zalo' }
  | { page: 'support' }
  | { page: 'targets' }
  | { page: 'notFound' };

export type Section = 'dashboard' | 'training' | 'events' | 'volunteers' | 'zalo' | 'support' | 'targets';

const BASE = '/officials';
const enc = encodeURIComponent;

export const officialsPaths = {
  dashboard: (search = '') => `${BASE}${search}`,
  unit: (unitCode: string, search = '') => `${BASE}/don-vi/${enc(unitCode)}${search}`,
  procedure: (unitCode: string, procedureCode: string, search = '') => `${BASE}/don-vi/${enc(unitCode)}/thu-tuc/${enc(procedureCode)}${search}`,
  training: () => `${BASE}/tap-huan`,
  events: () => `${BASE}/hoat-dong`,
  volunteers: () => `${BASE}/tinh-nguyen-vien`,
  zalo: () => `${BASE}/nhom-zalo`,
  support: () => `${BASE}/ho-tro`,
  targets: () => `${BASE}/chi-tieu`,
};

const PAGES: Record<string, OfficialsRoute> = {
  'tap-huan': { page: 'training' },
  'hoat-dong': { page: 'events' },
  'tinh-nguyen-vien': { page: 'volunteers' },
  'nhom-zalo': { page: 'zalo' },
  'ho-tro': { page: 'support' },
  'chi-tieu': { page: 'targets' },
};

function decode(segment: string | undefined): string | null {
  if (!segment) return null;
  try {
    return decodeURIComponent(segment).trim() || null;
  } catch {
    return null;
  }
}

export function matchOfficialsRoute(pathname: string): OfficialsRoute {
  const segments = pathname.split('/').filter(Boolean);
  if (segments[0] !== 'officials') return { page: 'notFound' };
  const [, first, second, third, fourth, ...rest] = segments;
  if (rest.length) return { page: 'notFound' };
  if (!first) return { page: 'dashboard', unitCode: null };
  if (first === 'don-vi') {
    const unitCode = decode(second);
    if (!unitCode) return { page: 'notFound' };
    if (!third) return { page: 'dashboard', unitCode };
    const procedureCode = decode(fourth);
    return third === 'thu-tuc' && procedureCode ? { page: 'procedure', unitCode, procedureCode } : { page: 'notFound' };
  }
  return !second && PAGES[first] ? PAGES[first] : { page: 'notFound' };
}

export function sectionOf(route: OfficialsRoute): Section | null {
  switch (route.page) {
    case 'dashboard':
    case 'procedure':
      return 'dashboard';
    case 'notFound':
      return null;
    default:
      return route.page;
  }
}
