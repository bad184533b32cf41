import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertJurisdiction, hasRole, type Caller } from '@motcua/platform';
import { dossierFeeItems, whyNotPayable, type DossierSnapshot, type FeeCounts, type NotPayable } from '../domain/dossier-fees';
import type { FeeResult } from '../domain/fees';
import { VnpayError } from '../domain/vnpay';
import { Payment, PaymentMethod, PaymentStatus } from '../entities/payment.entity';
import type { PaymentsRuntime } from './container';
import { normalDossierCode } from './dossier-reader';
import { checkFeeCounts, feesOrError, notPayableError, payableFees } from './payment-errors';
import { lockDossierPayments, nextTxnRef } from './payment-settlement';

export interface PaymentQuoteResult {
  dossier: DossierSnapshot;
  fees: FeeResult;
  notPayable: NotPayable | null;
  pending: Payment | null;
}

/** A pending payment is offered again only while the gateway will still accept it for a while. */
const REUSE_MARGIN_MS = 3 * 60_000;

/** The citizen's side of an online payment: what is owed, and the signed URL to pay it. */
export class OnlinePaymentService {
  constructor(
    private readonly em: EntityManager,
    private readonly runtime: PaymentsRuntime,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** What the dossier owes, item by item, for its owner or an officer of its unit. */
  async quote(caller: Caller, dossierCode: string, counts: FeeCounts = {}): Promise<PaymentQuoteResult> {
    checkFeeCounts(counts);
    const dossier = await this.readForCaller(caller, normalDossierCode(dossierCode));
    const fees = feesOrError(() => dossierFeeItems(dossier, this.runtime.config.postalChargeVnd, counts), { dossierCode: dossier.code });
    const notPayable = whyNotPayable(dossier) ?? (fees.totalVnd === 0 ? 'NO_FEE' : null);
    const pending = await this.em.findOne(Payment, { dossierCode: dossier.code, status: PaymentStatus.PENDING, method: PaymentMethod.ONLINE }, { orderBy: { createdAt: 'desc' } });
    return { dossier, fees, notPayable, pending };
  }

  /**
   * Creates (or offers again) a PENDING online payment and its signed payment URL. Only the dossier's owner (or the
   * volunteer who helped) may pay online; officers take cash at the counter.
   */
  async start(caller: Caller, dossierCode: string, clientIp: string | null = null): Promise<{ payment: Payment; redirectUrl: string }> {
    if (!hasRole(caller, 'CITIZEN', 'VOLUNTEER')) throw new AppError('FORBIDDEN');
    const dossier = await this.runtime.dossiers.read(normalDossierCode(dossierCode), caller.token);
    if (dossier.applicantName === null) throw new AppError('FORBIDDEN', { details: { dossierCode: dossier.code } });
    const fees = payableFees(dossier, this.runtime.config.postalChargeVnd);

    return this.em.transactional(async (em) => {
      await lockDossierPayments(em, dossier.code);
      const at = this.now();
      const paid = await em.findOne(Payment, { dossierCode: dossier.code, status: PaymentStatus.SUCCEEDED });
      if (paid) throw notPayableError('ALREADY_PAID', dossier.code);
      const reusable = await em.findOne(
        Payment,
        {
          dossierCode: dossier.code,
          status: PaymentStatus.PENDING,
          method: PaymentMethod.ONLINE,
          payerSubject: caller.subject,
          amount: fees.totalVnd,
          expiresAt: { $gt: new Date(at.getTime() + REUSE_MARGIN_MS) },
        },
        { orderBy: { createdAt: 'desc' } },
      );
      const payment = reusable ?? (await this.createPending(em, dossier, fees, caller, at));
      return { payment, redirectUrl: this.signedUrl(payment, clientIp) };
    });
  }

  private async createPending(em: EntityManager, dossier: DossierSnapshot, fees: FeeResult, caller: Caller, at: Date): Promise<Payment> {
    const payment = em.create(Payment, {
      dossierCode: dossier.code,
      unitCode: dossier.unitCode,
      channel: dossier.channel,
      items: fees.items,
      amount: fees.totalVnd,
      method: PaymentMethod.ONLINE,
      status: PaymentStatus.PENDING,
      providerRef: await nextTxnRef(em, at),
      orderInfo: `Nop phi, le phi ho so ${dossier.code}`,
      payerSubject: caller.subject,
      payerName: dossier.applicantName,
      expiresAt: new Date(at.getTime() + this.runtime.config.paymentTtlMinutes * 60_000),
      createdAt: at,
    });
    await em.flush();
    return payment;
  }

  /** `vnp_IpAddr` is the payer's address; without one (a call that did not come through the gateway), ours. */
  private signedUrl(payment: Payment, clientIp: string | null): string {
    try {
      return this.runtime.provider.paymentUrl({
        txnRef: payment.providerRef!,
        amountVnd: payment.amount,
        orderInfo: payment.orderInfo!,
        createdAt: payment.createdAt,
        expiresAt: payment.expiresAt!,
        ipAddr: clientIp ?? '127.0.0.1',
        locale: 'vn',
      });
    } catch (err) {
      if (err instanceof VnpayError) throw new AppError('PAYMENT_FAILED', { details: { reason: err.message } });
      throw err;
    }
  }

  private async readForCaller(caller: Caller, code: string): Promise<DossierSnapshot> {
    const dossier = await this.runtime.dossiers.read(code, caller.token);
    if (hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER', 'ADMIN')) {
      assertJurisdiction(caller, [dossier.unitCode, dossier.currentUnitCode]);
      return dossier;
    }
    if (dossier.applicantName === null) throw new AppError('FORBIDDEN', { details: { dossierCode: code } });
    return dossier;
  }
}
