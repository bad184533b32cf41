// refund ([QUERYDR]; request order also in [DEMO] routes/order.js)
import { formatVnpDate } from './dates';
import { TRANSACTION_RESPONSE_HASH_FIELDS, type TransactionResponseFields } from './merchant-api';
import { requireRequestId, requireText, TMN_CODE_MAX_LENGTH, toVnpAmount, VNP_VERSION, VnpayError } from './protocol';
import { pipeSignature, verifyPipeSigned } from './signing';

/** [QUERYDR] refund request checksum data, in this order. */
const REFUND_REQUEST_HASH_FIELDS = [
  'vnp_RequestId',
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_TransactionType',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_TransactionNo',
  'vnp_TransactionDate',
  'vnp_CreateBy',
  'vnp_CreateDate',
  'vnp_IpAddr',
  'vnp_OrderInfo',
] as const;

/** [QUERYDR] vnp_TransactionType of a refund: '02' full, '03' partial. */
type RefundType = '02' | '03';

export interface RefundInput {
  requestId: string;
  tmnCode: string;
  txnRef: string;
  /** Integer VND to give back; sent × 100. For '02' it is the whole payment. */
  amountVnd: number;
  transactionType: RefundType;
  /** VNPay's vnp_TransactionNo of the payment; '0' when unknown, as VNPay's demo sends. */
  transactionNo?: string;
  /** When the payment was created (its vnp_CreateDate). */
  transactionDate: Date;
  /** Who asks for the refund (staff user name). */
  createBy: string;
  createDate: Date;
  ipAddr: string;
  orderInfo: string;
  hashSecret: string;
}

export interface RefundRequest {
  vnp_RequestId: string;
  vnp_Version: typeof VNP_VERSION;
  vnp_Command: 'refund';
  vnp_TmnCode: string;
  vnp_TransactionType: RefundType;
  vnp_TxnRef: string;
  vnp_Amount: number;
  vnp_TransactionNo: string;
  vnp_TransactionDate: string;
  vnp_CreateBy: string;
  vnp_CreateDate: string;
  vnp_IpAddr: string;
  vnp_OrderInfo: string;
  vnp_SecureHash: string;
}

/** JSON body to POST to /merchant_webapi/api/transaction. [QUERYDR], [DEMO] */
export function buildRefundRequest(input: RefundInput): RefundRequest {
  if (input.transactionType !== '02' && input.transactionType !== '03') throw new VnpayError("transactionType must be '02' or '03'");
  const transactionNo = input.transactionNo ?? '0';
  if (!/^\d{1,15}$/.test(transactionNo)) throw new VnpayError('transactionNo must be numeric');
  const body: Omit<RefundRequest, 'vnp_SecureHash'> = {
    vnp_RequestId: requireRequestId(input.requestId),
    vnp_Version: VNP_VERSION,
    vnp_Command: 'refund',
    vnp_TmnCode: requireText('tmnCode', input.tmnCode, TMN_CODE_MAX_LENGTH),
    vnp_TransactionType: input.transactionType,
    vnp_TxnRef: requireText('txnRef', input.txnRef, 100),
    vnp_Amount: Number(toVnpAmount(input.amountVnd)),
    vnp_TransactionNo: transactionNo,
    vnp_TransactionDate: formatVnpDate(input.transactionDate),
    vnp_CreateBy: requireText('createBy', input.createBy, 250),
    vnp_CreateDate: formatVnpDate(input.createDate),
    vnp_IpAddr: requireText('ipAddr', input.ipAddr, 45),
    vnp_OrderInfo: requireText('orderInfo', input.orderInfo, 255),
  };
  return { ...body, vnp_SecureHash: pipeSignature(REFUND_REQUEST_HASH_FIELDS, body, requireText('hashSecret', input.hashSecret)) };
}

/** Sandbox side: checks the checksum of a refund request. */
export function verifyRefundRequest(body: unknown, secret: string): boolean {
  return verifyPipeSigned(REFUND_REQUEST_HASH_FIELDS, body, secret);
}

export type RefundResponseFields = TransactionResponseFields<'refund'>;

export type RefundResponse = RefundResponseFields & { vnp_SecureHash: string };

/** Merchant side: checks VNPay's refund answer. [QUERYDR] */
export function verifyRefundResponse(body: unknown, secret: string): boolean {
  return verifyPipeSigned(TRANSACTION_RESPONSE_HASH_FIELDS, body, secret);
}

/** Sandbox side: signs a refund answer the way VNPay does. */
export function signRefundResponse(fields: RefundResponseFields, secret: string): RefundResponse {
  return { ...fields, vnp_SecureHash: pipeSignature(TRANSACTION_RESPONSE_HASH_FIELDS, { ...fields }, secret) };
}
