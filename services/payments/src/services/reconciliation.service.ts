import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@motcua/platform';
import { settleFromQuery, type QueryAnswer } from '../domain/reconciliation';
import { MismatchKind } from '../entities/payment-mismatch.entity';
import { Payment, PaymentMethod, PaymentStatus } from '../entities/payment.entity';
import type { PaymentProvider } from '../providers/payment-provider';
import { recordMismatch, settleSucceeded } from './payment-settlement';

export interface ReconciliationTally {
  checked: number;
  succeeded: number;
  failed: number;
  expired: number;
  unchanged: number;
  errors: number;
  mismatches: number;
}

const BATCH = 50;

/**
 * Pending online payments whose IPN never came are asked about (querydr) once they are older than the timeout,
 * and settled from the gateway's signed answer; what cannot be settled automatically is listed for staff.
 */
export class ReconciliationService {
  constructor(
    private readonly em: EntityManager,
    private readonly provider: PaymentProvider,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async run(olderThanMinutes: number): Promise<ReconciliationTally> {
    const tally: ReconciliationTally = { checked: 0, succeeded: 0, failed: 0, expired: 0, unchanged: 0, errors: 0, mismatches: 0 };
    const cutoff = new Date(this.now().getTime() - olderThanMinutes * 60_000);
    const pending = await this.em.fork().find(Payment, { status: PaymentStatus.PENDING, method: PaymentMethod.ONLINE, createdAt: { $lte: cutoff } }, { orderBy: { createdAt: 'asc' }, limit: BATCH });
    for (const payment of pending) {
      tally.checked++;
      const result = await this.settle(payment).catch((err: unknown) => {
        this.log.warn({ err, paymentId: payment.id, txnRef: payment.providerRef }, 'reconciliation could not settle a payment');
        return 'error' as const;
      });
      if (result === 'error') tally.errors++;
      else if (result === 'mismatch') tally.mismatches++;
      else tally[result]++;
    }
    if (tally.checked) this.log.info(tally, 'reconciliation run');
    return tally;
  }

  private async settle(candidate: Payment): Promise<'succeeded' | 'failed' | 'expired' | 'unchanged' | 'mismatch'> {
    const answer = await this.provider.query({ txnRef: candidate.providerRef!, orderInfo: candidate.orderInfo!, createdAt: candidate.createdAt });
    const decision = settleFromQuery({ amountVnd: candidate.amount, expiresAt: candidate.expiresAt ?? candidate.createdAt }, answer, this.now());
    return this.em.fork().transactional(async (em) => {
      const payment = await em.findOne(Payment, { id: candidate.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // The IPN may have arrived while we were asking: it wins, nothing to do.
      if (!payment || payment.status !== PaymentStatus.PENDING) return 'unchanged';
      switch (decision.action) {
        case 'SUCCEEDED':
          await settleSucceeded(em, payment, success(answer, this.now()));
          return 'succeeded';
        case 'FAILED':
        case 'EXPIRED':
          payment.status = decision.action === 'FAILED' ? PaymentStatus.FAILED : PaymentStatus.EXPIRED;
          payment.settledBy = 'RECONCILIATION';
          payment.providerResponseCode = answer.transactionStatus ?? answer.responseCode;
          await em.flush();
          return decision.action === 'FAILED' ? 'failed' : 'expired';
        case 'KEEP':
          if (!decision.mismatch) return 'unchanged';
          await recordMismatch(em, payment, {
            kind: MismatchKind[decision.mismatch.kind],
            source: 'RECONCILIATION',
            detail: decision.mismatch.detail,
            providerStatus: answer.transactionStatus ?? answer.responseCode,
            providerAmount: answer.amountVnd,
          });
          return 'mismatch';
      }
    });
  }
}

function success(answer: QueryAnswer, now: Date) {
  return { paidAt: answer.payDate ?? now, settledBy: 'RECONCILIATION' as const, transactionNo: answer.transactionNo, bankCode: answer.bankCode, responseCode: answer.transactionStatus };
}

/** The worker: one run every interval, never two at once; stop() waits for the run in progress. */
export function startReconciliationWorker(orm: MikroORM, provider: PaymentProvider, log: Logger, options: { intervalSeconds: number; olderThanMinutes: number }): { stop(): Promise<void> } {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    if (!running) return;
    current = new ReconciliationService(orm.em.fork(), provider, log)
      .run(options.olderThanMinutes)
      .catch((err: unknown) => log.error({ err }, 'reconciliation run failed'))
      .finally(() => {
        if (running) timer = setTimeout(tick, options.intervalSeconds * 1000);
      });
  };
  timer = setTimeout(tick, options.intervalSeconds * 1000);
  return {
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
