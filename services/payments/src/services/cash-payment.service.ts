import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertJurisdiction, type Caller } from '@motcua/platform';
import type { DossierSnapshot, FeeCounts } from '../domain/dossier-fees';
import type { FeeResult } from '../domain/fees';
import { MismatchKind, PaymentMismatch } from '../entities/payment-mismatch.entity';
import { Payment, PaymentMethod, PaymentStatus } from '../entities/payment.entity';
import type { PaymentsRuntime } from './container';
import { normalDossierCode } from './dossier-reader';
import { checkFeeCounts, notPayableError, payableFees } from './payment-errors';
import { lockDossierPayments, publishRefunded, settleSucceeded } from './payment-settlement';

/** The counter's side: cash taken by an intake officer of the dossier's unit, and cash paid back. */
export class CashPaymentService {
  constructor(
    private readonly em: EntityManager,
    private readonly runtime: PaymentsRuntime,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records cash received for the dossier's fees, with a receipt number; the dossier hears of it through the outbox. */
  async record(caller: Caller, dossierCode: string, counts: FeeCounts = {}): Promise<Payment> {
    checkFeeCounts(counts);
    const dossier = await this.runtime.dossiers.read(normalDossierCode(dossierCode), caller.token);
    assertJurisdiction(caller, [dossier.unitCode, dossier.currentUnitCode]);
    const fees = payableFees(dossier, this.runtime.config.postalChargeVnd, counts);

    return this.recordFor({ subject: caller.subject, fullName: caller.fullName }, dossier, fees);
  }

  /** The bookkeeping of a cash payment once the officer's right to take it is checked (also used by the demo seed). */
  async recordFor(collector: { subject: string; fullName: string }, dossier: DossierSnapshot, fees: FeeResult): Promise<Payment> {
    return this.em.transactional(async (em) => {
      await lockDossierPayments(em, dossier.code);
      if (await em.findOne(Payment, { dossierCode: dossier.code, status: PaymentStatus.SUCCEEDED })) throw notPayableError('ALREADY_PAID', dossier.code);
      const at = this.now();
      const payment = em.create(Payment, {
        dossierCode: dossier.code,
        unitCode: dossier.unitCode,
        channel: dossier.channel,
        items: fees.items,
        amount: fees.totalVnd,
        method: PaymentMethod.CASH,
        status: PaymentStatus.PENDING,
        payerName: dossier.applicantName,
        collectedBySubject: collector.subject,
        collectedByName: collector.fullName,
        createdAt: at,
      });
      await em.flush();
      await settleSucceeded(em, payment, { paidAt: at, settledBy: 'COUNTER' });
      return payment;
    });
  }

  /** Cash handed back at the counter (a refused dossier's fee); it closes the "cash refund due" entry. */
  async refund(caller: Caller, paymentId: string, reason: string): Promise<Payment> {
    const why = reason.trim();
    if (why.length < 5) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Cần nêu lý do hoàn trả.', en: 'Give the reason for the refund.' },
        details: { fields: [{ field: 'reason' }] },
      });
    }
    return this.em.transactional(async (em) => {
      const payment = await em.findOne(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!payment) throw new AppError('NOT_FOUND', { details: { paymentId } });
      assertJurisdiction(caller, [payment.unitCode]);
      if (payment.method !== PaymentMethod.CASH || payment.status !== PaymentStatus.SUCCEEDED) {
        throw new AppError('INVALID_TRANSITION', {
          message: { vi: 'Chỉ hoàn trả được khoản thu tiền mặt đã thu.', en: 'Only a cash payment that was received can be paid back at the counter.' },
          details: { paymentId, status: payment.status, method: payment.method },
        });
      }
      const at = this.now();
      payment.status = PaymentStatus.REFUNDED;
      payment.refundAmount = payment.amount;
      payment.refundReason = why;
      payment.refundedAt = at;
      payment.refundedByName = caller.fullName;
      const open = await em.find(PaymentMismatch, { paymentId: payment.id, kind: MismatchKind.CASH_REFUND_DUE, resolvedAt: null });
      for (const entry of open) {
        entry.resolvedAt = at;
        entry.resolvedByName = caller.fullName;
        entry.resolution = `Đã hoàn trả tại quầy: ${why}`;
      }
      await em.flush();
      await publishRefunded(em, payment);
      return payment;
    });
  }
}
