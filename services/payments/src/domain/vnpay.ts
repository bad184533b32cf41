/**
 * VNPay payment-gateway protocol, version 2.1.0 — pure functions only (no I/O, no clock, no randomness).
 *
 * Sources (VNPay's own documentation and demo code):
 *  - [PAY]     sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html — "Tạo URL thanh toán", "IPN URL", "Return URL",
 *              "Bảng mã lỗi" (vnp_ResponseCode, vnp_TransactionStatus).
 *  - [HASH]    sandbox.vnpayment.vn/apis/docs/chuyen-doi-thuat-toan/changeTypeHash.html — 2.1.0 uses HMAC-SHA512 and
 *              no longer sends vnp_SecureHashType; its sample URL is reproduced by our canonical encoding (see tests).
 *  - [QUERYDR] sandbox.vnpayment.vn/apis/docs/truy-van-hoan-tien/querydr&refund.html — querydr and refund, JSON over
 *              POST, vnp_SecureHash = HMAC-SHA512 over the fields joined with '|'.
 *  - [DEMO]    VNPay's official Node.js demo (vnpay_nodejs, routes/order.js): `sortObject` (encodeURIComponent on keys
 *              and values, then %20 → '+'), `qs.stringify(params, { encode: false })`,
 *              `crypto.createHmac('sha512', secret)`, and the '|' strings for querydr and refund requests.
 *
 * The same functions serve both sides: the merchant (our payments service) and the local sandbox that plays VNPay.
 */
import { VIETNAM_UTC_OFFSET_MINUTES } from '@motcua/platform';
import { createHmac, timingSafeEqual } from 'node:crypto';

export const VNP_VERSION = '2.1.0';
type VnpLocale = 'vn' | 'en';

/**
 * [PAY] lists vnp_TmnCode as Alphanumeric[8], and the codes VNPay issues are 8 characters. The local sandbox's
 * development code, DEVSANDBOX, is 10: we accept up to 16 and leave the exact length to the gateway that issued it.
 */
const TMN_CODE_MAX_LENGTH = 16;

/** A parsed query string or JSON body as a web framework hands it over: values are not trusted to be strings. */
export type VnpQuery = Readonly<Record<string, unknown>>;

/** Thrown when a caller passes something the protocol cannot carry. Services map it to VALIDATION_FAILED. */
export class VnpayError extends Error {
  readonly code = 'INVALID_VNPAY_INPUT' as const;

  constructor(message: string) {
    super(message);
    this.name = 'VnpayError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Signing: HMAC-SHA512 over the sorted, URL-encoded parameters ([PAY] "Tạo URL thanh toán", [HASH], [DEMO])
// ---------------------------------------------------------------------------------------------------------------

/** Keys never part of the signed data: the signature itself and the (pre-2.1.0) hash-type marker. [HASH] */
const HASH_KEYS: ReadonlySet<string> = new Set(['vnp_SecureHash', 'vnp_SecureHashType']);

const GMT7_OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;

function hmacSha512Hex(data: string, secret: string): string {
  return createHmac('sha512', secret).update(data, 'utf8').digest('hex');
}

/** URL-encodes one key or value exactly as the official demo's `sortObject` does: encodeURIComponent, %20 → '+'. */
function vnpEncode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}

/**
 * The canonical string that is signed: `key=value` pairs, both URL-encoded ({@link vnpEncode}), sorted by encoded key
 * in plain code-unit (ASCII) order, joined with '&'. Hash keys are left out. [DEMO] sortObject + qs.stringify.
 */
export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((key) => !HASH_KEYS.has(key))
    .map((key) => [vnpEncode(key), vnpEncode(params[key])] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

/**
 * vnp_SecureHash (lower-case hex) for a set of vnp_* parameters. Keys must all start with `vnp_`: the verifier
 * only signs those (as VNPay's PHP demo does), so signing anything else would produce a URL that never verifies.
 */
export function signParams(params: Readonly<Record<string, string>>, secret: string): string {
  const foreign = Object.keys(params).find((key) => !key.startsWith('vnp_'));
  if (foreign !== undefined) throw new VnpayError(`parameter ${foreign} is not a vnp_ parameter`);
  return hmacSha512Hex(canonicalQuery(params), secret);
}

/**
 * Checks vnp_SecureHash on a return-URL or IPN query (already decoded by the framework, '+' read as space).
 * Signs every vnp_* key present except the hash keys; other keys are not VNPay's and are ignored. A repeated key
 * (array value) or a non-string value is refused: it would make the signed data ambiguous.
 * The comparison is constant-time and accepts upper- or lower-case hex.
 */
export function verifySignedParams(query: VnpQuery, secret: string): boolean {
  if (!isRecord(query)) return false;
  const given = query.vnp_SecureHash;
  if (typeof given !== 'string') return false;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith('vnp_') || HASH_KEYS.has(key) || value === undefined) continue;
    if (typeof value !== 'string') return false;
    params[key] = value;
  }
  return hexDigestEquals(given, signParams(params, secret));
}

