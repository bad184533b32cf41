import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * How Zalo signs a webhook call: X-ZEvent-Signature is "mac=" and the SHA-256 (hex) of the app id, the raw
 * JSON body, the event's `timestamp` and the OA secret key, concatenated in that order.
 */
export function zaloWebhookSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return `mac=${createHash('sha256').update(`${appId}${rawBody}${timestamp}${oaSecretKey}`).digest('hex')}`;
}

export function isValidZaloSignature(header: string | undefined, appId: string, rawBody: string, timestamp: string, oaSecretKey: string): boolean {
  if (!header || !oaSecretKey) return false;
  const expected = Buffer.from(zaloWebhookSignature(appId, rawBody, timestamp, oaSecretKey));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
