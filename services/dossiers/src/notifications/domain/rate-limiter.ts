/**
 * A token bucket per provider: `perSecond` messages a second on average, bursts up to `burst`. Providers cap
 * calls (and ban the sender who ignores the cap); the worker asks before each send and waits the answer.
 */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number = Math.max(1, perSecond),
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = this.burst;
    this.last = this.now();
  }

  /** Takes a token and returns 0, or returns how many milliseconds to wait before one is free. */
  take(): number {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }
}
