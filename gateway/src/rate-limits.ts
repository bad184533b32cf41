import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError, httpStatusOf } from '@motcua/platform';

/**
 * Per-client limits, so that no one client starves the rest. A signed-in caller is known by its token (many
 * citizens share one address behind a mobile carrier's NAT), anyone else by address. The answer is a typed
 * TOO_MANY_REQUESTS with Retry-After.
 */
export interface RateLimits {
  anonymousPerMinute: number;
  signedInPerMinute: number;
  /** Failed sign-ins per address and user name in 15 minutes; successful ones are not counted. */
  failedLoginsPer15Minutes: number;
}

export function rateLimitsOf(env: NodeJS.ProcessEnv): RateLimits {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
    return value;
  };
  return {
    anonymousPerMinute: number('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 600),
    signedInPerMinute: number('RATE_LIMIT_SIGNED_IN_PER_MINUTE', 1200),
    failedLoginsPer15Minutes: number('RATE_LIMIT_FAILED_LOGINS', 10),
  };
}

function refuse(_req: Request, res: Response): void {
  const error = new AppError('TOO_MANY_REQUESTS');
  res.status(httpStatusOf(error.code)).json(error.toBody());
}

const bearer = (req: Request) => /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];

/** Requests to the graph and the pass-through routes. */
export function requestLimiter(limits: RateLimits): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: (req) => (bearer(req) ? limits.signedInPerMinute : limits.anonymousPerMinute),
    keyGenerator: (req) => {
      const token = bearer(req);
      return token ? `token:${createHash('sha256').update(token).digest('base64url')}` : `ip:${req.ip}`;
    },
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: refuse,
  });
}

/** Password guessing at the development sign-in. */
export function loginLimiter(limits: RateLimits): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60_000,
    limit: limits.failedLoginsPer15Minutes,
    keyGenerator: (req) => `login:${req.ip}:${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: refuse,
  });
}
