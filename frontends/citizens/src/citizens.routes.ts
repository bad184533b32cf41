/**
 * The portal's addresses, in Vietnamese as citizens read them. Everything not /staff or /officials reaches this app,
 * and the frontend server answers every such path with the page, so each address works on reload and from a QR.
 */
export type CitizensRoute =
  | { name: 'search' }
  | { name: 'procedure'; code: string }
  | { name: 'submit'; code: string }
  | { name: 'track'; code: string | null }
  | { name: 'myDossiers' }
  | { name: 'myDossier'; code: string }
  | { name: 'notFound' };

/**
 * What a message (SMS, Zalo, e-mail) or the public lookup asks the citizen to do on their dossier's page:
 * `/ho-so-cua-toi/<code>?hanh-dong=<action>`. The page asks to sign in first, on the same address, then opens at
 * that action. The link format is documented in README ("Using it") for the notification templates.
 */
const DOSSIER_ACTIONS = {
  pay: 'thanh-toan',
  supplement: 'bo-sung',
  download: 'tai-ve',
  rate: 'danh-gia',
  reason: 'ly-do',
} as const;

export type DossierAction = keyof typeof DOSSIER_ACTIONS;

const ACTION_PARAM = 'hanh-dong';

/** The action a dossier page was opened for, from its query string; null for none or one it does not know. */
export function dossierActionOf(search: string): DossierAction | null {
  const value = new URLSearchParams(search).get(ACTION_PARAM);
  const found = Object.entries(DOSSIER_ACTIONS).find(([, slug]) => slug === value);
  return found ? (found[0] as DossierAction) : null;
}

export const paths = {
  search: (query = '') => `/${query}`,
  procedure: (code: string) => `/thu-tuc/${encodeURIComponent(code)}`,
  submit: (code: string) => `/thu-tuc/${encodeURIComponent(code)}/nop-ho-so`,
  track: (code?: string) => (code ? `/tra-cuu/${encodeURIComponent(code)}` : '/tra-cuu'),
  myDossiers: () => '/ho-so-cua-toi',
  myDossier: (code: string, action?: DossierAction) => `/ho-so-cua-toi/${encodeURIComponent(code)}${action ? `?${ACTION_PARAM}=${DOSSIER_ACTIONS[action]}` : ''}`,
};

function decode(segment: string): string | null {
  try {
    const value = decodeURIComponent(segment).trim();
    return value || null;
  } catch {
    return null;
  }
}

export function matchRoute(pathname: string): CitizensRoute {
  const segments = pathname.split('/').filter(Boolean);
  const [first, second, third, ...rest] = segments;
  if (rest.length > 0) return { name: 'notFound' };
  if (!first) return { name: 'search' };
  const code = second ? decode(second) : null;
  switch (first) {
    case 'thu-tuc':
      if (!second) return third ? { name: 'notFound' } : { name: 'search' };
      if (!code) return { name: 'notFound' };
      if (!third) return { name: 'procedure', code };
      return third === 'nop-ho-so' ? { name: 'submit', code } : { name: 'notFound' };
    case 'tra-cuu':
      if (third) return { name: 'notFound' };
      return second && !code ? { name: 'notFound' } : { name: 'track', code };
    case 'ho-so-cua-toi':
      if (third) return { name: 'notFound' };
      if (!second) return { name: 'myDossiers' };
      return code ? { name: 'myDossier', code } : { name: 'notFound' };
    default:
      return { name: 'notFound' };
  }
}

/** The sub-navigation's sections: which tab a route belongs to. */
export type Section = 'procedures' | 'track' | 'mine';

export function sectionOf(route: CitizensRoute): Section | null {
  switch (route.name) {
    case 'search':
    case 'procedure':
    case 'submit':
      return 'procedures';
    case 'track':
      return 'track';
    case 'myDossiers':
    case 'myDossier':
      return 'mine';
    default:
      return null;
  }
}
