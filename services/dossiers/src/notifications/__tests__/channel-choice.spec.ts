import { describe, expect, it } from 'vitest';
import { NotificationChannel as C } from '../../entities/notification.entity';
import { chooseChannel, DEFAULT_PREFERENCE, fallbackChannel } from '../domain/channel-choice';
import { vietnameseMobile } from '../domain/phone-number';
import { RateLimiter } from '../domain/rate-limiter';
import { isValidZaloSignature, zaloWebhookSignature } from '../domain/zalo-signature';

const both = { phone: '0912345678', email: 'an@example.vn' };
const consent = (zalo: boolean, sms: boolean, email: boolean) => ({ [C.ZALO]: zalo, [C.SMS]: sms, [C.EMAIL]: email });

describe('channel choice', () => {
  it('defaults to Zalo, then SMS, then e-mail', () => {
    expect(chooseChannel(both, DEFAULT_PREFERENCE)).toBe(C.ZALO);
    expect(chooseChannel({ phone: null, email: 'an@example.vn' }, DEFAULT_PREFERENCE)).toBe(C.EMAIL);
    expect(chooseChannel({ phone: null, email: null }, DEFAULT_PREFERENCE)).toBeNull();
  });

  it('follows the preference only where the citizen consents', () => {
    expect(chooseChannel(both, { preferred: C.EMAIL, consent: consent(true, true, true) })).toBe(C.EMAIL);
    expect(chooseChannel(both, { preferred: C.EMAIL, consent: consent(true, true, false) })).toBe(C.ZALO);
    expect(chooseChannel(both, { preferred: null, consent: consent(false, false, false) })).toBeNull();
  });

  it('falls back from Zalo to SMS only with consent', () => {
    expect(fallbackChannel(C.ZALO, both, DEFAULT_PREFERENCE)).toBe(C.SMS);
    expect(fallbackChannel(C.ZALO, both, { preferred: null, consent: consent(true, false, true) })).toBeNull();
    expect(fallbackChannel(C.SMS, both, DEFAULT_PREFERENCE)).toBeNull();
  });
});

describe('Vietnamese mobile numbers', () => {
  it('come out as 84 and nine digits', () => {
    expect(vietnameseMobile('0912 345 678')).toBe('84912345678');
    expect(vietnameseMobile('+84 912.345.678')).toBe('84912345678');
    expect(vietnameseMobile('84386123456')).toBe('84386123456');
  });

  it('refuse foreign numbers and landlines', () => {
    expect(vietnameseMobile('+14155550100')).toBeNull();
    expect(vietnameseMobile('02723812345')).toBeNull();
    expect(vietnameseMobile('091234567')).toBeNull();
  });
});

describe('rate limiter', () => {
  it('lets a burst through, then paces', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 2, () => now);
    expect([limiter.take(), limiter.take()]).toEqual([0, 0]);
    expect(limiter.take()).toBe(500);
    now = 500;
    expect(limiter.take()).toBe(0);
  });
});

describe('Zalo webhook signature', () => {
  it('is mac= and the SHA-256 of app id, body, timestamp and OA secret', () => {
    const body = '{"event_name":"user_received_message","timestamp":"1700000000000"}';
    const signature = zaloWebhookSignature('app', body, '1700000000000', 'secret');
    expect(signature).toMatch(/^mac=[0-9a-f]{64}$/);
    expect(isValidZaloSignature(signature, 'app', body, '1700000000000', 'secret')).toBe(true);
    expect(isValidZaloSignature(signature, 'app', body.replace('1700', '1800'), '1700000000000', 'secret')).toBe(false);
    expect(isValidZaloSignature(undefined, 'app', body, '1700000000000', 'secret')).toBe(false);
    expect(isValidZaloSignature(signature, 'app', body, '1700000000000', '')).toBe(false);
  });
});
