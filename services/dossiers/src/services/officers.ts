import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Caller } from '@motcua/platform';
import { Officer } from '../entities/officer.entity';

/** Officers as this process last wrote them: the inbox, read all day, writes only when one is new or has changed. */
const written = new Set<string>();

/**
 * Remembers an officer who is working (their name, roles and unit come from the verified token), so the unit's
 * list of handlers follows the identity provider between two reads of the officers' directory
 * (officer-directory-sync.ts), and even without one.
 */
export async function noteOfficer(em: EntityManager, caller: Pick<Caller, 'subject' | 'fullName' | 'roles' | 'unitCode'> | null): Promise<void> {
  if (!caller?.unitCode || !hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER')) return;
  const key = `${caller.subject}|${caller.fullName}|${caller.roles.join(',')}|${caller.unitCode}`;
  if (written.has(key)) return;
  await saveOfficer(em, { subject: caller.subject, fullName: caller.fullName, roles: caller.roles, unitCode: caller.unitCode });
  written.add(key);
}

/** Inserts or updates one officer; a row that already says the same is left untouched. */
export async function saveOfficer(em: EntityManager, officer: { subject: string; fullName: string; roles: readonly string[]; unitCode: string }): Promise<void> {
  await em.getConnection().execute(
    `insert into dossiers.officer (subject, full_name, roles, unit_code) values (?, ?, ?::text[], ?)
     on conflict (subject) do update set full_name = excluded.full_name, roles = excluded.roles, unit_code = excluded.unit_code
     where (officer.full_name, officer.roles, officer.unit_code) is distinct from (excluded.full_name, excluded.roles, excluded.unit_code)`,
    [officer.subject, officer.fullName, `{${officer.roles.join(',')}}`, officer.unitCode],
  );
}

/** The handlers of a unit, by name. */
export function handlersOf(em: EntityManager, unitCode: string): Promise<Officer[]> {
  return em.find(Officer, { unitCode, roles: { $contains: ['HANDLER'] } }, { orderBy: { fullName: 'asc' } });
}
