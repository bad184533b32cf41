import type { Caller, Principal, Role } from '@motcua/platform';

/** Who acts on a dossier: a signed-in person, or the system itself (payment confirmations, the post). */
export interface Actor extends Principal {
  name: string;
  roles: Role[];
  /** System actors are trusted to perform their own transitions (see canPerform). */
  system?: boolean;
}

export const SYSTEM_ACTOR: Actor = { subject: 'system', name: 'Hệ thống', roles: [], unitCode: null, system: true };

export function actorOf(caller: Caller): Actor {
  return { subject: caller.subject, name: caller.fullName, roles: caller.roles, unitCode: caller.unitCode };
}
