import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  appendSignedParams,
  buildPaymentUrl,
  buildQueryDrRequest,
  buildRefundRequest,
  buildReturnParams,
  canonicalQuery,
  decideIpn,
  describeResponseCode,
  formatVnpDate,
  ipnResponseBody,
  parseVnpDate,
  paymentOutcome,
  RESPONSE_CODES,
  signParams,
  signQueryDrResponse,
  signRefundResponse,
  toVnpOrderInfo,
  verifyQueryDrRequest,
  verifyQueryDrResponse,
  verifyRefundRequest,
  verifyRefundResponse,
  verifySignedParams,
  VnpayError,
  type IpnOrder,
  type PaymentUrlInput,
  type ReturnParamsInput,
} from '../vnpay';

/** Independent reference: HMAC-SHA512 of a literal string, as VNPay's demo computes it. */
function hmac(data: string, secret: string): string {
  return createHmac('sha512', secret).update(Buffer.from(data, 'utf-8')).digest('hex');
}

/** What a web framework hands over for a URL's query: decoded, '+' read as a space. */
function queryOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}

const SECRET = 'MOTCUASANDBOXSECRET0123456789ABC';
const BASE = 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html';

const PAYMENT: PaymentUrlInput = {
  baseUrl: BASE,
  tmnCode: 'MOTCUA01',
  hashSecret: SECRET,
  txnRef: 'PAY-000123',
  amountVnd: 10000,
  orderInfo: 'Nop phi ho so 000.00.12.H42-250101-0001',
  returnUrl: 'https://motcua.example/payments/return',
  ipAddr: '127.0.0.1',
  createdAt: new Date('2025-01-01T03:04:05Z'),
  expiresAt: new Date('2025-01-01T03:19:05Z'),
  locale: 'vn',
};

// The documented canonical string for PAYMENT, written out by hand: keys sorted, values encoded with
// encodeURIComponent and %20 → '+', amount × 100, dates in GMT+7.
const PAYMENT_CANONICAL =
  'vnp_Amount=1000000&vnp_Command=pay&vnp_CreateDate=20250101100405&vnp_CurrCode=VND' +
  '&vnp_ExpireDate=20250101101905&vnp_IpAddr=127.0.0.1&vnp_Locale=vn' +
  '&vnp_OrderInfo=Nop+phi+ho+so+000.00.12.H42-250101-0001&vnp_OrderType=other' +
  '&vnp_ReturnUrl=https%3A%2F%2Fmotcua.example%2Fpayments%2Freturn&vnp_TmnCode=MOTCUA01' +
  '&vnp_TxnRef=PAY-000123&vnp_Version=2.1.0';

