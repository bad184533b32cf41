import { randomUUID } from 'node:crypto';
import type { VnpayConfig } from '../config/payments-config';
import type { QueryAnswer } from '../domain/reconciliation';
import {
  buildPaymentUrl,
  buildQueryDrRequest,
  buildRefundRequest,
  decideIpn,
  parseVnpDate,
  verifyQueryDrResponse,
  verifyRefundResponse,
  verifySignedParams,
  type IpnDecision,
  type IpnOrder,
  type VnpQuery,
} from '../domain/vnpay';
import { ProviderError, type PaymentProvider, type ProviderOrder, type ProviderRefund, type RefundOutcome } from './payment-provider';

/** The address we tell VNPay our server calls from, in querydr and refund. */
const SERVER_IP = '127.0.0.1';
const TIMEOUT_MS = 10_000;

/**
 * Refund answers ([QUERYDR]): '00' accepted; '94' a refund of this transaction was already asked and VNPay is
 * processing it — what a retry of our own earlier request sees, so it counts as done. These refuse for good.
 */
const REFUND_REFUSALS: Readonly<Record<string, string>> = {
  '02': 'Mã định danh kết nối không hợp lệ (vnp_TmnCode)',
  '03': 'Dữ liệu gửi sang không đúng định dạng',
  '91': 'Không tìm thấy giao dịch yêu cầu hoàn trả',
  '95': 'Giao dịch này không thành công bên VNPAY, VNPAY từ chối xử lý yêu cầu',
};

export class VnpayProvider implements PaymentProvider {
  readonly name = 'VNPAY';

  constructor(
    private readonly config: VnpayConfig,
    private readonly now: () => Date = () => new Date(),
  ) {}

  paymentUrl(order: ProviderOrder): string {
    return buildPaymentUrl({
      baseUrl: this.config.paymentUrl,
      tmnCode: this.config.tmnCode,
      hashSecret: this.config.hashSecret,
      txnRef: order.txnRef,
      amountVnd: order.amountVnd,
      orderInfo: order.orderInfo,
      returnUrl: this.config.returnUrl,
      ipAddr: order.ipAddr,
      createdAt: order.createdAt,
      expiresAt: order.expiresAt,
      locale: order.locale,
    });
  }

  decideIpn(query: VnpQuery, order: IpnOrder | null): IpnDecision {
    return decideIpn(query, this.config.hashSecret, { order, tmnCode: this.config.tmnCode });
  }

  verifyReturn(query: VnpQuery): boolean {
    return verifySignedParams(query, this.config.hashSecret) && query.vnp_TmnCode === this.config.tmnCode;
  }

  async query(order: Pick<ProviderOrder, 'txnRef' | 'orderInfo' | 'createdAt'>): Promise<QueryAnswer> {
    const request = buildQueryDrRequest({
      requestId: requestId(),
      tmnCode: this.config.tmnCode,
      txnRef: order.txnRef,
      transactionDate: order.createdAt,
      createDate: this.now(),
      ipAddr: SERVER_IP,
      orderInfo: order.orderInfo,
      hashSecret: this.config.hashSecret,
    });
    const body = await this.post(request);
    if (!verifyQueryDrResponse(body, this.config.hashSecret)) throw new ProviderError(`querydr answer for ${order.txnRef} has an invalid signature`, false);
    this.checkAnswerFor(body, order.txnRef);
    return {
      responseCode: text(body.vnp_ResponseCode) ?? '',
      transactionStatus: text(body.vnp_TransactionStatus),
      amountVnd: wireToVnd(body.vnp_Amount),
      transactionNo: text(body.vnp_TransactionNo),
      bankCode: text(body.vnp_BankCode),
      payDate: vnpDateOrNull(body.vnp_PayDate),
    };
  }

  async refund(refund: ProviderRefund): Promise<RefundOutcome> {
    const request = buildRefundRequest({
      requestId: requestId(),
      tmnCode: this.config.tmnCode,
      txnRef: refund.txnRef,
      amountVnd: refund.amountVnd,
      transactionType: refund.full ? '02' : '03',
      transactionNo: refund.transactionNo ?? undefined,
      transactionDate: refund.transactionDate,
      createBy: refund.requestedBy,
      createDate: this.now(),
      ipAddr: SERVER_IP,
      orderInfo: refund.orderInfo,
      hashSecret: this.config.hashSecret,
    });
    const body = await this.post(request);
    if (!verifyRefundResponse(body, this.config.hashSecret)) throw new ProviderError(`refund answer for ${refund.txnRef} has an invalid signature`, false);
    this.checkAnswerFor(body, refund.txnRef);
    const code = text(body.vnp_ResponseCode) ?? '';
    if (code === '00' || code === '94') return { kind: 'REFUNDED', transactionNo: text(body.vnp_TransactionNo), responseCode: code };
    const refusal = REFUND_REFUSALS[code];
    if (refusal) return { kind: 'REFUSED', responseCode: code, message: refusal };
    throw new ProviderError(`refund of ${refund.txnRef} answered ${code}: ${text(body.vnp_Message) ?? ''}`, true);
  }

  /** An answer about another merchant's or another order's transaction is not an answer to our question. */
  private checkAnswerFor(body: Record<string, unknown>, txnRef: string): void {
    if (body.vnp_TmnCode !== this.config.tmnCode) throw new ProviderError('answer from another merchant code', false);
    if (body.vnp_TxnRef !== undefined && body.vnp_TxnRef !== null && body.vnp_TxnRef !== '' && body.vnp_TxnRef !== txnRef) {
      throw new ProviderError(`answer about ${String(body.vnp_TxnRef)}, asked about ${txnRef}`, false);
    }
  }

  private async post(payload: object): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await fetch(this.config.apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new ProviderError(`VNPay API unreachable: ${(err as Error).message}`, true);
    }
    if (!res.ok) throw new ProviderError(`VNPay API answered HTTP ${res.status}`, true);
    const body: unknown = await res.json().catch(() => null);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ProviderError('VNPay API answered something that is not a JSON object', true);
    return body as Record<string, unknown>;
  }
}

/** vnp_RequestId: unique per request, letters and digits only, at most 32. */
function requestId(): string {
  return randomUUID().replace(/-/g, '');
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function wireToVnd(value: unknown): number | null {
  const wire = text(value);
  if (wire === null || !/^\d{1,15}$/.test(wire)) return null;
  return Number(wire) / 100;
}

function vnpDateOrNull(value: unknown): Date | null {
  const raw = text(value);
  if (!raw) return null;
  try {
    return parseVnpDate(raw);
  } catch {
    return null;
  }
}
