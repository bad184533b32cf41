import { describe, expect, it } from 'vitest';
import { normaliseIp, trustProxySetting } from '../client-ip';

describe('normaliseIp', () => {
  it('writes IPv4-mapped addresses as IPv4 and keeps real IPv6', () => {
    expect(normaliseIp('::ffff:113.161.5.20')).toBe('113.161.5.20');
    expect(normaliseIp('2402:800:6344::1')).toBe('2402:800:6344::1');
    expect(normaliseIp(['14.177.2.3'])).toBe('14.177.2.3');
  });

  it('refuses anything that is not an address', () => {
    expect(normaliseIp('113.161.5.20, 10.0.0.1')).toBeNull();
    expect(normaliseIp('<script>')).toBeNull();
    expect(normaliseIp(undefined)).toBeNull();
  });
});

describe('trustProxySetting', () => {
  it("reads TRUST_PROXY the way Express's trust proxy takes it", () => {
    expect(trustProxySetting('true')).toBe(true);
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });
});
