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
}

export const MICROFRONTENDS: readonly Microfrontend[] = [
  { name: '@motcua/citizens', folder: 'citizens', pathPrefix: null, navLabel: 'nav.citizens' },
  { name: '@motcua/staff', folder: 'staff', pathPrefix: '/staff', navLabel: 'nav.staff' },
  { name: '@motcua/officials', folder: 'officials', pathPrefix: '/officials', navLabel: 'nav.officials' },
];

export function matchesPrefix(pathname: string, prefix: string): boolean {
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
