import pino, { type DestinationStream, type Logger } from 'pino';
import { redactedErrorSerializer } from './log-redaction';

/** Structured JSON logs, one logger per process, named after the service. */
export function createLogger(service: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: ['req.headers.authorization', 'password', '*.password', '*.idNumber'],
    serializers: { err: redactedErrorSerializer, error: redactedErrorSerializer },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
