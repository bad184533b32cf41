// Payment URL ([PAY] "Tạo URL thanh toán", vnp_Command=pay), and what VNPay sends back to the return and IPN URLs
// ([PAY] "Return URL", "IPN URL" parameter lists), which the sandbox builds.
import { formatVnpDate } from './dates';
import { requireCode, requireText, TMN_CODE_MAX_LENGTH, toVnpAmount, VNP_VERSION, type VnpLocale, VnpayError } from './protocol';
import { signParams, toSignedQueryString } from './signing';

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
