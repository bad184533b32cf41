export const ROLES = ['CITIZEN', 'VOLUNTEER', 'INTAKE', 'HANDLER', 'APPROVER', 'OFFICIAL', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that act for a unit of the administration and are therefore scoped to it. */
export const OFFICER_ROLES: readonly Role[] = ['INTAKE', 'HANDLER', 'APPROVER', 'OFFICIAL'];

/** Officers who work on dossiers themselves; OFFICIAL, the dashboard role, watches figures, not people. */
export const CASEWORK_ROLES: readonly Role[] = ['INTAKE', 'HANDLER', 'APPROVER'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The verified caller of a request, as every service sees it. */
export interface Caller {
  subject: string;
  username: string;
  fullName: string;
  roles: Role[];
  /** Code of the administrative unit an officer belongs to; null for citizens and volunteers. */
  unitCode: string | null;
  /** The raw bearer token, forwarded when a service calls another through the graph. */
  token: string;
}

/** The part of a caller that authorisation looks at. */
export type Principal = Pick<Caller, 'subject' | 'roles' | 'unitCode'>;

export function hasRole(caller: Pick<Caller, 'roles'> | null, ...roles: Role[]): boolean {
  return !!caller && caller.roles.some((r) => roles.includes(r));
}
