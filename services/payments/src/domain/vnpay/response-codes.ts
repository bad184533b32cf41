// Response codes ([PAY] "Bảng mã lỗi": vnp_ResponseCode and vnp_TransactionStatus)

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
