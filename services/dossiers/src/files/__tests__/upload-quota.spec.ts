import { AppError } from '@motcua/platform';
import { describe, expect, it } from 'vitest';
import { assertWithinQuota, uploadQuotaFromEnv } from '../upload-quota';

const now = new Date('2026-12-03T10:00:00Z');
const quota = { maxCount: 3, maxBytes: 1000 };

describe('daily upload quota (issue 12)', () => {
  it('lets uploads through under both limits', () => {
    expect(() => assertWithinQuota({ count: 2, bytes: 999, oldest: now }, quota, now)).not.toThrow();
  });

  it('refuses past the count or the bytes, saying when to retry', () => {
    const oldest = new Date(now.getTime() - 23 * 3600_000);
    for (const used of [
      { count: 3, bytes: 0, oldest },
      { count: 1, bytes: 1000, oldest },
    ]) {
      try {
        assertWithinQuota(used, quota, now);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe('TOO_MANY_REQUESTS');
        expect((err as AppError).toBody().error.details).toEqual({ retryAfterSeconds: 3600 });
      }
    }
  });

  it('reads its limits from the environment, defaults otherwise', () => {
    expect(uploadQuotaFromEnv({ FILE_DAILY_MAX_COUNT: '5', FILE_DAILY_MAX_BYTES: '2048' })).toEqual({ maxCount: 5, maxBytes: 2048 });
    expect(uploadQuotaFromEnv({ FILE_DAILY_MAX_COUNT: 'x' })).toEqual({ maxCount: 300, maxBytes: 100 * 1024 * 1024 });
  });
});
