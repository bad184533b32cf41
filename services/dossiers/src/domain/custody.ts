/**
 * Who held a dossier, where, and from when to when, read from its audit trail: the rows of the process control
 * slip (phiếu kiểm soát quá trình giải quyết hồ sơ) and the transfer date of the counter's register. Pure.
 *
 * Each act belongs to the person who did it, at the unit holding the dossier then. A person's acts in a row are
 * one step; the step ends with their last act. A transfer hands the dossier to the other unit, whose person is
 * known from the first act there (a leader assigning it, a handler starting it), and an assignment hands it to
 * the named handler.
 */

export type CustodyRole = 'INTAKE' | 'HANDLER' | 'APPROVER';

export interface CustodyEvent {
  action: string;
  actorName: string;
  actorRole?: string | null;
  at: Date;
  data?: Record<string, unknown> | null;
}

export interface Custodian {
  unitCode: string;
  role: CustodyRole | null;
  /** Null while a unit the dossier was sent to has not acted on it yet. */
  person: string | null;
  /** When the dossier reached this person or unit. */
  since: Date;
  /** Their last act, which ends their step when someone else takes over. */
  lastActAt: Date | null;
  /** Their step is over: someone took over, or their act settled or ended the dossier. */
  done: boolean;
}

/** Acts that show who holds the dossier; others (a call to the counter, a print) change nothing. */
const RECEIVING = new Set(['RECEIVE', 'RECEIVE_AT_COUNTER']);
const HOLDING = new Set(['START_PROCESSING', 'RECORD_STEP', 'REQUEST_SUPPLEMENT', 'APPROVE', 'REJECT', 'REFUSE', 'RETURN_RESULT', 'TRANSFER', 'ASSIGN']);
/** Acts after which the actor's step is over even if nobody takes over: the result is ready, or the dossier ended. */
const CLOSING = new Set(['APPROVE', 'REJECT', 'REFUSE', 'RETURN_RESULT']);
/** The dossier ended by the citizen's wish (or on it): whoever held it is done, and the citizen holds nothing. */
const ENDING = new Set(['STOP', 'WITHDRAW']);

/** The holders of a dossier received by `receivingUnit`, oldest first. */
export function custodyOf(events: readonly CustodyEvent[], receivingUnit: string): Custodian[] {
  const chain: Custodian[] = [];
  let unit = receivingUnit;
  const current = () => chain[chain.length - 1];
  const actBy = (e: CustodyEvent) => {
    const holder = current();
    const role = roleOf(e.actorRole);
    if (holder && holder.unitCode === unit && (holder.person === null || holder.person === e.actorName)) {
      holder.person = e.actorName;
      holder.role ??= role;
      holder.lastActAt = e.at;
      return holder;
    }
    if (holder) holder.done = true;
    // The dossier reached them when the one before finished, not when they first acted on it.
    const next: Custodian = { unitCode: unit, role, person: e.actorName, since: holder?.lastActAt ?? e.at, lastActAt: e.at, done: false };
    chain.push(next);
    return next;
  };
  for (const e of events) {
    if (RECEIVING.has(e.action)) {
      actBy(e);
      continue;
    }
    if (!chain.length) continue;
    if (ENDING.has(e.action)) current()!.done = true;
    if (!HOLDING.has(e.action)) continue;
    const holder = actBy(e);
    if (CLOSING.has(e.action)) holder.done = true;
    if (e.action === 'TRANSFER' && typeof e.data?.to === 'string') {
      holder.done = true;
      unit = e.data.to;
      chain.push({ unitCode: unit, role: null, person: null, since: e.at, lastActAt: null, done: false });
    }
    if (e.action === 'ASSIGN' && typeof e.data?.handler === 'string' && e.data.handler !== e.actorName) {
      holder.done = true;
      chain.push({ unitCode: unit, role: 'HANDLER', person: e.data.handler, since: e.at, lastActAt: null, done: false });
    }
  }
  return chain;
}

/** When the dossier left the counter that received it for whoever settles it; null while the counter holds it. */
export function handedOnAt(chain: readonly Custodian[]): Date | null {
  return chain.length > 1 ? chain[1]!.since : null;
}

/** Units beyond the receiving one that held the dossier (transfers), in order, without repeats. */
export function unitsSentTo(chain: readonly Custodian[], receivingUnit: string): string[] {
  return [...new Set(chain.map((c) => c.unitCode).filter((code) => code !== receivingUnit))];
}

function roleOf(role: string | null | undefined): CustodyRole | null {
  return role === 'INTAKE' || role === 'HANDLER' || role === 'APPROVER' ? role : null;
}
