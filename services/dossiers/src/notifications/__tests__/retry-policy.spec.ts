import { describe, expect, it } from 'vitest';
import { backoffMs, hasAttemptsLeft } from '../domain/retry-policy';

const policy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 5 };

describe('retry back-off', () => {
  it('doubles per failed attempt', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, policy, 0))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('is capped', () => {
    expect(backoffMs(20, policy, 0)).toBe(60_000);
    expect(backoffMs(10_000, policy, 0)).toBe(60_000);
  });

  it('spreads retries by up to a quarter, never longer than the cap', () => {
    expect(backoffMs(3, policy, 0.999)).toBeGreaterThan(3000);
    expect(backoffMs(3, policy, 0.999)).toBeLessThanOrEqual(4000);
    expect(backoffMs(30, policy, 0.5)).toBe(52_500);
  });

  it('stops after the last attempt', () => {
    expect(hasAttemptsLeft(4, policy)).toBe(true);
    expect(hasAttemptsLeft(5, policy)).toBe(false);
  });
});