describe('canonical signing (VNPay pay.html / vnpay_nodejs sortObject)', () => {
  it("reproduces the query of VNPay's own sample payment URL", () => {
    // Sample URL in sandbox.vnpayment.vn/apis/docs/chuyen-doi-thuat-toan/changeTypeHash.html (minus its hash).
    const documented =
      'vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333&vnp_CurrCode=VND&vnp_IpAddr=127.0.0.1' +
      '&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5&vnp_OrderType=other' +
      '&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl&vnp_TmnCode=DEMOV210&vnp_TxnRef=5&vnp_Version=2.1.0';
    const params = {
      vnp_Version: '2.1.0',
      vnp_TxnRef: '5',
      vnp_TmnCode: 'DEMOV210',
      vnp_ReturnUrl: 'https://domainmerchant.vn/ReturnUrl',
      vnp_OrderType: 'other',
      vnp_OrderInfo: 'Thanh toan don hang :5',
      vnp_Locale: 'vn',
      vnp_IpAddr: '127.0.0.1',
      vnp_CurrCode: 'VND',
      vnp_CreateDate: '20210801153333',
      vnp_Command: 'pay',
      vnp_Amount: '1806000',
    };
    expect(canonicalQuery(params)).toBe(documented);
    expect(signParams(params, SECRET)).toBe(hmac(documented, SECRET));
  });

  it('encodes Vietnamese text with spaces and diacritics as UTF-8 percent-escapes and + for spaces', () => {
    const params = { vnp_TxnRef: 'A1', vnp_OrderInfo: 'N\u1ED9p ph\u00ED h\u1ED3 s\u01A1' }; // "Nộp phí hồ sơ"
    const literal = 'vnp_OrderInfo=N%E1%BB%99p+ph%C3%AD+h%E1%BB%93+s%C6%A1&vnp_TxnRef=A1';
    expect(canonicalQuery(params)).toBe(literal);
    const signed = { ...params, vnp_SecureHash: signParams(params, SECRET) };
    expect(signed.vnp_SecureHash).toBe(hmac(literal, SECRET));
    expect(verifySignedParams(queryOf(appendSignedParams('https://motcua.example/r', signed)), SECRET)).toBe(true);
  });

  it('leaves the hash keys out of the signed data', () => {
    const params = { vnp_TxnRef: 'A1', vnp_SecureHashType: 'HmacSHA512' };
    expect(signParams(params, SECRET)).toBe(hmac('vnp_TxnRef=A1', SECRET));
  });

  it('refuses to sign a parameter that is not vnp_*', () => {
    expect(() => signParams({ vnp_TxnRef: 'A1', foo: 'bar' }, SECRET)).toThrow(VnpayError);
  });
});

describe('buildPaymentUrl', () => {
  it('signs the documented canonical string with HMAC-SHA512 and appends the hash last', () => {
    const url = buildPaymentUrl(PAYMENT);
    expect(url).toBe(`${BASE}?${PAYMENT_CANONICAL}&vnp_SecureHash=${hmac(PAYMENT_CANONICAL, SECRET)}`);
  });

  it('adds vnp_BankCode in sorted position only when given', () => {
    const url = buildPaymentUrl({ ...PAYMENT, bankCode: 'NCB' });
    const canonical = PAYMENT_CANONICAL.replace('vnp_Amount=1000000&', 'vnp_Amount=1000000&vnp_BankCode=NCB&');
    expect(url).toBe(`${BASE}?${canonical}&vnp_SecureHash=${hmac(canonical, SECRET)}`);
    expect(buildPaymentUrl({ ...PAYMENT, bankCode: '' })).toBe(buildPaymentUrl(PAYMENT));
  });

  it('round-trips through a parsed query', () => {
    expect(verifySignedParams(queryOf(buildPaymentUrl(PAYMENT)), SECRET)).toBe(true);
  });

  it('fails verification when any parameter, the amount or the secret changes', () => {
    const query = queryOf(buildPaymentUrl(PAYMENT));
    for (const key of Object.keys(query).filter((k) => k !== 'vnp_SecureHash')) {
      expect(verifySignedParams({ ...query, [key]: `${query[key]}x` }, SECRET), key).toBe(false);
    }
    expect(verifySignedParams({ ...query, vnp_Amount: '100' }, SECRET)).toBe(false);
    expect(verifySignedParams({ ...query, vnp_BankCode: 'NCB' }, SECRET)).toBe(false);
    expect(verifySignedParams(query, 'ANOTHERSECRET')).toBe(false);
  });

  it('sends orderInfo as unaccented Vietnamese without symbols, as VNPay asks', () => {
    const url = buildPaymentUrl({ ...PAYMENT, orderInfo: 'Nộp lệ phí Đăng ký khai sinh (bản sao)!' });
    expect(queryOf(url).vnp_OrderInfo).toBe('Nop le phi Dang ky khai sinh ban sao');
    expect(verifySignedParams(queryOf(url), SECRET)).toBe(true);
  });

  it('rejects amounts that are not positive integers or do not fit vnp_Amount', () => {
    for (const amountVnd of [0, -1, 1000.5, Number.NaN, 10_000_000_000]) {
      expect(() => buildPaymentUrl({ ...PAYMENT, amountVnd }), String(amountVnd)).toThrow(VnpayError);
    }
    expect(queryOf(buildPaymentUrl({ ...PAYMENT, amountVnd: 9_999_999_999 })).vnp_Amount).toBe('999999999900');
  });

  it('rejects an expiry not after creation, a bad locale and an empty order description', () => {
    expect(() => buildPaymentUrl({ ...PAYMENT, expiresAt: PAYMENT.createdAt })).toThrow(VnpayError);
    expect(() => buildPaymentUrl({ ...PAYMENT, locale: 'fr' as never })).toThrow(VnpayError);
    expect(() => buildPaymentUrl({ ...PAYMENT, orderInfo: '!!!' })).toThrow(VnpayError);
    expect(() => buildPaymentUrl({ ...PAYMENT, baseUrl: `${BASE}?a=1` })).toThrow(VnpayError);
  });
});

