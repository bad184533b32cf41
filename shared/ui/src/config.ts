/** Runtime configuration, written by the frontend server into /config.js before any app loads. */
export interface MotcuaConfig {
  gatewayUrl: string;
  /** The front ends' client at the OIDC provider (OIDC_CLIENT_ID). */
  oidcClientId: string;
  /** Development: the demo accounts' password form is offered beside the provider's sign-in. */
  devLogin: boolean;
}

declare global {
  interface Window {
    MOTCUA_CONFIG?: Partial<MotcuaConfig>;
  }
}

const DEFAULT_GATEWAY_URL = 'http://localhost:4000';

export function gatewayUrl(): string {
  const configured = typeof window === 'undefined' ? undefined : window.MOTCUA_CONFIG?.gatewayUrl;
  return (configured || DEFAULT_GATEWAY_URL).replace(/\/+$/, '');
}

/** The blank form a procedure's declaration is made on, to print and fill in by hand (public). */
export function declarationTemplateUrl(procedureCode: string, requirementId: string): string {
  return `${gatewayUrl()}/documents/templates/${encodeURIComponent(procedureCode)}/${encodeURIComponent(requirementId)}.pdf`;
}

export function oidcClientId(): string {
  return (typeof window === 'undefined' ? undefined : window.MOTCUA_CONFIG?.oidcClientId) || 'motcua-portal';
}

export function devLoginOffered(): boolean {
  return typeof window !== 'undefined' && window.MOTCUA_CONFIG?.devLogin === true;
}
