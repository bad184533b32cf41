import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_MESSAGES, createErrorFormatter, httpStatusOf } from '../errors';
import { decodeCursor, encodeCursor, pageInfo } from '../pagination';

const format = createErrorFormatter(pino({ level: 'silent' }));

describe('errors', () => {
  it('has a Vietnamese and an English message for every code', () => {
    for (const [code, message] of Object.entries(ERROR_MESSAGES)) {
      expect(message.vi.length, code).toBeGreaterThan(5);
      expect(message.en.length, code).toBeGreaterThan(5);
      expect(message.vi).not.toBe(message.en);
    }
  });

  it('passes our errors through and masks anything unexpected as INTERNAL without its details', () => {
    const ours = new AppError('OUT_OF_JURISDICTION');
    expect(format({ message: ours.message, extensions: ours.extensions }, ours).extensions).toMatchObject({ code: 'OUT_OF_JURISDICTION', messageEn: ERROR_MESSAGES.OUT_OF_JURISDICTION.en });
    const crash = new Error('relation "dossier" does not exist at /srv/app.js:12');
    const shown = format({ message: crash.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, new GraphQLError(crash.message, { originalError: crash }));
    expect(shown.extensions?.code).toBe('INTERNAL');
    expect(JSON.stringify(shown)).not.toMatch(/relation|app\.js|stacktrace/);
  });

  it('turns argument validation into VALIDATION_FAILED naming the fields', () => {
    const error = new GraphQLError('Argument Validation Error', { originalError: Object.assign(new Error('x'), { validationErrors: [{ property: 'phone', constraints: { matches: 'bad' } }] }) });
    expect(format({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT' } }, error).extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'phone', constraints: ['matches'] }] },
    });
  });

  it('maps codes to HTTP statuses for the REST endpoints', () => {
    expect([httpStatusOf('TOKEN_EXPIRED'), httpStatusOf('FORBIDDEN'), httpStatusOf('NOT_FOUND'), httpStatusOf('CONFLICT'), httpStatusOf('VALIDATION_FAILED')]).toEqual([401, 403, 404, 409, 400]);
  });
});

describe('nested validation', () => {
  it('names the field inside a nested input', () => {
    const nested = [{ property: 'applicant', children: [{ property: 'idNumber', constraints: { matches: 'bad' } }] }];
    const error = new GraphQLError('Argument Validation Error', { originalError: Object.assign(new Error('x'), { validationErrors: nested }) });
    expect(format({ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }, error).extensions?.details).toEqual({ fields: [{ field: 'applicant.idNumber', constraints: ['matches'] }] });
  });
});

describe('cursors', () => {
  it('round-trips and refuses a forged cursor', () => {
    expect(decodeCursor(encodeCursor(40))).toBe(40);
    expect(decodeCursor(null)).toBe(0);
    expect(() => decodeCursor(Buffer.from('o:-1; drop table').toString('base64url'))).toThrow(AppError);
    expect(pageInfo(20, 20, 41)).toEqual({ hasNextPage: true, endCursor: encodeCursor(40) });
    expect(pageInfo(40, 1, 41).hasNextPage).toBe(false);
  });
});
