import { describe, expect, it } from 'vitest';
import { listenHost, withoutSuggestions } from '@motcua/platform';
import { allowedOrigins } from '../server';

describe('what the gateway exposes, by environment', () => {
  it('listens on loopback in development and everywhere in production, unless HOST says', () => {
    expect(listenHost({})).toBe('127.0.0.1');
    expect(listenHost({ NODE_ENV: 'production' })).toBe('0.0.0.0');
    expect(listenHost({ NODE_ENV: 'development', HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });

  it('answers browsers of any localhost port only in development; production names its origins', () => {
    expect(allowedOrigins({})).toHaveLength(1);
    expect(() => allowedOrigins({ NODE_ENV: 'production' })).toThrow(/CORS_ORIGINS/);
    expect(allowedOrigins({ NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example, https://b.example' })).toEqual(['https://a.example', 'https://b.example']);
  });

  it('takes graphql-js suggestions out of messages, which would spell out the schema', () => {
    expect(withoutSuggestions('Cannot query field "procedur" on type "Query". Did you mean "procedure" or "procedures"?')).toBe('Cannot query field "procedur" on type "Query".');
  });
});
