import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Caller } from '@motcua/platform';
import { Officer } from '../entities/officer.entity';

const REFRESH_MS = 60 * 60 * 1000;
const lastNoted = new Map<string, number>();

/**
 * Remembers an officer who is working (their name, roles and unit come from the verified token), at most once an
 * hour per process, so the unit's list of handlers stays current without a write on every request.
 */
export async function noteOfficer(em: EntityManager, caller: Caller | null, now = Date.now()): Promise<void> {
  if (!caller?.unitCode || !hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER')) return;
  const key = `${caller.subject}|${caller.fullName}|${caller.roles.join(',')}|${caller.unitCode}`;
  if (now - (lastNoted.get(key) ?? 0) < REFRESH_MS) return;
  await em.getConnection().execute(
    `insert into dossiers.officer (subject, full_name, roles, unit_code, last_seen_at) values (?, ?, ?::text[], ?, ?)
     on conflict (subject) do update set full_name = excluded.full_name, roles = excluded.roles, unit_code = excluded.unit_code, last_seen_at = excluded.last_seen_at`,
    [caller.subject, caller.fullName, `{${caller.roles.join(',')}}`, caller.unitCode, new Date(now)],
  );
  lastNoted.set(key, now);
}

/** The handlers of a unit, by name. */
export function handlersOf(em: EntityManager, unitCode: string): Promise<Officer[]> {
  return em.find(Officer, { unitCode, roles: { $contains: ['HANDLER'] } }, { orderBy: { fullName: 'asc' } });
}
