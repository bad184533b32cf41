/** What every VNPay 2.1.0 message shares: the version, the field checks and the one error type. */

export const VNP_VERSION = '2.1.0';

export type VnpLocale = 'vn' | 'en';

/**
 * [PAY] lists vnp_TmnCode as Alphanumeric[8], and the codes VNPay issues are 8 characters. The local sandbox's
 * development code, DEVSANDBOX, is 10: we accept up to 16 and leave the exact length to the gateway that issued it.
 */
export const TMN_CODE_MAX_LENGTH = 16;

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

/** [PAY] vnp_Amount Numeric[1,12] = VND × 100. */
export function toVnpAmount(amountVnd: number): string {
  if (!Number.isSafeInteger(amountVnd) || amountVnd <= 0) throw new VnpayError('amountVnd must be a positive integer');
  const wire = amountVnd * 100;
  if (String(wire).length > 12) throw new VnpayError('amountVnd is too large for vnp_Amount (12 digits)');
  return String(wire);
}

export function requireText(name: string, value: string, maxLength = Number.POSITIVE_INFINITY): string {
  if (typeof value !== 'string' || value.trim() === '') throw new VnpayError(`${name} is required`);
  if (value.length > maxLength) throw new VnpayError(`${name} is longer than ${maxLength} characters`);
  return value;
}

export function requireCode(name: string, value: string): string {
  if (typeof value !== 'string' || !/^\d{2}$/.test(value)) throw new VnpayError(`${name} must be two digits`);
  return value;
}

export function requireRequestId(requestId: string): string {
  if (typeof requestId !== 'string' || !/^[A-Za-z0-9]{1,32}$/.test(requestId)) {
    throw new VnpayError('requestId must be 1–32 letters or digits');
  }
  return requestId;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
