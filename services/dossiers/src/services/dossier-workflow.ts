import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, executeTogether, outboxStatement, type SqlStatement } from '@motcua/platform';
import { DossierAction, DossierStatus, canPerform, isClockPaused, isSettled, transition } from '../domain/dossier-state';
import { classifySettlement } from '../domain/timeliness';
import { addWorkingDays } from '../domain/working-days';
import { Channel, type Dossier } from '../entities/dossier.entity';
import { DossierEvent } from '../entities/dossier-event.entity';
import { DossierPause } from '../entities/dossier-pause.entity';
import { nationalSyncStatements } from '../national-sync/national-sync.service';
import { StatusMessageQueue } from '../notifications/status-messages';
import { StatisticsRecorder } from '../statistics/statistics-recorder';
import type { Actor } from './actor';
import { STATUS_LABELS } from './status-labels';

export interface ApplyOptions {
  reason?: string | null;
  data?: Record<string, unknown>;
}

/**
 * The one place a dossier changes state: checks the state machine and the actor's role, keeps the pauses
 * of the legal clock, the due date and the settlement class, and writes the audit event. Callers flush and
 * {@link DossierWorkflow.finish} inside their own transaction, so a refused step leaves nothing behind.
 */
export class DossierWorkflow {
  /** The citizen's messages of this unit of work, written in its transaction (sent later by the worker). */
  private messages: StatusMessageQueue | null = null;
  /** Writes of the steps applied, sent by {@link finish}. */
  private readonly writes: SqlStatement[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async apply(dossier: Dossier, action: DossierAction, actor: Actor, options: ApplyOptions = {}): Promise<void> {
    if (!actor.system && !canPerform(actor.roles, action)) throw new AppError('FORBIDDEN', { details: { action } });
    const from = dossier.status;
    const result = transition(from, action, { pausedFrom: dossier.pausedFrom ?? undefined });
    if (!result.ok) throw invalidTransition(from, action);
    const at = this.now();

    if (isClockPaused(result.status) && !isClockPaused(from)) {
      this.em.create(DossierPause, { dossier, reason: result.status === DossierStatus.SUPPLEMENT_REQUESTED ? 'SUPPLEMENT' : 'FEE', startedAt: at });
      dossier.pausedFrom = result.pausedFrom ?? from;
    }
    dossier.status = result.status;
    if (isClockPaused(from) && !isClockPaused(result.status)) {
      const open = await this.em.findOne(DossierPause, { dossier, endedAt: null });
      if (open) open.endedAt = at;
      dossier.pausedFrom = null;
      await this.refreshDueDate(dossier);
    }
    if (isSettled(result.status) && !isSettled(from)) {
      dossier.settledAt = at;
      dossier.timeliness = dossier.dueAt && dossier.receivedAt ? classifySettlement(at, dossier.dueAt) : null;
    }
    this.record(dossier, action, actor, from, options, at);
    const counters = await new StatisticsRecorder(this.em).transition(dossier, from, action, at, options.data);
    if (counters) this.writes.push(counters);
    this.writes.push(outboxStatement('dossiers', 'dossier.status-changed', statusChangedPayload(dossier, from, action, at)));
    this.writes.push(...nationalSyncStatements(dossier));
    this.messages ??= new StatusMessageQueue(this.em);
    await this.messages.statusChanged(dossier, at);
  }

  /**
   * Sends the statistics, outbox and national-portal writes of the steps applied so far, in one round trip; the
   * owner of the workflow calls it before the transaction commits (DossierChanges, intake). Sent together
   * because a submission holds the agency's day counter locked until commit: each round trip there is a
   * round trip every other submission at that agency waits for.
   */
  async finish(): Promise<void> {
    await executeTogether(this.em, this.writes.splice(0));
  }

  /** An act that is audited but does not change the state (an apology, a call to the counter, a print). */
  note(dossier: Dossier, action: string, actor: Actor, options: ApplyOptions = {}): void {
    this.record(dossier, action, actor, dossier.status, options, this.now());
  }

  /**
   * The due date: processing days counted from when the clock started (an online submission counts from
   * its submission, after hours from the next working day; a counter dossier from its receipt), pushed on
   * by every pause. A transfer between units never restarts it. `pauses` when the caller knows them (a dossier
   * being created has none); else they are read.
   */
  async refreshDueDate(dossier: Dossier, pauses?: { from: Date; to: Date | null }[]): Promise<void> {
    const start = dossier.channel === Channel.ONLINE ? dossier.submittedAt : dossier.receivedAt;
    if (!start) return;
    const stored = pauses ?? (await this.em.find(DossierPause, { dossier }, { orderBy: { startedAt: 'asc' } })).map((p) => ({ from: p.startedAt, to: p.endedAt ?? null }));
    dossier.dueAt = addWorkingDays(start, dossier.processingDays, stored);
  }

  private record(dossier: Dossier, action: string, actor: Actor, from: DossierStatus, options: ApplyOptions, at: Date): void {
    this.em.create(DossierEvent, {
      dossier,
      action,
      fromStatus: from,
      toStatus: dossier.status,
      actorSubject: actor.subject,
      actorName: actor.name,
      actorRole: actor.system ? 'SYSTEM' : (actor.roles[0] ?? null),
      reason: options.reason ?? null,
      data: options.data ?? null,
      at,
    });
  }
}

function invalidTransition(from: DossierStatus, action: DossierAction): AppError {
  const label = STATUS_LABELS[from];
  return new AppError('INVALID_TRANSITION', {
    message: {
      vi: `Không thể thực hiện thao tác này khi hồ sơ đang ở trạng thái "${label.vi}".`,
      en: `This action is not allowed while the dossier is "${label.en}".`,
    },
    details: { status: from, action },
  });
}

/** What other services learn when a dossier moves: no personal data beyond the helper's account. */
function statusChangedPayload(dossier: Dossier, from: DossierStatus, action: DossierAction, at: Date): Record<string, unknown> {
  return {
    code: dossier.code,
    procedureCode: dossier.procedureCode,
    unitCode: dossier.unitCode,
    currentUnitCode: dossier.currentUnitCode,
    channel: dossier.channel,
    action,
    from,
    to: dossier.status,
    at: at.toISOString(),
    deliveryMethod: dossier.deliveryMethod,
    feeStatus: dossier.feeStatus,
    timeliness: dossier.timeliness ?? null,
    assistedBySubject: dossier.assistedBySubject ?? null,
    assistedByName: dossier.assistedByName ?? null,
  };
}
