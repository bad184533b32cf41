import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@motcua/platform';
import { DossierAction, DossierStatus } from '../domain/dossier-state';
import { maskName, codeTail } from '../domain/masking';
import { DeliveryMethod, DeliveryStatus, FeeStatus, type Dossier } from '../entities/dossier.entity';
import { PickupCall } from '../entities/pickup-call.entity';
import { StatisticsRecorder } from '../statistics/statistics-recorder';
import type { Actor } from './actor';
import { assertOfficerOf, isOwner } from './dossier-access';
import type { DossierChanges } from './dossier-changes';

/** Handing the result back: at the counter, by post, or by download; then the citizen's rating. */
export class ResultReturnService {
  constructor(
    private readonly changes: DossierChanges,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counter pickup: the officer scans the slip and records who took the result. */
  returnAtCounter(actor: Actor, code: string, receivedBy: string): Promise<Dossier> {
    if (receivedBy.trim().length < 2) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'receivedBy' }] } });
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertOfficerOf(actor, dossier);
      if (dossier.deliveryMethod === DeliveryMethod.POST) throw wrongWay();
      assertFeeSettled(dossier);
      await workflow.apply(dossier, DossierAction.RETURN_RESULT, actor, { data: { receivedBy: receivedBy.trim(), way: 'COUNTER' } });
      this.markReturned(dossier, receivedBy.trim());
      await em.flush();
    });
  }

  /** An electronic result: the first download by the applicant returns it. */
  download(actor: Actor, code: string): Promise<Dossier> {
    return this.changes.change(code, async (em, dossier, workflow) => {
      if (!isOwner(actor, dossier)) throw new AppError('FORBIDDEN');
      if (dossier.deliveryMethod !== DeliveryMethod.ONLINE) throw wrongWay();
      if (dossier.status === DossierStatus.RESULT_READY) {
        assertFeeSettled(dossier);
        await workflow.apply(dossier, DossierAction.RETURN_RESULT, actor, { data: { way: 'DOWNLOAD' } });
        this.markReturned(dossier, actor.name);
      } else if (dossier.status !== DossierStatus.RETURNED) {
        throw new AppError('INVALID_TRANSITION', { details: { status: dossier.status } });
      }
      await em.flush();
    });
  }

  /**
   * The post reports delivery (through the postal adapter), entered by an officer of the dossier's units: the
   * transition is the post's (no officer role performs it), the audit trail names the officer who entered it.
   */
  deliveredByPost(actor: Actor, code: string, receivedBy: string, markShipment: (em: EntityManager) => Promise<unknown>): Promise<Dossier> {
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertOfficerOf(actor, dossier);
      await markShipment(em);
      await workflow.apply(dossier, DossierAction.RETURN_RESULT, { ...actor, system: true }, { data: { receivedBy, way: 'POST' } });
      this.markReturned(dossier, receivedBy);
      await em.flush();
    });
  }

  /**
   * Waives the fee of a dossier that owes it (a legal exemption, recorded with its reason): nothing is due any
   * more, the result can be handed over and the payments service no longer asks for it.
   */
  waiveFee(actor: Actor, code: string, reason: string): Promise<Dossier> {
    if (reason.trim().length < 5) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Ghi rõ lý do miễn phí (căn cứ miễn, giảm).', en: 'State why the fee is waived (the ground for the exemption).' },
        details: { fields: [{ field: 'reason' }] },
      });
    }
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertOfficerOf(actor, dossier);
      if (dossier.feeStatus !== FeeStatus.DUE) {
        throw new AppError('INVALID_TRANSITION', { message: { vi: 'Hồ sơ này không còn phí phải nộp.', en: 'This dossier owes no fee.' }, details: { feeStatus: dossier.feeStatus } });
      }
      dossier.feeStatus = FeeStatus.NONE;
      dossier.feeWaiverReason = reason.trim();
      workflow.note(dossier, 'WAIVE_FEE', actor, { reason: reason.trim() });
      await em.flush();
    });
  }

  rate(actor: Actor, code: string, rating: number, comment: string | null): Promise<Dossier> {
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'rating' }] } });
    return this.changes.change(code, async (em, dossier, workflow) => {
      if (!isOwner(actor, dossier)) throw new AppError('FORBIDDEN');
      if (dossier.status !== DossierStatus.RETURNED) throw new AppError('INVALID_TRANSITION', { details: { status: dossier.status } });
      if (dossier.rating) throw new AppError('CONFLICT', { message: { vi: 'Bạn đã đánh giá hồ sơ này.', en: 'You have already rated this dossier.' } });
      dossier.rating = rating;
      dossier.ratingComment = comment?.trim().slice(0, 1000) || null;
      workflow.note(dossier, 'RATE', actor, { data: { rating } });
      await new StatisticsRecorder(em).rated(dossier, rating);
      await em.flush();
    });
  }

  /** Calls the citizen to a counter: the hall's board shows and speaks it (masked name, code tail). */
  callForPickup(actor: Actor, code: string, counter: number): Promise<Dossier> {
    if (!Number.isInteger(counter) || counter < 1 || counter > 50) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'counter' }] } });
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertOfficerOf(actor, dossier);
      if (dossier.status !== DossierStatus.RESULT_READY || dossier.deliveryMethod !== DeliveryMethod.PICKUP) {
        throw new AppError('INVALID_TRANSITION', { message: { vi: 'Chỉ mời nhận khi kết quả đã sẵn sàng tại quầy.', en: 'Only a result waiting at the counter can be called.' } });
      }
      dossier.pickupCounter = counter;
      // The citizen waits in the hall of the unit that received the dossier, whichever unit settled it.
      em.create(PickupCall, {
        dossierCode: dossier.code,
        unitCode: dossier.unitCode,
        counter,
        maskedName: maskName(dossier.applicant.fullName),
        codeTail: codeTail(dossier.code) ?? dossier.code,
        calledAt: this.now(),
      });
      workflow.note(dossier, 'CALL_FOR_PICKUP', actor, { data: { counter } });
      await em.flush();
    });
  }

  private markReturned(dossier: Dossier, receivedBy: string): void {
    dossier.returnedAt = this.now();
    dossier.deliveryStatus = DeliveryStatus.DELIVERED;
    dossier.resultReceivedBy = receivedBy;
  }
}

/** A result is handed over once its fee is paid, unless the procedure is free or the fee was waived. */
function assertFeeSettled(dossier: Dossier): void {
  if (dossier.feeStatus !== FeeStatus.DUE) return;
  throw new AppError('INVALID_TRANSITION', {
    message: {
      vi: 'Hồ sơ còn phí, lệ phí chưa nộp: thu phí (tiền mặt hoặc trực tuyến) hoặc ghi nhận miễn phí trước khi trả kết quả.',
      en: 'The fee is still due: collect it (cash or online) or record a waiver before handing the result over.',
    },
    details: { reason: 'FEE_DUE', feeStatus: dossier.feeStatus },
  });
}

function wrongWay(): AppError {
  return new AppError('VALIDATION_FAILED', { message: { vi: 'Hồ sơ này nhận kết quả theo cách khác.', en: 'This dossier receives its result another way.' } });
}
