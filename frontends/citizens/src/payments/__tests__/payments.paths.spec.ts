import { describe, expect, it } from 'vitest';
import { isPaymentsPath, matchPaymentsRoute, paymentPaths } from '../payments.paths';

describe('payment pages of the portal', () => {
  it('round-trips a dossier code through the pay path', () => {
    const code = '000.21.25.H39-261127-0003';
    expect(paymentPaths.pay(code)).toBe('/thanh-toan/000.21.25.H39-261127-0003');
    expect(matchPaymentsRoute(paymentPaths.pay(code))).toEqual({ name: 'pay', code });
    expect(matchPaymentsRoute('/thanh-toan/000.21.25.h39-261127-0003')).toEqual({ name: 'pay', code });
  });

  it('knows the result page VNPay returns to, and nothing else', () => {
    expect(matchPaymentsRoute('/thanh-toan/ket-qua')).toEqual({ name: 'result' });
    expect(matchPaymentsRoute('/thanh-toan')).toEqual({ name: 'notFound' });
    expect(matchPaymentsRoute('/thanh-toan/a/b')).toEqual({ name: 'notFound' });
    expect(matchPaymentsRoute('/thanh-toan/%E0%A4%A')).toEqual({ name: 'notFound' });
    expect(isPaymentsPath('/thanh-toan/ket-qua')).toBe(true);
    expect(isPaymentsPath('/thanh-toan-khac')).toBe(false);
    expect(isPaymentsPath('/ho-so-cua-toi')).toBe(false);
  });
});
