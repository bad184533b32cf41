import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { TokenVerifier } from './auth/verify-token';
import type { Caller } from './auth/roles';
import { AppError, httpStatusOf, type ErrorCode } from './errors';
import { callerOf } from './subgraph';

/** The verified caller of a REST route (files, printable documents, receipts, exports); anonymous is refused. */
export async function signedInCaller(req: Request, verify: TokenVerifier): Promise<Caller> {
  const caller = await callerOf(req.headers.authorization, verify);
  if (!caller) throw new AppError('UNAUTHENTICATED');
  return caller;
}

/**
 * Answers a REST route's failure as the graph does: an AppError as its coded body; anything else logged with
 * `what` and answered with `unexpected(err)` (INTERNAL unless the route knows better). Nothing once bytes are out.
 */
export function sendRouteError(res: Response, err: unknown, log: Logger, what: string, unexpected: (err: unknown) => ErrorCode = () => 'INTERNAL'): void {
  const error = err instanceof AppError ? err : new AppError(unexpected(err));
  if (!(err instanceof AppError)) log.error({ err }, what);
  if (!res.headersSent) res.status(httpStatusOf(error.code)).json(error.toBody());
}
