// Types only: vite.config.ts loads this file in Node, where the UI kit's sources cannot be imported.
import type { Role } from '@motcua/ui';

/** The micro-frontends the root mounts, each under its own path; citizens take every path the others do not. */
export interface Microfrontend {
  /** The import map key and single-spa name. */
  name: string;
  /** Folder under /apps/ on the frontend server, and the entry file's name. */
  folder: string;
  /** Path prefix that activates the app; null for the default app. */
  pathPrefix: string | null;
  /** Its entry in the header's navigation (root.messages.ts). */
  navLabel: 'nav.citizens' | 'nav.staff' | 'nav.officials';
  /** Who the header offers it to; null: everyone. A citizen is never shown the staff's or officials' workspaces. */
  roles: readonly Role[] | null;
}

export const MICROFRONTENDS: readonly Microfrontend[] = [
  { name: '@motcua/citizens', folder: 'citizens', pathPrefix: null, navLabel: 'nav.citizens', roles: null },
  { name: '@motcua/staff', folder: 'staff', pathPrefix: '/staff', navLabel: 'nav.staff', roles: ['INTAKE', 'HANDLER', 'APPROVER', 'ADMIN'] },
  { name: '@motcua/officials', folder: 'officials', pathPrefix: '/officials', navLabel: 'nav.officials', roles: ['OFFICIAL', 'ADMIN'] },
];

function matchesPrefix(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function isActive(app: Microfrontend, pathname: string): boolean {
  if (app.pathPrefix) return matchesPrefix(pathname, app.pathPrefix);
  return !MICROFRONTENDS.some((other) => other.pathPrefix && matchesPrefix(pathname, other.pathPrefix));
}

/** The import map entries of the apps, as the frontend server lays them out. */
export function appImports(): Record<string, string> {
  return Object.fromEntries(MICROFRONTENDS.map((app) => [app.name, `/apps/${app.folder}/${app.folder}.js`]));
}
