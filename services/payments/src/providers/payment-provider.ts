import type { QueryAnswer } from '../domain/reconciliation';
import type { IpnDecision, IpnOrder, VnpQuery } from '../domain/vnpay';

/** An order as the gateway sees it. */
export interface ProviderOrder {
  txnRef: string;
  amountVnd: number;
  /** Sent as vnp_OrderInfo; querydr and refund repeat it. */
  orderInfo: string;
  createdAt: Date;
  expiresAt: Date;
  /** The customer's address as the merchant sees it. */
  ipAddr: string;
  locale: 'vn' | 'en';
}

export interface ProviderRefund {
  txnRef: string;
  amountVnd: number;
  /** True when the whole payment goes back. */
  full: boolean;
  transactionNo: string | null;
  /** When the payment was created (its vnp_CreateDate). */
  transactionDate: Date;
  orderInfo: string;
  /** Who asks (a staff user name, or "he-thong" for the automatic refund of a refused dossier). */
  requestedBy: string;
}

export type RefundOutcome = { kind: 'REFUNDED'; transactionNo: string | null; responseCode: string } | { kind: 'REFUSED'; responseCode: string; message: string };

/** The gateway could not be asked, or answered something we must not trust. `transient` errors are retried. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/**
 * An online payment gateway as the rest of the service uses it. VNPay is the one implementation; the local
 * sandbox is not another provider but a fake VNPay, so the same code runs in development and in production.
 */
export interface PaymentProvider {
  readonly name: string;
  /** The signed URL the customer's browser is sent to. */
  paymentUrl(order: ProviderOrder): string;
  /** The answer to a server-to-server notification (the only source of truth about a payment). */
  decideIpn(query: VnpQuery, order: IpnOrder | null): IpnDecision;
  /** Whether a return-URL query carries a valid signature (it is only shown, never applied). */
  verifyReturn(query: VnpQuery): boolean;
  /** Asks the gateway about an order; the answer's signature is checked. */
  query(order: Pick<ProviderOrder, 'txnRef' | 'orderInfo' | 'createdAt'>): Promise<QueryAnswer>;
  refund(request: ProviderRefund): Promise<RefundOutcome>;
}