describe('verifySignedParams', () => {
  const query = queryOf(buildPaymentUrl(PAYMENT));

  it('accepts the hash in upper case', () => {
    expect(verifySignedParams({ ...query, vnp_SecureHash: query.vnp_SecureHash.toUpperCase() }, SECRET)).toBe(true);
  });

  it('ignores parameters that are not VNPay’s and the legacy hash-type marker', () => {
    expect(verifySignedParams({ ...query, utm_source: 'zalo', vnp_SecureHashType: 'HmacSHA512' }, SECRET)).toBe(true);
  });

  it('refuses a missing or malformed hash, repeated keys and non-string values', () => {
    const { vnp_SecureHash: _hash, ...unsigned } = query;
    expect(verifySignedParams(unsigned, SECRET)).toBe(false);
    expect(verifySignedParams({ ...query, vnp_SecureHash: 'abc' }, SECRET)).toBe(false);
    expect(verifySignedParams({ ...query, vnp_TxnRef: [query.vnp_TxnRef, 'X'] }, SECRET)).toBe(false);
    expect(verifySignedParams({ ...query, vnp_Amount: 1000000 }, SECRET)).toBe(false);
    expect(verifySignedParams(null as never, SECRET)).toBe(false);
  });
});

describe('formatVnpDate / parseVnpDate (GMT+7)', () => {
  it('moves to the next day at 17:00 UTC, the Vietnamese midnight', () => {
    expect(formatVnpDate(new Date('2024-12-31T16:59:59Z'))).toBe('20241231235959');
    expect(formatVnpDate(new Date('2024-12-31T17:00:00Z'))).toBe('20250101000000');
  });

  it('shows UTC midnight as 07:00 the same day', () => {
    expect(formatVnpDate(new Date('2025-01-01T00:00:00Z'))).toBe('20250101070000');
    expect(formatVnpDate(new Date('2024-02-28T23:59:59Z'))).toBe('20240229065959');
  });

  it('parses back to the same instant', () => {
    expect(parseVnpDate('20250101000000').toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(parseVnpDate('20250101070000').toISOString()).toBe('2025-01-01T00:00:00.000Z');
    const now = new Date('2025-06-15T09:30:45Z');
    expect(parseVnpDate(formatVnpDate(now)).getTime()).toBe(now.getTime());
  });

  it('rejects text that is not a real yyyyMMddHHmmss time', () => {
    for (const bad of ['20250230120000', '20251301000000', '20250101240000', '2025010100000', '2025-01-01', '']) {
      expect(() => parseVnpDate(bad), bad).toThrow(VnpayError);
    }
    expect(() => formatVnpDate(new Date('nope'))).toThrow(VnpayError);
  });
});

describe('decideIpn', () => {
  const RESULT: ReturnParamsInput = {
    tmnCode: 'MOTCUA01',
    hashSecret: SECRET,
    txnRef: 'PAY-000123',
    amountVnd: 10000,
    orderInfo: 'Nop phi ho so 000.00.12.H42-250101-0001',
    bankCode: 'NCB',
    bankTranNo: 'VNP14226112',
    cardType: 'ATM',
    payDate: new Date('2025-01-01T03:10:00Z'),
    responseCode: '00',
    transactionNo: '14226112',
    transactionStatus: '00',
  };
  const pending: IpnOrder = { txnRef: 'PAY-000123', amountVnd: 10000, status: 'PENDING' };
  /** The IPN as the HTTP layer receives it: VNPay's GET query, parsed. */
  const ipn = (overrides: Partial<ReturnParamsInput> = {}) => queryOf(appendSignedParams('https://motcua.example/payments/ipn', buildReturnParams({ ...RESULT, ...overrides })));

  it('confirms a successful payment', () => {
    expect(decideIpn(ipn(), SECRET, { tmnCode: 'MOTCUA01', order: pending })).toEqual({ rspCode: '00', message: 'Confirm Success', outcome: 'SUCCEEDED' });
  });

  it('records a customer cancellation and a bank failure', () => {
    const cancelled = ipn({ responseCode: '24', transactionStatus: '02', bankTranNo: undefined, transactionNo: '0' });
    expect(decideIpn(cancelled, SECRET, { tmnCode: 'MOTCUA01', order: pending })).toMatchObject({ rspCode: '00', outcome: 'CANCELLED' });
    expect(decideIpn(ipn({ responseCode: '51', transactionStatus: '02' }), SECRET, { tmnCode: 'MOTCUA01', order: pending })).toMatchObject({
      rspCode: '00',
      outcome: 'FAILED',
    });
  });

  it('answers a replay with 02 and no outcome, whatever the order became', () => {
    for (const status of ['SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED', 'REFUNDED'] as const) {
      expect(decideIpn(ipn(), SECRET, { tmnCode: 'MOTCUA01', order: { ...pending, status } }), status).toEqual({
        rspCode: '02',
        message: 'Order already confirmed',
      });
    }
  });

  it('answers 97 to a forged or tampered IPN before looking at the order', () => {
    const query = ipn({ responseCode: '51', transactionStatus: '02' });
    expect(decideIpn({ ...query, vnp_ResponseCode: '00', vnp_TransactionStatus: '00' }, SECRET, { tmnCode: 'MOTCUA01', order: pending })).toEqual({
      rspCode: '97',
      message: 'Invalid signature',
    });
    expect(decideIpn(ipn(), 'ANOTHERSECRET', { tmnCode: 'MOTCUA01', order: pending }).rspCode).toBe('97');
    expect(decideIpn({ ...ipn(), vnp_Amount: '100' }, SECRET, { tmnCode: 'MOTCUA01', order: null }).rspCode).toBe('97');
    const { vnp_SecureHash: _hash, ...unsigned } = ipn();
    expect(decideIpn(unsigned, SECRET, { tmnCode: 'MOTCUA01', order: pending }).rspCode).toBe('97');
  });

  it('answers 04 when the signed amount differs from the order', () => {
    expect(decideIpn(ipn({ amountVnd: 1000 }), SECRET, { tmnCode: 'MOTCUA01', order: pending })).toEqual({ rspCode: '04', message: 'Invalid amount' });
    expect(decideIpn(ipn(), SECRET, { tmnCode: 'MOTCUA01', order: { ...pending, amountVnd: 10001 } }).rspCode).toBe('04');
  });

  it('answers 01 to a signed IPN for another merchant code, before looking at the order', () => {
    expect(decideIpn(ipn({ tmnCode: 'OTHER001' }), SECRET, { tmnCode: 'MOTCUA01', order: pending })).toEqual({ rspCode: '01', message: 'Order not found' });
    expect(decideIpn(ipn(), SECRET, { tmnCode: 'OTHER001', order: pending })).not.toHaveProperty('outcome');
  });

  it('answers 01 for an unknown order or one with another reference', () => {
    expect(decideIpn(ipn(), SECRET, { tmnCode: 'MOTCUA01', order: null })).toEqual({ rspCode: '01', message: 'Order not found' });
    expect(decideIpn(ipn(), SECRET, { tmnCode: 'MOTCUA01', order: { ...pending, txnRef: 'PAY-999' } }).rspCode).toBe('01');
  });

  it('answers 99 to malformed input', () => {
    expect(decideIpn(null as never, SECRET, { tmnCode: 'MOTCUA01', order: pending }).rspCode).toBe('99');
    const badAmount = { ...ipn(), vnp_Amount: '1e6' };
    const resigned = { ...badAmount, vnp_SecureHash: signParams(withoutHash(badAmount), SECRET) };
    expect(decideIpn(resigned, SECRET, { tmnCode: 'MOTCUA01', order: pending })).toEqual({ rspCode: '99', message: 'Unknown error' });
    const { vnp_TransactionStatus: _status, ...noStatus } = withoutHash(ipn());
    expect(decideIpn({ ...noStatus, vnp_SecureHash: signParams(noStatus, SECRET) }, SECRET, { tmnCode: 'MOTCUA01', order: pending }).rspCode).toBe('99');
  });

  it('gives the body VNPay expects', () => {
    expect(ipnResponseBody(decideIpn(ipn(), SECRET, { tmnCode: 'MOTCUA01', order: pending }))).toEqual({ RspCode: '00', Message: 'Confirm Success' });
  });
});

function withoutHash(query: Record<string, string>): Record<string, string> {
  const { vnp_SecureHash: _hash, ...rest } = query;
  return rest;
}

describe('buildReturnParams (sandbox)', () => {
  it('signs the documented return-URL parameter set with the canonical string', () => {
    const params = buildReturnParams({
      tmnCode: 'MOTCUA01',
      hashSecret: SECRET,
      txnRef: 'PAY-000123',
      amountVnd: 10000,
      orderInfo: 'Nop phi ho so',
      bankCode: 'NCB',
      bankTranNo: 'VNP14226112',
      cardType: 'ATM',
      payDate: new Date('2025-01-01T03:10:00Z'),
      responseCode: '00',
      transactionNo: '14226112',
      transactionStatus: '00',
    });
    const canonical =
      'vnp_Amount=1000000&vnp_BankCode=NCB&vnp_BankTranNo=VNP14226112&vnp_CardType=ATM&vnp_OrderInfo=Nop+phi+ho+so' +
      '&vnp_PayDate=20250101101000&vnp_ResponseCode=00&vnp_TmnCode=MOTCUA01&vnp_TransactionNo=14226112' +
      '&vnp_TransactionStatus=00&vnp_TxnRef=PAY-000123';
    expect(params.vnp_SecureHash).toBe(hmac(canonical, SECRET));
    expect(appendSignedParams('https://motcua.example/r?lang=vi', params)).toBe(`https://motcua.example/r?lang=vi&${canonical}&vnp_SecureHash=${params.vnp_SecureHash}`);
  });
});

describe('querydr', () => {
  const request = buildQueryDrRequest({
    requestId: 'REQ123',
    tmnCode: 'MOTCUA01',
    txnRef: 'PAY-000123',
    transactionDate: new Date('2025-01-01T03:04:05Z'),
    createDate: new Date('2025-01-01T04:30:00Z'),
    ipAddr: '127.0.0.1',
    orderInfo: 'Truy van GD PAY-000123',
    hashSecret: SECRET,
  });

  it('signs RequestId|Version|Command|TmnCode|TxnRef|TransactionDate|CreateDate|IpAddr|OrderInfo', () => {
    const data = 'REQ123|2.1.0|querydr|MOTCUA01|PAY-000123|20250101100405|20250101113000|127.0.0.1|Truy van GD PAY-000123';
    expect(request).toEqual({
      vnp_RequestId: 'REQ123',
      vnp_Version: '2.1.0',
      vnp_Command: 'querydr',
      vnp_TmnCode: 'MOTCUA01',
      vnp_TxnRef: 'PAY-000123',
      vnp_OrderInfo: 'Truy van GD PAY-000123',
      vnp_TransactionDate: '20250101100405',
      vnp_CreateDate: '20250101113000',
      vnp_IpAddr: '127.0.0.1',
      vnp_SecureHash: hmac(data, SECRET),
    });
  });

  it('lets the sandbox verify the request and notice tampering', () => {
    expect(verifyQueryDrRequest(request, SECRET)).toBe(true);
    expect(verifyQueryDrRequest({ ...request, vnp_TxnRef: 'PAY-000124' }, SECRET)).toBe(false);
  });

  it('rejects a request id that VNPay would refuse', () => {
    expect(() =>
      buildQueryDrRequest({
        requestId: 'REQ-123',
        tmnCode: 'MOTCUA01',
        txnRef: 'X',
        transactionDate: new Date(),
        createDate: new Date(),
        ipAddr: '127.0.0.1',
        orderInfo: 'x',
        hashSecret: SECRET,
      }),
    ).toThrow(VnpayError);
  });

  const answer = signQueryDrResponse(
    {
      vnp_ResponseId: 'RES789',
      vnp_Command: 'querydr',
      vnp_ResponseCode: '00',
      vnp_Message: 'QueryDR Success',
      vnp_TmnCode: 'MOTCUA01',
      vnp_TxnRef: 'PAY-000123',
      vnp_Amount: '1000000',
      vnp_OrderInfo: 'Nop phi ho so',
      vnp_BankCode: 'NCB',
      vnp_PayDate: '20250101101000',
      vnp_TransactionNo: '14226112',
      vnp_TransactionType: '01',
      vnp_TransactionStatus: '00',
    },
    SECRET,
  );

  it('signs the response over its 15 fields, OrderInfo after TransactionStatus, absent promotion as empty', () => {
    const data = 'RES789|querydr|00|QueryDR Success|MOTCUA01|PAY-000123|1000000|NCB|20250101101000|14226112|01|00|Nop phi ho so||';
    expect(answer.vnp_SecureHash).toBe(hmac(data, SECRET));
  });

  it('verifies the response and refuses tampering or a missing hash', () => {
    expect(verifyQueryDrResponse(answer, SECRET)).toBe(true);
    expect(verifyQueryDrResponse({ ...answer, vnp_SecureHash: answer.vnp_SecureHash.toUpperCase() }, SECRET)).toBe(true);
    expect(verifyQueryDrResponse({ ...answer, vnp_TransactionStatus: '02' }, SECRET)).toBe(false);
    expect(verifyQueryDrResponse({ ...answer, vnp_Amount: '100' }, SECRET)).toBe(false);
    expect(verifyQueryDrResponse({ ...answer, vnp_SecureHash: undefined }, SECRET)).toBe(false);
    expect(verifyQueryDrResponse('not json', SECRET)).toBe(false);
  });
});

describe('refund', () => {
  const input = {
    requestId: 'REQ124',
    tmnCode: 'MOTCUA01',
    txnRef: 'PAY-000123',
    amountVnd: 10000,
    transactionType: '02' as const,
    transactionNo: '14226112',
    transactionDate: new Date('2025-01-01T03:04:05Z'),
    createBy: 'canbo.motcua',
    createDate: new Date('2025-01-02T02:00:00Z'),
    ipAddr: '127.0.0.1',
    orderInfo: 'Hoan tien ho so bi tu choi',
    hashSecret: SECRET,
  };

  it('signs RequestId|Version|Command|TmnCode|TransactionType|TxnRef|Amount|TransactionNo|TransactionDate|CreateBy|CreateDate|IpAddr|OrderInfo', () => {
    const request = buildRefundRequest(input);
    const data = 'REQ124|2.1.0|refund|MOTCUA01|02|PAY-000123|1000000|14226112|20250101100405|canbo.motcua|20250102090000|127.0.0.1|Hoan tien ho so bi tu choi';
    expect(request.vnp_SecureHash).toBe(hmac(data, SECRET));
    expect(request.vnp_Amount).toBe(1000000);
    expect(verifyRefundRequest(request, SECRET)).toBe(true);
    expect(verifyRefundRequest({ ...request, vnp_Amount: 2000000 }, SECRET)).toBe(false);
  });

  it("sends a partial refund as '03' and an unknown transaction number as '0'", () => {
    const request = buildRefundRequest({ ...input, transactionType: '03', amountVnd: 5000, transactionNo: undefined });
    const data = 'REQ124|2.1.0|refund|MOTCUA01|03|PAY-000123|500000|0|20250101100405|canbo.motcua|20250102090000|127.0.0.1|Hoan tien ho so bi tu choi';
    expect(request.vnp_SecureHash).toBe(hmac(data, SECRET));
  });

  it('rejects a wrong refund type or amount', () => {
    expect(() => buildRefundRequest({ ...input, transactionType: '01' as never })).toThrow(VnpayError);
    expect(() => buildRefundRequest({ ...input, amountVnd: 0.5 })).toThrow(VnpayError);
  });

  it('signs and verifies the response over its 13 fields', () => {
    const answer = signRefundResponse(
      {
        vnp_ResponseId: 'RES790',
        vnp_Command: 'refund',
        vnp_ResponseCode: '00',
        vnp_Message: 'Refund success',
        vnp_TmnCode: 'MOTCUA01',
        vnp_TxnRef: 'PAY-000123',
        vnp_Amount: '1000000',
        vnp_OrderInfo: 'Hoan tien ho so bi tu choi',
        vnp_BankCode: 'NCB',
        vnp_PayDate: '20250102090005',
        vnp_TransactionNo: '14226999',
        vnp_TransactionType: '02',
        vnp_TransactionStatus: '05',
      },
      SECRET,
    );
    const data = 'RES790|refund|00|Refund success|MOTCUA01|PAY-000123|1000000|NCB|20250102090005|14226999|02|05|Hoan tien ho so bi tu choi';
    expect(answer.vnp_SecureHash).toBe(hmac(data, SECRET));
    expect(verifyRefundResponse(answer, SECRET)).toBe(true);
    expect(verifyRefundResponse({ ...answer, vnp_ResponseCode: '94' }, SECRET)).toBe(false);
  });
});

describe('response codes and outcomes', () => {
  it('explains every documented vnp_ResponseCode in Vietnamese and English', () => {
    for (const code of ['00', '07', '09', '10', '11', '12', '13', '24', '51', '65', '75', '79', '99']) {
      expect(RESPONSE_CODES[code]?.vi, code).toBeTruthy();
      expect(RESPONSE_CODES[code]?.en, code).toBeTruthy();
    }
    expect(describeResponseCode('42')).toBe(RESPONSE_CODES['99']);
  });

  it('counts as success only 00 with transaction status 00', () => {
    expect(paymentOutcome('00', '00')).toBe('SUCCEEDED');
    expect(paymentOutcome('00', '01')).toBe('FAILED');
    expect(paymentOutcome('07', '07')).toBe('FAILED');
    expect(paymentOutcome('24', '02')).toBe('CANCELLED');
  });

  it('removes Vietnamese diacritics, đ included', () => {
    expect(toVnpOrderInfo('Đức Hòa – Hậu Nghĩa: lệ phí 25.000đ')).toBe('Duc Hoa Hau Nghia: le phi 25.000d');
  });
});
