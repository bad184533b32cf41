import { describe, expect, it } from 'vitest';
import { ConfigError, loadPaymentsConfig } from '../payments-config';

const REAL = {
  NODE_ENV: 'production',
  VNPAY_TMN_CODE: 'MOTCUA01',
  VNPAY_HASH_SECRET: 'A-REAL-SECRET-FROM-VNPAY-0123456789',
  VNPAY_PAYMENT_URL: 'https://pay.vnpay.vn/vpcpay.html',
  VNPAY_API_URL: 'https://merchant.vnpay.vn/merchant_webapi/api/transaction',
  VNPAY_RETURN_URL: 'https://motcua.example.vn/payments/vnpay/return',
};

describe('payments configuration', () => {
  it('works offline in development: the sandbox behind the gateway, with its fixed credentials', () => {
    const config = loadPaymentsConfig({ GATEWAY_URL: 'http://localhost:4000' });
    expect(config.sandboxEnabled).toBe(true);
    expect(config.vnpay).toEqual({
      tmnCode: 'DEVSANDBOX',
      hashSecret: 'dev-sandbox-secret',
      paymentUrl: 'http://localhost:4000/payments/sandbox/paymentv2/vpcpay.html',
      apiUrl: 'http://localhost:4000/payments/sandbox/merchant_webapi/api/transaction',
      returnUrl: 'http://localhost:4000/payments/vnpay/return',
      ipnUrl: 'http://localhost:4000/payments/vnpay/ipn',
    });
    expect(config).toMatchObject({ publicPortalUrl: 'http://localhost:8080', postalChargeVnd: 25_000, paymentTtlMinutes: 15, reconcileAfterMinutes: 15 });
  });

  it('reads the numbers it is given and refuses nonsense', () => {
    expect(loadPaymentsConfig({ POSTAL_CHARGE_VND: '30000', PAYMENT_RECONCILE_AFTER_MINUTES: '5' })).toMatchObject({ postalChargeVnd: 30_000, reconcileAfterMinutes: 5 });
    expect(() => loadPaymentsConfig({ POSTAL_CHARGE_VND: '12.5' })).toThrow(ConfigError);
    expect(() => loadPaymentsConfig({ PAYMENT_TTL_MINUTES: '0' })).toThrow(ConfigError);
  });

  it('refuses to start in production without real VNPay values', () => {
    expect(() => loadPaymentsConfig({ NODE_ENV: 'production' })).toThrow(/VNPAY_TMN_CODE, VNPAY_HASH_SECRET/);
    expect(() => loadPaymentsConfig({ ...REAL, VNPAY_HASH_SECRET: 'dev-sandbox-secret' })).toThrow(ConfigError);
    expect(() => loadPaymentsConfig({ ...REAL, VNPAY_TMN_CODE: 'DEVSANDBOX' })).toThrow(ConfigError);
    expect(() => loadPaymentsConfig({ ...REAL, VNPAY_PAYMENT_URL: 'http://localhost:4000/payments/sandbox/paymentv2/vpcpay.html' })).toThrow(ConfigError);
    const config = loadPaymentsConfig(REAL);
    expect(config.sandboxEnabled).toBe(false);
    expect(config.vnpay.tmnCode).toBe('MOTCUA01');
  });
});
