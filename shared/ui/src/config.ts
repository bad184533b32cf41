/** Runtime configuration, written by the frontend server into /config.js before any app loads. */
export interface MotcuaConfig {
  gatewayUrl: string;
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
