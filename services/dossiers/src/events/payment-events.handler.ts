import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventHandler } from '@motcua/platform';
import { DossierAction, DossierStatus } from '../domain/dossier-state';
import { FeeStatus } from '../entities/dossier.entity';
import { SYSTEM_ACTOR } from '../services/actor';
import { DossierChanges } from '../services/dossier-changes';
import { StatisticsRecorder } from '../statistics/statistics-recorder';

/**
 * The money track follows the payments service; a dossier waiting for its fee resumes when it is paid, and the
 * citizen hears that it is received and when its result is due, as after any other change of state.
 */
export const paymentSucceeded: EventHandler = async (em: EntityManager, payload) => {
  await DossierChanges.within(em, String(payload.dossierCode), async (em, dossier, workflow) => {
    dossier.feeStatus = FeeStatus.PAID;
    await new StatisticsRecorder(em).feePaid(dossier, String(payload.method ?? ''));
    const data = { paymentId: payload.paymentId, method: payload.method, amountVnd: payload.amountVnd };
    if (dossier.status === DossierStatus.WAITING_FOR_FEE) await workflow.apply(dossier, DossierAction.FEE_PAID, SYSTEM_ACTOR, { data });
    else workflow.note(dossier, 'FEE_PAID', SYSTEM_ACTOR, { data });
  });
};

export const paymentRefunded: EventHandler = async (em: EntityManager, payload) => {
  await DossierChanges.within(em, String(payload.dossierCode), async (_em, dossier, workflow) => {
    dossier.feeStatus = FeeStatus.REFUNDED;
    workflow.note(dossier, 'FEE_REFUNDED', SYSTEM_ACTOR, { data: { paymentId: payload.paymentId, amountVnd: payload.amountVnd } });
  });
};
