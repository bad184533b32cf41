import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { AppError } from './errors';
import { hasRole, OFFICER_ROLES, type Caller, type Principal, type Role } from './auth/roles';

/** What every resolver receives: the verified caller (or null), its own unit of work, and a logger. */
export interface RequestContext {
  caller: Caller | null;
  em: EntityManager;
  log: Logger;
  requestId: string;
  /** The browser's address as the gateway saw it; informative only (a caller of a subgraph could set it). */
  clientIp: string | null;
}

export function requireCaller(ctx: Pick<RequestContext, 'caller'>): Caller {
  if (!ctx.caller) throw new AppError('UNAUTHENTICATED');
  return ctx.caller;
}

export function requireRole(ctx: Pick<RequestContext, 'caller'>, ...roles: Role[]): Caller {
  const caller = requireCaller(ctx);
  if (!hasRole(caller, ...roles)) throw new AppError('FORBIDDEN');
  return caller;
}

/**
 * The one jurisdiction rule: officers act only inside their unit; admins everywhere. `allowedUnits` lists the
 * units the record belongs to (e.g. the dossier's current unit and the unit that received it); `roles` the
 * officers concerned — every officer role by default, {@link CASEWORK_ROLES} where officials (who watch figures)
 * have no business. A caller with none of them is FORBIDDEN; one of another unit OUT_OF_JURISDICTION.
 */
export function assertJurisdiction(caller: Principal, allowedUnits: (string | null | undefined)[], roles: readonly Role[] = OFFICER_ROLES): void {
  if (hasRole(caller, 'ADMIN')) return;
  if (!caller.roles.some((r) => roles.includes(r))) throw new AppError('FORBIDDEN');
  if (!inJurisdiction(caller, allowedUnits, roles)) throw new AppError('OUT_OF_JURISDICTION');
}

/** The question {@link assertJurisdiction} asks, for a caller who may simply see less rather than be refused. */
export function inJurisdiction(caller: Principal, allowedUnits: (string | null | undefined)[], roles: readonly Role[] = OFFICER_ROLES): boolean {
  if (hasRole(caller, 'ADMIN')) return true;
  return caller.roles.some((r) => roles.includes(r)) && !!caller.unitCode && allowedUnits.includes(caller.unitCode);
}
