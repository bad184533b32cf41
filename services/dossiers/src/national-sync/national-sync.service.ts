import type { EntityManager } from '@mikro-orm/postgresql';
import { type EventEnvelope, executeTogether, type OutboxAdapter, outboxStatement, type ServiceDeps, type SqlStatement, vietnamDay } from '@motcua/platform';
import { nationalStatusCode } from '../domain/dossier-state';
import type { SyncTally } from '../domain/quality-index-766';
import { Dossier } from '../entities/dossier.entity';
import { DossierEvent } from '../entities/dossier-event.entity';
import { dossierRecord, packetFor, progressRecord, type DossierSnapshot } from './national-portal-records';
import { nationalPortalConfig, pushToPortal, type NationalPortalConfig } from './national-portal.client';
import { NationalSyncState, NationalSyncTrack } from './national-sync-track.entity';

/** Tries of one push before it is left FAILED for staff (with the outbox's back-off: about eight minutes). */
const MAX_SYNC_ATTEMPTS = 8;

/**
 * Queues the dossier, as it is at the end of the caller's transaction, for the national portal: its track turns
 * PENDING and an outbox event is written in the same transaction, so the push happens if and only if the change
 * does. Nothing is queued when no portal is configured, or for a draft (the portal knows submitted dossiers only).
 */
export async function queueNationalSync(em: EntityManager, dossier: Dossier, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await executeTogether(em, nationalSyncStatements(dossier, env));
}

/** The statements of {@link queueNationalSync}, for a caller that sends them with its other writes. */
export function nationalSyncStatements(dossier: Dossier, env: NodeJS.ProcessEnv = process.env): SqlStatement[] {
  if (!nationalPortalConfigured(env) || nationalStatusOf(dossier) === null) return [];
  const startedOn = dossier.receivedAt ?? dossier.submittedAt;
  return [
    {
      sql: `insert into dossiers.national_sync (dossier_code, unit_code, received_on, state, attempts, updated_at) values (?, ?, ?, 'PENDING', 0, now())
     on conflict (dossier_code) do update set state = 'PENDING', attempts = 0, received_on = excluded.received_on, updated_at = now()`,
      params: [dossier.code, dossier.unitCode, startedOn ? vietnamDay(startedOn) : null],
    },
    outboxStatement('dossiers', 'dossier.national-sync', { code: dossier.code }),
  ];
}

function nationalStatusOf(dossier: Dossier): number | null {
  return nationalStatusCode(dossier.status, { refusedAfterReceipt: !!dossier.receivedAt });
}

function snapshotOf(dossier: Dossier, nationalStatus: number): DossierSnapshot {
  return {
    code: dossier.code,
    procedureCode: dossier.procedureCode,
    agencyCode: dossier.agencyCode,
    currentUnitCode: dossier.currentUnitCode,
    channel: dossier.channel,
    deliveryMethod: dossier.deliveryMethod,
    applicant: dossier.applicant,
    nationalStatus,
    submittedAt: dossier.submittedAt,
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    settledAt: dossier.settledAt,
    returnedAt: dossier.returnedAt,
  };
}

/**
 * The outbox adapter of `dossier.national-sync`: pushes the dossier as it is now (so a late or repeated event
 * never sends an older state) and records the answer. A refusal is final for this push (FAILED with the portal's
 * reason; staff may retry once the cause is fixed); an unreachable portal is retried with the outbox's back-off,
 * and left FAILED after MAX_SYNC_ATTEMPTS.
 */
export function nationalSyncAdapter(deps: Pick<ServiceDeps, 'orm' | 'log' | 'env'>): OutboxAdapter | null {
  const config = nationalPortalConfig(deps.env);
  if (!config) return null;
  return (envelope) => pushDossier(deps, config, envelope);
}

async function pushDossier(deps: Pick<ServiceDeps, 'orm' | 'log'>, config: NationalPortalConfig, envelope: EventEnvelope): Promise<string | null> {
  const em = deps.orm.em.fork() as EntityManager;
  const code = String(envelope.payload.code);
  const [dossier, track] = await Promise.all([em.findOne(Dossier, { code }), em.findOne(NationalSyncTrack, { dossierCode: code })]);
  const nationalStatus = dossier ? nationalStatusOf(dossier) : null;
  if (!dossier || !track || nationalStatus === null) return null;
  // Several events of one dossier may wait together: once the portal has its current state, the rest are done.
  if (track.state === NationalSyncState.SYNCED && track.syncedStatus === nationalStatus && track.lastSyncedAt && track.lastSyncedAt >= new Date(envelope.occurredAt)) return null;

  const snapshot = snapshotOf(dossier, nationalStatus);
  const service = packetFor(track.recordSent, nationalStatus);
  let record: Record<string, string>;
  if (service === 'DongBoHoSoMC') {
    record = dossierRecord(snapshot);
  } else {
    const last = await em.findOne(DossierEvent, { dossier }, { orderBy: { at: 'desc' } });
    record = progressRecord(snapshot, { actorName: last?.actorName ?? '', actorRole: last?.actorRole ?? null, action: last?.action ?? '', at: last?.at ?? new Date() });
  }
  const answer = await pushToPortal(config, service, record, track.recordSent);
  track.attempts += 1;
  if (answer.kind === 'ACCEPTED') {
    Object.assign(track, { state: NationalSyncState.SYNCED, lastSyncedAt: new Date(), lastError: null, syncedStatus: nationalStatus, recordSent: true });
    await em.flush();
    return null;
  }
  track.lastError = answer.kind === 'REFUSED' ? `${service}: ${answer.reason}` : answer.reason;
  const giveUp = answer.kind === 'REFUSED' || track.attempts >= MAX_SYNC_ATTEMPTS;
  track.state = giveUp ? NationalSyncState.FAILED : NationalSyncState.PENDING;
  await em.flush();
  deps.log.warn({ code, service, answer }, giveUp ? 'national portal sync failed; listed for staff' : 'national portal unreachable; will retry');
  return giveUp ? null : answer.reason;
}

/** Failed syncs of a unit's dossiers, oldest first: what staff see and retry. */
export function failedSyncs(em: EntityManager, unitCodes: readonly string[], limit = 100): Promise<NationalSyncTrack[]> {
  return em.find(NationalSyncTrack, { state: NationalSyncState.FAILED, unitCode: { $in: [...unitCodes] } }, { orderBy: { updatedAt: 'asc' }, limit });
}

export function nationalPortalConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.NATIONAL_PORTAL_URL;
}

/**
 * Dossiers received by the units (null: all) in the period that have a sync track, and how many of them the
 * portal has taken at least once, for the Decision 766 index. Dossiers from before the connection have no track
 * and are not counted either way.
 */
export async function syncTally(em: EntityManager, unitCodes: readonly string[] | null, from: string, to: string): Promise<SyncTally> {
  const [row] = await em.execute<{ synced: string; total: string }[]>(
    `select count(*) filter (where last_synced_at is not null) as synced, count(*) as total
     from dossiers.national_sync where (?::text[] is null or unit_code = any(?::text[])) and received_on between ? and ?`,
    [unitCodes && `{${unitCodes.join(',')}}`, unitCodes && `{${unitCodes.join(',')}}`, from, to],
  );
  return { synced: Number(row?.synced ?? 0), total: Number(row?.total ?? 0) };
}
