import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@motcua/platform';
import { MismatchKind } from '../entities/payment-mismatch.entity';
import { Payment, PaymentMethod, PaymentStatus } from '../entities/payment.entity';
import { ProviderError, type PaymentProvider, type RefundOutcome } from '../providers/payment-provider';
import { publishRefunded, recordMismatch } from './payment-settlement';

const REFUSAL_REFUND_REASON = 'Hồ sơ bị từ chối giải quyết';

/**
 * A dossier refused after its fee was paid gets the money back: online payments through the gateway's refund,
 * cash listed for the counter to hand back. Runs inside the transaction that records the event as consumed, so a
 * redelivered event finds the payment already REFUNDED; a gateway refund repeated after a crash is answered
 * '94' (already requested) and counts as done.
 */
export class RefundService {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async refundAfterRefusal(em: EntityManager, dossierCode: string): Promise<void> {
    const payments = await em.find(Payment, { dossierCode, status: PaymentStatus.SUCCEEDED }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'asc' } });
    for (const payment of payments) {
      if (payment.method === PaymentMethod.ONLINE) {
        await this.refundOnline(em, payment);
        continue;
      }
      await recordMismatch(em, payment, {
        kind: MismatchKind.CASH_REFUND_DUE,
        source: 'REFUND',
        detail: `Hồ sơ ${dossierCode} bị từ chối sau khi đã thu tiền mặt (biên lai ${payment.receiptNumber}): hoàn trả ${payment.amount} đồng tại quầy.`,
      });
    }
  }

  private async refundOnline(em: EntityManager, payment: Payment): Promise<void> {
    let outcome: RefundOutcome;
    try {
      outcome = await this.provider.refund({
        txnRef: payment.providerRef!,
        amountVnd: payment.amount,
        full: true,
        transactionNo: payment.providerTransactionNo ?? null,
        transactionDate: payment.createdAt,
        orderInfo: `Hoan phi ho so ${payment.dossierCode}`,
        requestedBy: 'he-thong',
      });
    } catch (err) {
      // A transient failure makes the event fail, so the outbox delivers it again later.
      if (err instanceof ProviderError && err.transient) throw err;
      this.log.error({ err, paymentId: payment.id }, 'refund answer could not be trusted');
      await recordMismatch(em, payment, { kind: MismatchKind.REFUND_FAILED, source: 'REFUND', detail: `Không xác nhận được việc hoàn tiền: ${(err as Error).message}.` });
      return;
    }
    if (outcome.kind === 'REFUSED') {
      this.log.warn({ paymentId: payment.id, code: outcome.responseCode }, 'refund refused by the gateway');
      await recordMismatch(em, payment, {
        kind: MismatchKind.REFUND_FAILED,
        source: 'REFUND',
        providerStatus: outcome.responseCode,
        detail: `Cổng thanh toán từ chối hoàn tiền (mã ${outcome.responseCode}: ${outcome.message}).`,
      });
      return;
    }
    payment.status = PaymentStatus.REFUNDED;
    payment.refundAmount = payment.amount;
    payment.refundReason = REFUSAL_REFUND_REASON;
    payment.refundedAt = this.now();
    payment.refundTransactionNo = outcome.transactionNo;
    payment.refundedByName = 'Hệ thống';
    await em.flush();
    await publishRefunded(em, payment);
    this.log.info({ paymentId: payment.id, dossierCode: payment.dossierCode }, 'payment refunded after refusal');
  }
}
