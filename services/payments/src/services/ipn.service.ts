import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@motcua/platform';
import { ipnMismatch } from '../domain/reconciliation';
import { ipnResponseBody, parseVnpDate, type IpnRspCode, type VnpQuery } from '../domain/vnpay';
import { MismatchKind } from '../entities/payment-mismatch.entity';
import { Payment, PaymentStatus } from '../entities/payment.entity';
import type { PaymentProvider } from '../providers/payment-provider';
import { recordMismatch, settleSucceeded } from './payment-settlement';

export type IpnAnswer = { RspCode: IpnRspCode; Message: string };

/**
 * The gateway's server-to-server notification, the only source of truth about an online payment. Idempotent:
 * the order's row is locked, and once it has left PENDING every replay is answered '02' and changes nothing.
 */
export class IpnService {
  constructor(
    private readonly em: EntityManager,
    private readonly provider: PaymentProvider,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async handle(query: VnpQuery, from: string): Promise<IpnAnswer> {
    const txnRef = typeof query.vnp_TxnRef === 'string' ? query.vnp_TxnRef : null;
    return this.em.transactional(async (em) => {
      const payment = txnRef ? await em.findOne(Payment, { providerRef: txnRef }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      const order = payment ? { txnRef: payment.providerRef!, amountVnd: payment.amount, status: payment.status } : null;
      const decision = this.provider.decideIpn(query, order);
      const context = { txnRef, from, rspCode: decision.rspCode, vnpResponseCode: query.vnp_ResponseCode };
      if (decision.rspCode === '97') {
        this.log.warn(context, 'IPN with an invalid signature refused');
        return ipnResponseBody(decision);
      }
      if (decision.rspCode === '00' && payment) {
        await this.apply(em, payment, decision.outcome!, query);
        this.log.info({ ...context, status: payment.status, paymentId: payment.id }, 'IPN applied');
        return ipnResponseBody(decision);
      }
      const finding = ipnMismatch(decision.rspCode, order, query);
      if (finding && payment) {
        await recordMismatch(em, payment, {
          kind: MismatchKind[finding.kind],
          source: 'IPN',
          detail: finding.detail,
          providerStatus: String(query.vnp_TransactionStatus ?? ''),
          providerAmount: wireToVnd(query.vnp_Amount),
        });
      }
      this.log.warn({ ...context, mismatch: finding?.kind }, 'IPN not applied');
      return ipnResponseBody(decision);
    });
  }

  private async apply(em: EntityManager, payment: Payment, outcome: 'SUCCEEDED' | 'FAILED' | 'CANCELLED', query: VnpQuery): Promise<void> {
    const responseCode = typeof query.vnp_ResponseCode === 'string' ? query.vnp_ResponseCode : null;
    const transactionNo = typeof query.vnp_TransactionNo === 'string' && query.vnp_TransactionNo !== '0' ? query.vnp_TransactionNo : null;
    if (outcome === 'SUCCEEDED') {
      await settleSucceeded(em, payment, {
        paidAt: payDate(query.vnp_PayDate) ?? this.now(),
        settledBy: 'IPN',
        transactionNo,
        bankCode: typeof query.vnp_BankCode === 'string' ? query.vnp_BankCode : null,
        responseCode,
      });
      return;
    }
    payment.status = outcome === 'CANCELLED' ? PaymentStatus.CANCELLED : PaymentStatus.FAILED;
    payment.settledBy = 'IPN';
    payment.providerResponseCode = responseCode;
    payment.providerTransactionNo = transactionNo;
    await em.flush();
  }
}

function payDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  try {
    return parseVnpDate(value);
  } catch {
    return null;
  }
}

function wireToVnd(value: unknown): number | null {
  return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Math.round(Number(value) / 100) : null;
}
