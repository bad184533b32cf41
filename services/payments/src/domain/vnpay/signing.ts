// Signing: HMAC-SHA512 over the sorted, URL-encoded parameters ([PAY] "Tạo URL thanh toán", [HASH], [DEMO]), and over
// '|'-joined fields for the merchant API ([QUERYDR]).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isRecord, type VnpQuery, VnpayError } from './protocol';

/** Keys never part of the signed data: the signature itself and the (pre-2.1.0) hash-type marker. [HASH] */
const HASH_KEYS: ReadonlySet<string> = new Set(['vnp_SecureHash', 'vnp_SecureHashType']);

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
export function toSignedQueryString(params: Readonly<Record<string, string>>): string {
  const hash = params.vnp_SecureHash;
  const body = canonicalQuery(params);
  return hash === undefined ? body : `${body}&vnp_SecureHash=${vnpEncode(hash)}`;
}

/** The '|'-joined checksum data: fields in the given order, a missing or null field as ''. [QUERYDR] */
function pipeData(fields: readonly string[], body: Readonly<Record<string, unknown>>): string {
  return fields.map((field) => fieldText(body[field])).join('|');
}

export function pipeSignature(fields: readonly string[], body: Readonly<Record<string, unknown>>, secret: string): string {
  return hmacSha512Hex(pipeData(fields, body), secret);
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function verifyPipeSigned(fields: readonly string[], body: unknown, secret: string): boolean {
  if (!isRecord(body) || typeof body.vnp_SecureHash !== 'string') return false;
  return hexDigestEquals(body.vnp_SecureHash, pipeSignature(fields, body, secret));
}
