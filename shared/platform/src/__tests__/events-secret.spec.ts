import { describe, expect, it } from 'vitest';
import { secretOf } from '../events';

describe('the events secret', () => {
  it('has a development value outside production', () => {
    expect(secretOf({ NODE_ENV: 'development' })).toBe('dev-events-secret');
  });

  it('is required in production, and neither the published development value nor a short one will do', () => {
    expect(() => secretOf({ NODE_ENV: 'production' })).toThrow(/EVENTS_SECRET/);
    expect(() => secretOf({ NODE_ENV: 'production', EVENTS_SECRET: 'dev-events-secret' })).toThrow(/EVENTS_SECRET/);
    expect(() => secretOf({ NODE_ENV: 'production', EVENTS_SECRET: 'short' })).toThrow(/at least 32/);
    const strong = 'a'.repeat(16) + 'b'.repeat(16);
    expect(secretOf({ NODE_ENV: 'production', EVENTS_SECRET: strong })).toBe(strong);
  });
});
