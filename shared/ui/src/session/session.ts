import { useEffect, useState } from 'react';
import { createBrowserStore, useBrowserStore } from '../browser-store';
import { gatewayUrl } from '../config';
import { isRole, type Role } from '../domain';
import { ApiError } from '../errors/api-error';
import { decodeJwtPayload } from './jwt';

/** What the electronic identity (VNeID level 2) says of the user: shown and prefilled, never retyped. */
export interface SessionIdentity {
  personalIdNumber: string;
  /** YYYY-MM-DD */
  birthdate: string | null;
  phone: string | null;
  address: string | null;
}

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  /** Code of the administrative unit an officer belongs to; null for citizens. */
  unit: string | null;
  /** Null when the provider vouched for no identity (a test account, an officer directory entry). */
  identity: SessionIdentity | null;
  expiresAt: Date;
}

export interface Session {
  token: string;
  user: SessionUser;
}

const tokenStore = createBrowserStore('motcua.token');
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function parseSession(token: string): Session | null {
  const claims = decodeJwtPayload(token);
  if (!claims || typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : claims.sub;
  return {
    token,
    user: {
      id: claims.sub,
      username,
      name: typeof claims.name === 'string' && claims.name ? claims.name : username,
      roles: Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [],
      unit: typeof claims.unit === 'string' ? claims.unit : null,
      identity: identityOf(claims),
      expiresAt: new Date(claims.exp * 1000),
    },
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The identity claims as OpenID Connect names them (`address.formatted`), plus the personal ID number. */
function identityOf(claims: Record<string, unknown>): SessionIdentity | null {
  const personalIdNumber = text(claims.personal_id_number);
  if (!personalIdNumber) return null;
  const address = claims.address && typeof claims.address === 'object' ? text((claims.address as { formatted?: unknown }).formatted) : null;
  return { personalIdNumber, birthdate: text(claims.birthdate), phone: text(claims.phone_number), address };
}

// useSyncExternalStore needs the same object for the same token, or React re-renders forever.
let parsed: { token: string | null; session: Session | null } = { token: null, session: null };

function sessionOf(token: string | null): Session | null {
  if (parsed.token !== token) parsed = { token, session: token ? parseSession(token) : null };
  return parsed.session;
}

function isLive(session: Session | null): session is Session {
  return !!session && session.user.expiresAt.getTime() > Date.now();
}

/** The signed-in user, or null when signed out or the token has expired. */
export function useSession(): Session | null {
  const session = sessionOf(useBrowserStore(tokenStore));
  const [, setExpiredAt] = useState(0);
  // Re-render when the token runs out, so the page shows the sign-in form instead of failing requests.
  useEffect(() => {
    if (!isLive(session)) return;
    // Capped: browsers fire longer timeouts at once.
    const delay = Math.min(session.user.expiresAt.getTime() - Date.now(), MAX_TIMEOUT_MS);
    const timer = window.setTimeout(() => setExpiredAt(Date.now()), delay);
    return () => window.clearTimeout(timer);
  }, [session]);
  return isLive(session) ? session : null;
}

/** Development only: signs in with a demo account's password through the gateway's login endpoint; throws ApiError with the server's code and message. */
export async function login(username: string, password: string): Promise<Session> {
  let response: Response;
  try {
    response = await fetch(`${gatewayUrl()}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw ApiError.network();
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw ApiError.fromResponseBody(body, response.status);
  const token = (body as { token?: unknown } | null)?.token;
  const session = typeof token === 'string' ? storeToken(token) : null;
  if (!session) throw ApiError.unexpectedResponse();
  return session;
}

/** Keeps an access token as the session of every app on the page; null (and nothing kept) when it is not one. */
export function storeToken(token: string): Session | null {
  const session = parseSession(token);
  if (session) tokenStore.write(session.token);
  return session;
}

/**
 * Keys of this browser's storage that hold a person's details (the portal's drafts: ID number, phone, address)
 * begin with this: signing out removes them, so the next person at a commune help-point computer sees nothing.
 */
export const PERSONAL_STORAGE_PREFIX = 'motcua.personal.';

/**
 * Signs out on this computer at once, and asks the gateway to end the token everywhere (it would otherwise stay
 * valid until it expires); a failed request does not keep anyone signed in here.
 */
export function logout(): void {
  const token = tokenStore.read();
  forgetPersonalData();
  tokenStore.write(null);
  if (token) fetch(`${gatewayUrl()}/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, keepalive: true }).catch(() => undefined);
}

function forgetPersonalData(): void {
  try {
    const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i)).filter((key): key is string => !!key?.startsWith(PERSONAL_STORAGE_PREFIX));
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept in it.
  }
}

export function hasAnyRole(session: Session | null, roles: readonly Role[]): boolean {
  return !!session && session.user.roles.some((role) => roles.includes(role));
}
