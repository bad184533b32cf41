import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventHandler } from '@motcua/platform';
import { DossierAction, DossierStatus } from '../domain/dossier-state';
import { Dossier, FeeStatus } from '../entities/dossier.entity';
import { SYSTEM_ACTOR } from '../services/actor';
import { DossierWorkflow } from '../services/dossier-workflow';
import { StatisticsRecorder } from '../statistics/statistics-recorder';

/** The money track follows the payments service; a dossier waiting for its fee resumes when it is paid. */
export const paymentSucceeded: EventHandler = async (em: EntityManager, payload) => {
  const dossier = await em.findOne(Dossier, { code: String(payload.dossierCode) });
  if (!dossier) return;
  dossier.feeStatus = FeeStatus.PAID;
  await new StatisticsRecorder(em).feePaid(dossier, String(payload.method ?? ''));
  const workflow = new DossierWorkflow(em);
  if (dossier.status === DossierStatus.WAITING_FOR_FEE) {
    await workflow.apply(dossier, DossierAction.FEE_PAID, SYSTEM_ACTOR, { data: { paymentId: payload.paymentId, method: payload.method, amountVnd: payload.amountVnd } });
  } else {
    workflow.note(dossier, 'FEE_PAID', SYSTEM_ACTOR, { data: { paymentId: payload.paymentId, method: payload.method, amountVnd: payload.amountVnd } });
  }
  await em.flush();
};

export const paymentRefunded: EventHandler = async (em: EntityManager, payload) => {
  const dossier = await em.findOne(Dossier, { code: String(payload.dossierCode) });
  if (!dossier) return;
  dossier.feeStatus = FeeStatus.REFUNDED;
  new DossierWorkflow(em).note(dossier, 'FEE_REFUNDED', SYSTEM_ACTOR, { data: { paymentId: payload.paymentId, amountVnd: payload.amountVnd } });
  await em.flush();
};
