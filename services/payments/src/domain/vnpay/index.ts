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
 * One module per concern, re-exported here. The same functions serve both sides: the merchant (our payments service)
 * and the local sandbox that plays VNPay.
 */
export { formatVnpDate, parseVnpDate } from './dates';
export { decideIpn, type IpnDecision, type IpnOrder, type IpnRspCode, ipnResponseBody, type PaymentStatus } from './ipn';
export { appendSignedParams, buildPaymentUrl, buildReturnParams, type PaymentUrlInput, type ReturnParamsInput, toVnpOrderInfo } from './payment-url';
export { VNP_VERSION, VnpayError, type VnpQuery } from './protocol';
export { buildQueryDrRequest, signQueryDrResponse, verifyQueryDrRequest, verifyQueryDrResponse } from './query-dr';
export { buildRefundRequest, signRefundResponse, verifyRefundRequest, verifyRefundResponse } from './refund';
export { describeResponseCode, paymentOutcome, RESPONSE_CODES, TRANSACTION_STATUSES } from './response-codes';
export { canonicalQuery, signParams, verifySignedParams } from './signing';
