/**
 * What to do with a payment after asking the gateway about it (querydr), and what an IPN we could not apply tells
 * staff. Pure: the caller has verified the answer's signature and holds the row lock when it applies the result.
 */
import { paymentOutcome, TRANSACTION_STATUSES, type IpnRspCode, type PaymentStatus, type VnpQuery } from './vnpay';

/** A querydr answer, already verified and read into numbers and dates. */
export interface QueryAnswer {
  /** vnp_ResponseCode of the query itself: '00' found, '91' no such transaction, others are errors. */
  responseCode: string;
  /** vnp_TransactionStatus of the payment: '00' paid, '01' not completed, '02' failed, … */
  transactionStatus: string | null;
  amountVnd: number | null;
  transactionNo: string | null;
  bankCode: string | null;
  payDate: Date | null;
}

export interface PendingOrder {
  amountVnd: number;
  expiresAt: Date;
}

type MismatchKind = 'AMOUNT' | 'LATE_SUCCESS' | 'DUPLICATE' | 'PROVIDER_STATE';

export interface MismatchFinding {
  kind: MismatchKind;
  detail: string;
}

export type Settlement = { action: 'SUCCEEDED' | 'FAILED' | 'EXPIRED'; mismatch?: undefined } | { action: 'KEEP'; why: string; mismatch?: MismatchFinding };

/** A customer still on the bank's pages when the order expires may finish a moment later. */
export const EXPIRY_GRACE_MS = 5 * 60_000;

export function settleFromQuery(order: PendingOrder, answer: QueryAnswer, now: Date, graceMs = EXPIRY_GRACE_MS): Settlement {
  const expired = now.getTime() >= order.expiresAt.getTime() + graceMs;
  if (answer.responseCode === '91') {
    // The customer never reached the gateway's page (or gave up before it recorded anything).
    return expired ? { action: 'EXPIRED' } : { action: 'KEEP', why: 'not known to the gateway yet' };
  }
  if (answer.responseCode !== '00') return { action: 'KEEP', why: `query refused with code ${answer.responseCode}` };
  if (answer.amountVnd !== null && answer.amountVnd !== order.amountVnd) {
    return {
      action: 'KEEP',
      why: 'amount differs',
      mismatch: { kind: 'AMOUNT', detail: `Cổng thanh toán báo số tiền ${answer.amountVnd} đồng, đơn hàng là ${order.amountVnd} đồng.` },
    };
  }
  switch (answer.transactionStatus) {
    case '00':
      return { action: 'SUCCEEDED' };
    case '01':
      return expired ? { action: 'EXPIRED' } : { action: 'KEEP', why: 'not completed yet' };
    case '02':
      return { action: 'FAILED' };
    default: {
      const status = answer.transactionStatus ?? '';
      const meaning = TRANSACTION_STATUSES[status]?.vi ?? 'Trạng thái không xác định';
      return {
        action: 'KEEP',
        why: `gateway status ${status}`,
        mismatch: { kind: 'PROVIDER_STATE', detail: `Cổng thanh toán báo trạng thái ${status || '(trống)'}: ${meaning}.` },
      };
    }
  }
}

/**
 * An IPN with a valid signature that we answered without applying it still says something staff must see:
 * '04' a different amount; '02' a success for an order we had already closed (the citizen paid after it expired,
 * or after a failed attempt was recorded).
 */
export function ipnMismatch(rspCode: IpnRspCode, order: { amountVnd: number; status: PaymentStatus } | null, query: VnpQuery): MismatchFinding | null {
  if (!order) return null;
  const reportedSuccess = paymentOutcome(String(query.vnp_ResponseCode ?? ''), String(query.vnp_TransactionStatus ?? '')) === 'SUCCEEDED';
  if (rspCode === '04') {
    const wire = Number(query.vnp_Amount);
    const reported = Number.isFinite(wire) ? `${wire / 100} đồng` : 'không đọc được';
    return { kind: 'AMOUNT', detail: `IPN báo số tiền ${reported}, đơn hàng là ${order.amountVnd} đồng.` };
  }
  if (rspCode === '02' && reportedSuccess && (order.status === 'EXPIRED' || order.status === 'FAILED' || order.status === 'CANCELLED')) {
    return { kind: 'LATE_SUCCESS', detail: `Cổng thanh toán báo giao dịch thành công cho đơn hàng đã ở trạng thái ${order.status}: cần hoàn tiền hoặc ghi nhận thủ công.` };
  }
  return null;
}
