import { AppError } from '@motcua/platform';
import { describe, expect, it } from 'vitest';
import { PublicLookupLimit } from '../public-lookup-limit';

async function refusal(attempt: Promise<void>): Promise<AppError | null> {
  return attempt.then(
    () => null,
    (err: unknown) => (err instanceof AppError ? err : Promise.reject(err)),
  );
}

describe('PublicLookupLimit', () => {
  it('lets an address look up its share of codes in an hour, then refuses it with the wait', async () => {
    const limit = new PublicLookupLimit({ perHour: 3, missesPerHour: 10 });
    for (let i = 0; i < 3; i++) expect(await refusal(limit.admit('198.51.100.7'))).toBeNull();
    const refused = await refusal(limit.admit('198.51.100.7'));
    expect(refused?.code).toBe('TOO_MANY_REQUESTS');
    const wait = (refused?.extensions.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    expect(wait).toBeGreaterThan(3500);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(await refusal(limit.admit('198.51.100.8'))).toBeNull();
  });

  it('refuses an address that missed too often, even for a code that exists', async () => {
    const limit = new PublicLookupLimit({ perHour: 100, missesPerHour: 2 });
    await limit.admit('198.51.100.9');
    await limit.missed('198.51.100.9');
    expect(await refusal(limit.admit('198.51.100.9'))).toBeNull();
    await limit.missed('198.51.100.9');
    expect((await refusal(limit.admit('198.51.100.9')))?.code).toBe('TOO_MANY_REQUESTS');
    expect(await refusal(limit.admit('198.51.100.10'))).toBeNull();
  });
});
