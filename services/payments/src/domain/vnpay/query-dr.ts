// querydr ([QUERYDR]; request order also in [DEMO] routes/order.js)
import { formatVnpDate } from './dates';
import { TRANSACTION_RESPONSE_HASH_FIELDS, type TransactionResponseFields } from './merchant-api';
import { requireRequestId, requireText, TMN_CODE_MAX_LENGTH, VNP_VERSION } from './protocol';
import { pipeSignature, verifyPipeSigned } from './signing';

/** [QUERYDR] querydr request checksum data, in this order. */
const QUERYDR_REQUEST_HASH_FIELDS = ['vnp_RequestId', 'vnp_Version', 'vnp_Command', 'vnp_TmnCode', 'vnp_TxnRef', 'vnp_TransactionDate', 'vnp_CreateDate', 'vnp_IpAddr', 'vnp_OrderInfo'] as const;

/**
 * [QUERYDR] querydr response checksum data: the common answer fields, then the two promotion fields, signed as ''
 * when absent.
 */
const QUERYDR_RESPONSE_HASH_FIELDS = [...TRANSACTION_RESPONSE_HASH_FIELDS, 'vnp_PromotionCode', 'vnp_PromotionAmount'] as const;

export interface QueryDrInput {
  /** Alphanumeric[1,32], unique within the day. */
  requestId: string;
  tmnCode: string;
  txnRef: string;
  /** When the payment was created: the vnp_CreateDate sent with vnp_Command=pay. */
  transactionDate: Date;
  /** When this query is made. */
  createDate: Date;
  ipAddr: string;
  orderInfo: string;
  hashSecret: string;
}

export interface QueryDrRequest {
  vnp_RequestId: string;
  vnp_Version: typeof VNP_VERSION;
  vnp_Command: 'querydr';
  vnp_TmnCode: string;
  vnp_TxnRef: string;
  vnp_OrderInfo: string;
  vnp_TransactionDate: string;
  vnp_CreateDate: string;
  vnp_IpAddr: string;
  vnp_SecureHash: string;
}

/** JSON body to POST to /merchant_webapi/api/transaction. [QUERYDR] */
export function buildQueryDrRequest(input: QueryDrInput): QueryDrRequest {
  const body: Omit<QueryDrRequest, 'vnp_SecureHash'> = {
    vnp_RequestId: requireRequestId(input.requestId),
    vnp_Version: VNP_VERSION,
    vnp_Command: 'querydr',
    vnp_TmnCode: requireText('tmnCode', input.tmnCode, TMN_CODE_MAX_LENGTH),
    vnp_TxnRef: requireText('txnRef', input.txnRef, 100),
    vnp_OrderInfo: requireText('orderInfo', input.orderInfo, 255),
    vnp_TransactionDate: formatVnpDate(input.transactionDate),
    vnp_CreateDate: formatVnpDate(input.createDate),
    vnp_IpAddr: requireText('ipAddr', input.ipAddr, 45),
  };
  return { ...body, vnp_SecureHash: pipeSignature(QUERYDR_REQUEST_HASH_FIELDS, body, requireText('hashSecret', input.hashSecret)) };
}

/** Sandbox side: checks the checksum of a querydr request. */
export function verifyQueryDrRequest(body: unknown, secret: string): boolean {
  return verifyPipeSigned(QUERYDR_REQUEST_HASH_FIELDS, body, secret);
}

/** Fields VNPay answers to querydr. Amounts are VND × 100. */
export interface QueryDrResponseFields extends TransactionResponseFields<'querydr'> {
  vnp_PromotionCode?: string;
  vnp_PromotionAmount?: string;
}

export type QueryDrResponse = QueryDrResponseFields & { vnp_SecureHash: string };

/** Merchant side: checks VNPay's querydr answer. [QUERYDR] */
export function verifyQueryDrResponse(body: unknown, secret: string): boolean {
  return verifyPipeSigned(QUERYDR_RESPONSE_HASH_FIELDS, body, secret);
}

/** Sandbox side: signs a querydr answer the way VNPay does. */
export function signQueryDrResponse(fields: QueryDrResponseFields, secret: string): QueryDrResponse {
  return { ...fields, vnp_SecureHash: pipeSignature(QUERYDR_RESPONSE_HASH_FIELDS, { ...fields }, secret) };
}