/** Constant-time equality of two SHA-512 hex digests, case-insensitive; anything not 128 hex digits is unequal. */
function hexDigestEquals(given: string, expected: string): boolean {
  const a = given.toLowerCase();
  const b = expected.toLowerCase();
  if (!/^[0-9a-f]{128}$/.test(a) || !/^[0-9a-f]{128}$/.test(b)) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

/**
 * Query string for a signed parameter set: the canonical pairs, then vnp_SecureHash last — the shape of VNPay's
 * own sample URLs ([HASH]) and of the demo, which appends the hash after signing.
 */
function toSignedQueryString(params: Readonly<Record<string, string>>): string {
  const hash = params.vnp_SecureHash;
  const body = canonicalQuery(params);
  return hash === undefined ? body : `${body}&vnp_SecureHash=${vnpEncode(hash)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: yyyyMMddHHmmss in GMT+7 ([PAY] vnp_CreateDate / vnp_ExpireDate / vnp_PayDate; [QUERYDR] the same)
// ---------------------------------------------------------------------------------------------------------------

/** yyyyMMddHHmmss in Vietnam time (GMT+7, no daylight saving), independent of the server's time zone. */
export function formatVnpDate(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new VnpayError('invalid date');
  const t = new Date(date.getTime() + GMT7_OFFSET_MS);
  return String(t.getUTCFullYear()).padStart(4, '0') + pad2(t.getUTCMonth() + 1) + pad2(t.getUTCDate()) + pad2(t.getUTCHours()) + pad2(t.getUTCMinutes()) + pad2(t.getUTCSeconds());
}

/** Reads yyyyMMddHHmmss as GMT+7. Rejects anything that is not a real calendar time (e.g. 30 February). */
export function parseVnpDate(text: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(typeof text === 'string' ? text : '');
  if (!m) throw new VnpayError(`not a yyyyMMddHHmmss date: ${String(text)}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - GMT7_OFFSET_MS);
  // Date.UTC rolls over out-of-range parts (month 13, day 32); a round trip catches that.
  if (formatVnpDate(date) !== text) throw new VnpayError(`not a calendar date: ${text}`);
  return date;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------------------------
// Payment URL ([PAY] "Tạo URL thanh toán", vnp_Command=pay)
// ---------------------------------------------------------------------------------------------------------------

export interface PaymentUrlInput {
  baseUrl: string;
  tmnCode: string;
  hashSecret: string;
  txnRef: string;
  /** Integer VND; sent as vnp_Amount = amountVnd × 100 ([PAY]: "nhân thêm 100 lần"). */
  amountVnd: number;
  /** Free text; sent through {@link toVnpOrderInfo} because VNPay asks for unaccented Vietnamese. */
  orderInfo: string;
  returnUrl: string;
  ipAddr: string;
  createdAt: Date;
  expiresAt: Date;
  locale: VnpLocale;
  bankCode?: string;
  /** VNPay goods category; 'other' when not given, as in VNPay's samples. */
  orderType?: string;
}

/** Builds the signed redirect URL: `${baseUrl}?<canonical params>&vnp_SecureHash=<hex>`. */
export function buildPaymentUrl(input: PaymentUrlInput): string {
  const baseUrl = requireText('baseUrl', input.baseUrl);
  if (baseUrl.includes('?')) throw new VnpayError('baseUrl must not carry a query string');
  const params = paymentParams(input);
  const vnp_SecureHash = signParams(params, requireText('hashSecret', input.hashSecret));
  return `${baseUrl}?${toSignedQueryString({ ...params, vnp_SecureHash })}`;
}

/** The unsigned vnp_* parameters of a pay request, validated against the field formats in [PAY]. */
function paymentParams(input: PaymentUrlInput): Record<string, string> {
  if (input.expiresAt.getTime() <= input.createdAt.getTime()) throw new VnpayError('expiresAt must be after createdAt');
  if (input.locale !== 'vn' && input.locale !== 'en') throw new VnpayError('locale must be vn or en');
  const orderInfo = toVnpOrderInfo(input.orderInfo);
  if (orderInfo === '') throw new VnpayError('orderInfo is empty once diacritics and symbols are removed');
  const params: Record<string, string> = {
    vnp_Version: VNP_VERSION,
    vnp_Command: 'pay',
    vnp_TmnCode: requireText('tmnCode', input.tmnCode, TMN_CODE_MAX_LENGTH),
    vnp_Amount: toVnpAmount(input.amountVnd),
    vnp_CurrCode: 'VND',
    vnp_TxnRef: requireText('txnRef', input.txnRef, 100),
    vnp_OrderInfo: orderInfo,
    vnp_OrderType: requireText('orderType', input.orderType ?? 'other', 100),
    vnp_Locale: input.locale,
    vnp_ReturnUrl: requireText('returnUrl', input.returnUrl, 255),
    vnp_IpAddr: requireText('ipAddr', input.ipAddr, 45),
    vnp_CreateDate: formatVnpDate(input.createdAt),
    vnp_ExpireDate: formatVnpDate(input.expiresAt),
  };
  // [PAY]/[DEMO]: vnp_BankCode is optional and only sent when chosen; an empty value would change the hash.
  if (input.bankCode !== undefined && input.bankCode !== '') params.vnp_BankCode = requireText('bankCode', input.bankCode, 20);
  return params;
}

/**
 * [PAY] vnp_OrderInfo: "Tiếng Việt không dấu và không bao gồm các ký tự đặc biệt", at most 255 characters.
 * Removing diacritics (đ → d included) and symbols also keeps the signed bytes identical across VNPay's demo
 * languages, whose URL encoders disagree on characters such as ! ' ( ) * ~.
 */
export function toVnpOrderInfo(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 .,:_#/-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
}

/** [PAY] vnp_Amount Numeric[1,12] = VND × 100. */
function toVnpAmount(amountVnd: number): string {
  if (!Number.isSafeInteger(amountVnd) || amountVnd <= 0) throw new VnpayError('amountVnd must be a positive integer');
  const wire = amountVnd * 100;
  if (String(wire).length > 12) throw new VnpayError('amountVnd is too large for vnp_Amount (12 digits)');
  return String(wire);
}

function requireText(name: string, value: string, maxLength = Number.POSITIVE_INFINITY): string {
  if (typeof value !== 'string' || value.trim() === '') throw new VnpayError(`${name} is required`);
  if (value.length > maxLength) throw new VnpayError(`${name} is longer than ${maxLength} characters`);
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Response codes ([PAY] "Bảng mã lỗi": vnp_ResponseCode and vnp_TransactionStatus)
// ---------------------------------------------------------------------------------------------------------------

export interface Meaning {
  vi: string;
  en: string;
}

/** vnp_ResponseCode of a pay transaction (return URL and IPN). [PAY] */
export const RESPONSE_CODES: Readonly<Record<string, Meaning>> = {
  '00': { vi: 'Giao dịch thành công', en: 'Transaction successful' },
  '07': {
    vi: 'Trừ tiền thành công. Giao dịch bị nghi ngờ (liên quan tới lừa đảo, giao dịch bất thường).',
    en: 'Money was debited, but the transaction is under suspicion (possible fraud or unusual activity).',
  },
  '09': {
    vi: 'Giao dịch không thành công do: Thẻ/Tài khoản của khách hàng chưa đăng ký dịch vụ InternetBanking tại ngân hàng.',
    en: 'Failed: the card or account is not registered for Internet Banking at the bank.',
  },
  '10': {
    vi: 'Giao dịch không thành công do: Khách hàng xác thực thông tin thẻ/tài khoản không đúng quá 3 lần',
    en: 'Failed: the card or account details were entered wrongly more than 3 times.',
  },
  '11': {
    vi: 'Giao dịch không thành công do: Đã hết hạn chờ thanh toán. Xin quý khách vui lòng thực hiện lại giao dịch.',
    en: 'Failed: the time allowed for payment ran out. Please try again.',
  },
  '12': {
    vi: 'Giao dịch không thành công do: Thẻ/Tài khoản của khách hàng bị khóa.',
    en: 'Failed: the card or account is locked.',
  },
  '13': {
    vi: 'Giao dịch không thành công do Quý khách nhập sai mật khẩu xác thực giao dịch (OTP). Xin quý khách vui lòng thực hiện lại giao dịch.',
    en: 'Failed: wrong one-time password (OTP). Please try again.',
  },
  '24': { vi: 'Giao dịch không thành công do: Khách hàng hủy giao dịch', en: 'Failed: the customer cancelled the transaction.' },
  '51': {
    vi: 'Giao dịch không thành công do: Tài khoản của quý khách không đủ số dư để thực hiện giao dịch.',
    en: 'Failed: the account balance is not enough.',
  },
  '65': {
    vi: 'Giao dịch không thành công do: Tài khoản của Quý khách đã vượt quá hạn mức giao dịch trong ngày.',
    en: 'Failed: the account has exceeded its daily transaction limit.',
  },
  '75': { vi: 'Ngân hàng thanh toán đang bảo trì.', en: 'The paying bank is under maintenance.' },
  '79': {
    vi: 'Giao dịch không thành công do: KH nhập sai mật khẩu thanh toán quá số lần quy định. Xin quý khách vui lòng thực hiện lại giao dịch',
    en: 'Failed: the payment password was entered wrongly too many times. Please try again.',
  },
  '99': {
    vi: 'Các lỗi khác (lỗi còn lại, không có trong danh sách mã lỗi đã liệt kê)',
    en: 'Other error (not in the list of codes above).',
  },
};

/** vnp_TransactionStatus (IPN, return URL, querydr). [PAY], [QUERYDR] */
export const TRANSACTION_STATUSES: Readonly<Record<string, Meaning>> = {
  '00': { vi: 'Giao dịch thanh toán thành công', en: 'Payment successful' },
  '01': { vi: 'Giao dịch chưa hoàn tất', en: 'Transaction not completed' },
  '02': { vi: 'Giao dịch bị lỗi', en: 'Transaction failed' },
  '04': {
    vi: 'Giao dịch đảo (Khách hàng đã bị trừ tiền tại Ngân hàng nhưng GD chưa thành công ở VNPAY)',
    en: 'Reversed (the bank debited the customer but the transaction did not complete at VNPay)',
  },
  '05': { vi: 'VNPAY đang xử lý giao dịch này (GD hoàn tiền)', en: 'VNPay is processing this refund' },
  '06': { vi: 'VNPAY đã gửi yêu cầu hoàn tiền sang Ngân hàng (GD hoàn tiền)', en: 'VNPay has sent the refund to the bank' },
  '07': { vi: 'Giao dịch bị nghi ngờ gian lận', en: 'Transaction suspected of fraud' },
  '09': { vi: 'GD Hoàn trả bị từ chối', en: 'Refund rejected' },
};

/** Meaning of a vnp_ResponseCode; unknown codes read as '99' (other error). */
export function describeResponseCode(code: string): Meaning {
  return RESPONSE_CODES[code] ?? RESPONSE_CODES['99'];
}

export type PaymentOutcome = 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

/**
 * What a signed result means for the payment. [PAY] IPN sample: success only when both vnp_ResponseCode and
 * vnp_TransactionStatus are '00'. '24' is the customer cancelling. Everything else — including '07' (debited but
 * held as suspicious, settled by VNPay's merchant admin) — is not a success for us; reconciliation looks at it later.
 */
export function paymentOutcome(responseCode: string, transactionStatus: string): PaymentOutcome {
  if (responseCode === '00' && transactionStatus === '00') return 'SUCCEEDED';
  if (responseCode === '24') return 'CANCELLED';
  return 'FAILED';
}

// ---------------------------------------------------------------------------------------------------------------
// IPN ([PAY] "IPN URL": the server-to-server call that is the only source of truth)
// ---------------------------------------------------------------------------------------------------------------

export type PaymentStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'EXPIRED' | 'REFUNDED';
export type IpnRspCode = '00' | '01' | '02' | '04' | '97' | '99';

export interface IpnOrder {
  txnRef: string;
  amountVnd: number;
  status: PaymentStatus;
}

export interface IpnDecision {
  rspCode: IpnRspCode;
  message: string;
  /** Present only with '00': the state the payment moves to. */
  outcome?: PaymentOutcome;
}

/** RspCode → Message as in VNPay's IPN sample code. [PAY] */
const IPN_MESSAGES: Readonly<Record<IpnRspCode, string>> = {
  '00': 'Confirm Success',
  '01': 'Order not found',
  '02': 'Order already confirmed',
  '04': 'Invalid amount',
  '97': 'Invalid signature',
  '99': 'Unknown error',
};

interface IpnFields {
  txnRef: string;
  amountWire: number;
  responseCode: string;
  transactionStatus: string;
}

/**
 * Decides the answer to an IPN, in VNPay's order ([PAY] IPN sample): signature (97) before anything else, then the
 * order (01), the amount (04), whether it is still pending (02 — so a replay changes nothing), and finally 00 with
 * the outcome to record. Malformed input answers 99. The caller looks the order up by vnp_TxnRef beforehand,
 * applies `outcome` only when rspCode is '00', and returns {@link ipnResponseBody} as JSON with HTTP 200.
 */
export function decideIpn(query: VnpQuery, secret: string, lookup: { order: IpnOrder | null; tmnCode: string }): IpnDecision {
  try {
    return decide(query, secret, lookup.order, lookup.tmnCode);
  } catch {
    return reply('99');
  }
}

function decide(query: VnpQuery, secret: string, order: IpnOrder | null, tmnCode: string): IpnDecision {
  if (!isRecord(query)) return reply('99');
  if (!verifySignedParams(query, secret)) return reply('97');
  // A signed IPN for another merchant code is not about one of our orders, whatever its vnp_TxnRef says.
  if (query.vnp_TmnCode !== tmnCode) return reply('01');
  const fields = readIpnFields(query);
  if (fields === null) return reply('99');
  if (order === null || order.txnRef !== fields.txnRef) return reply('01');
  if (fields.amountWire !== order.amountVnd * 100) return reply('04');
  if (order.status !== 'PENDING') return reply('02');
  return { ...reply('00'), outcome: paymentOutcome(fields.responseCode, fields.transactionStatus) };
}

function readIpnFields(query: VnpQuery): IpnFields | null {
  const { vnp_TxnRef, vnp_Amount, vnp_ResponseCode, vnp_TransactionStatus } = query;
  if (typeof vnp_TxnRef !== 'string' || vnp_TxnRef === '') return null;
  if (typeof vnp_Amount !== 'string' || !/^\d{1,15}$/.test(vnp_Amount)) return null;
  if (typeof vnp_ResponseCode !== 'string' || !/^\d{2}$/.test(vnp_ResponseCode)) return null;
  if (typeof vnp_TransactionStatus !== 'string' || !/^\d{2}$/.test(vnp_TransactionStatus)) return null;
  return {
    txnRef: vnp_TxnRef,
    amountWire: Number(vnp_Amount),
    responseCode: vnp_ResponseCode,
    transactionStatus: vnp_TransactionStatus,
  };
}

function reply(rspCode: IpnRspCode): IpnDecision {
  return { rspCode, message: IPN_MESSAGES[rspCode] };
}

/** The JSON body VNPay expects back from the IPN URL. [PAY] */
export function ipnResponseBody(decision: IpnDecision): { RspCode: IpnRspCode; Message: string } {
  return { RspCode: decision.rspCode, Message: decision.message };
}

// ---------------------------------------------------------------------------------------------------------------
// querydr and refund ([QUERYDR]; request orders also in [DEMO] routes/order.js)
// ---------------------------------------------------------------------------------------------------------------

/** [QUERYDR] querydr request checksum data, in this order. */
const QUERYDR_REQUEST_HASH_FIELDS = ['vnp_RequestId', 'vnp_Version', 'vnp_Command', 'vnp_TmnCode', 'vnp_TxnRef', 'vnp_TransactionDate', 'vnp_CreateDate', 'vnp_IpAddr', 'vnp_OrderInfo'] as const;

/**
 * [QUERYDR] querydr response checksum data, in this order. Note vnp_OrderInfo comes after vnp_TransactionStatus
 * (not where it sits in the JSON body), and the two promotion fields are signed as '' when absent.
 */
const QUERYDR_RESPONSE_HASH_FIELDS = [
  'vnp_ResponseId',
  'vnp_Command',
  'vnp_ResponseCode',
  'vnp_Message',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_BankCode',
  'vnp_PayDate',
  'vnp_TransactionNo',
  'vnp_TransactionType',
  'vnp_TransactionStatus',
  'vnp_OrderInfo',
  'vnp_PromotionCode',
  'vnp_PromotionAmount',
] as const;

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

/** [QUERYDR] refund response checksum data: the querydr response order without the promotion fields. */
const REFUND_RESPONSE_HASH_FIELDS = [
  'vnp_ResponseId',
  'vnp_Command',
  'vnp_ResponseCode',
  'vnp_Message',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_BankCode',
  'vnp_PayDate',
  'vnp_TransactionNo',
  'vnp_TransactionType',
  'vnp_TransactionStatus',
  'vnp_OrderInfo',
] as const;

/** The '|'-joined checksum data: fields in the given order, a missing or null field as ''. [QUERYDR] */
function pipeData(fields: readonly string[], body: Readonly<Record<string, unknown>>): string {
  return fields.map((field) => fieldText(body[field])).join('|');
}

function pipeSignature(fields: readonly string[], body: Readonly<Record<string, unknown>>, secret: string): string {
  return hmacSha512Hex(pipeData(fields, body), secret);
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function verifyPipeSigned(fields: readonly string[], body: unknown, secret: string): boolean {
  if (!isRecord(body) || typeof body.vnp_SecureHash !== 'string') return false;
  return hexDigestEquals(body.vnp_SecureHash, pipeSignature(fields, body, secret));
}

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

/** Fields VNPay answers to querydr (and, without the promotion pair, to refund). Amounts are VND × 100. */
export interface QueryDrResponseFields {
  vnp_ResponseId: string;
  vnp_Command: 'querydr';
  vnp_ResponseCode: string;
  vnp_Message: string;
  vnp_TmnCode: string;
  vnp_TxnRef?: string;
  vnp_Amount?: string;
  vnp_OrderInfo?: string;
  vnp_BankCode?: string;
  vnp_PayDate?: string;
  vnp_TransactionNo?: string;
  vnp_TransactionType?: string;
  vnp_TransactionStatus?: string;
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

export interface RefundResponseFields {
  vnp_ResponseId: string;
  vnp_Command: 'refund';
  vnp_ResponseCode: string;
  vnp_Message: string;
  vnp_TmnCode: string;
  vnp_TxnRef?: string;
  vnp_Amount?: string;
  vnp_OrderInfo?: string;
  vnp_BankCode?: string;
  vnp_PayDate?: string;
  vnp_TransactionNo?: string;
  vnp_TransactionType?: string;
  vnp_TransactionStatus?: string;
}

export type RefundResponse = RefundResponseFields & { vnp_SecureHash: string };

/** Merchant side: checks VNPay's refund answer. [QUERYDR] */
export function verifyRefundResponse(body: unknown, secret: string): boolean {
  return verifyPipeSigned(REFUND_RESPONSE_HASH_FIELDS, body, secret);
}

/** Sandbox side: signs a refund answer the way VNPay does. */
export function signRefundResponse(fields: RefundResponseFields, secret: string): RefundResponse {
  return { ...fields, vnp_SecureHash: pipeSignature(REFUND_RESPONSE_HASH_FIELDS, { ...fields }, secret) };
}

function requireRequestId(requestId: string): string {
  if (typeof requestId !== 'string' || !/^[A-Za-z0-9]{1,32}$/.test(requestId)) {
    throw new VnpayError('requestId must be 1–32 letters or digits');
  }
  return requestId;
}

// ---------------------------------------------------------------------------------------------------------------
// Sandbox: what VNPay sends to the return URL and the IPN URL ([PAY] "Return URL", "IPN URL" parameter lists)
// ---------------------------------------------------------------------------------------------------------------

export interface ReturnParamsInput {
  tmnCode: string;
  hashSecret: string;
  txnRef: string;
  amountVnd: number;
  /** Echoed as received in the pay request. */
  orderInfo: string;
  bankCode: string;
  /** The bank's reference; absent when the customer cancelled before reaching the bank. */
  bankTranNo?: string;
  /** e.g. 'ATM', 'QRCODE'. */
  cardType: string;
  payDate: Date;
  responseCode: string;
  /** VNPay's transaction number; '0' when the customer cancelled. */
  transactionNo: string;
  transactionStatus: string;
}

/** The signed parameter set VNPay appends to the return URL and sends to the IPN URL. */
export function buildReturnParams(input: ReturnParamsInput): Record<string, string> {
  const params: Record<string, string> = {
    vnp_Amount: toVnpAmount(input.amountVnd),
    vnp_BankCode: requireText('bankCode', input.bankCode, 20),
    vnp_CardType: requireText('cardType', input.cardType, 20),
    vnp_OrderInfo: requireText('orderInfo', input.orderInfo, 255),
    vnp_PayDate: formatVnpDate(input.payDate),
    vnp_ResponseCode: requireCode('responseCode', input.responseCode),
    vnp_TmnCode: requireText('tmnCode', input.tmnCode, TMN_CODE_MAX_LENGTH),
    vnp_TransactionNo: requireText('transactionNo', input.transactionNo, 15),
    vnp_TransactionStatus: requireCode('transactionStatus', input.transactionStatus),
    vnp_TxnRef: requireText('txnRef', input.txnRef, 100),
  };
  if (input.bankTranNo !== undefined && input.bankTranNo !== '') params.vnp_BankTranNo = input.bankTranNo;
  return { ...params, vnp_SecureHash: signParams(params, requireText('hashSecret', input.hashSecret)) };
}

/** Return (or IPN) URL carrying signed parameters, hash last as VNPay sends it. */
export function appendSignedParams(url: string, params: Readonly<Record<string, string>>): string {
  return `${url}${url.includes('?') ? '&' : '?'}${toSignedQueryString(params)}`;
}

function requireCode(name: string, value: string): string {
  if (typeof value !== 'string' || !/^\d{2}$/.test(value)) throw new VnpayError(`${name} must be two digits`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
