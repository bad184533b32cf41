import pino, { type Logger } from 'pino';

/** Structured JSON logs, one logger per process, named after the service. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: ['req.headers.authorization', 'password', '*.password', '*.idNumber'],
  });
}

export type { Logger };
