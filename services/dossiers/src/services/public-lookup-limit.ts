import { AppError } from '@motcua/platform';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

const HOUR_SECONDS = 3600;

/**
 * Anyone may follow a dossier by the code on its slip, signed in or not; codes run in sequence, so a stranger could
 * walk through them (issue 12: 46 dossiers found in 120 guesses). Without signing in, an address may look up
 * LOOKUP_ANONYMOUS_PER_HOUR codes (60) and miss LOOKUP_MISSES_PER_HOUR times (20) in an hour; after that it is
 * refused until the hour ends. A citizen follows a few codes; counters, volunteers and help points sign in.
 * Counted per process: with several dossiers instances behind the gateway, each counts its own share.
 */
export class PublicLookupLimit {
  private readonly lookups: RateLimiterMemory;
  private readonly misses: RateLimiterMemory;

  constructor(limits: { perHour: number; missesPerHour: number }) {
    this.lookups = new RateLimiterMemory({ keyPrefix: 'lookup', points: limits.perHour, duration: HOUR_SECONDS });
    this.misses = new RateLimiterMemory({ keyPrefix: 'lookup-miss', points: limits.missesPerHour, duration: HOUR_SECONDS });
  }

  /** Counts an anonymous lookup from `address`, or refuses it once the address has used its hour. */
  async admit(address: string | null): Promise<void> {
    const key = address ?? 'unknown';
    const missed = await this.misses.get(key);
    if (missed && missed.remainingPoints <= 0) throw tooMany(missed);
    await this.lookups.consume(key).catch((res: unknown) => {
      throw res instanceof RateLimiterRes ? tooMany(res) : res;
    });
  }

  /** A lookup of a code that names no dossier. */
  async missed(address: string | null): Promise<void> {
    await this.misses.penalty(address ?? 'unknown', 1);
  }
}

function tooMany(res: RateLimiterRes): AppError {
  return new AppError('TOO_MANY_REQUESTS', {
    message: {
      vi: 'Địa chỉ này đã tra cứu quá nhiều mã hồ sơ trong một giờ. Vui lòng thử lại sau, hoặc đăng nhập để xem hồ sơ của mình.',
      en: 'Too many dossier codes looked up from this address in an hour. Please try again later, or sign in to see your dossiers.',
    },
    details: { retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) },
  });
}

function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

export const publicLookupLimit = new PublicLookupLimit({
  perHour: limitFromEnv('LOOKUP_ANONYMOUS_PER_HOUR', 60),
  missesPerHour: limitFromEnv('LOOKUP_MISSES_PER_HOUR', 20),
});
