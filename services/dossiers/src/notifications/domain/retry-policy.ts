/**
 * When a message that could not be sent is tried again: exponential back-off from `baseMs`, doubled per
 * attempt, capped at `maxMs`, with up to a quarter of random spread so that a burst that failed together does
 * not come back together and knock the provider over again.
 */
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  /** After this many attempts the message is FAILED (staff can resend it). */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 5_000, maxMs: 30 * 60_000, maxAttempts: 10 };

/** Delay before attempt `attempt + 1`, after `attempt` (≥ 1) failed attempts; `random` in [0, 1). */
export function backoffMs(attempt: number, policy: RetryPolicy, random: number = Math.random()): number {
  const exponential = policy.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30));
  const capped = Math.min(policy.maxMs, exponential);
  return Math.round(capped * (1 - 0.25 * random));
}

export function hasAttemptsLeft(attempts: number, policy: RetryPolicy): boolean {
  return attempts < policy.maxAttempts;
}
