import { describe, expect, it } from 'vitest';
import { EXPIRY_GRACE_MS, ipnMismatch, settleFromQuery, type QueryAnswer } from '../reconciliation';

const ORDER = { amountVnd: 2500, expiresAt: new Date('2026-11-28T03:15:00Z') };
const BEFORE_EXPIRY = new Date('2026-11-28T03:10:00Z');
const LONG_AFTER = new Date(ORDER.expiresAt.getTime() + EXPIRY_GRACE_MS + 1);
const FOUND: QueryAnswer = { responseCode: '00', transactionStatus: '00', amountVnd: 2500, transactionNo: '14000001', bankCode: 'NCB', payDate: new Date('2026-11-28T03:05:00Z') };

describe('settling a pending payment from querydr', () => {
  it('follows the gateway when it knows the outcome', () => {
    expect(settleFromQuery(ORDER, FOUND, BEFORE_EXPIRY)).toEqual({ action: 'SUCCEEDED' });
    expect(settleFromQuery(ORDER, { ...FOUND, transactionStatus: '02' }, BEFORE_EXPIRY)).toEqual({ action: 'FAILED' });
  });

  it('waits while the customer may still pay, and expires the order once the page and a grace period are over', () => {
    const notFound: QueryAnswer = { responseCode: '91', transactionStatus: null, amountVnd: null, transactionNo: null, bankCode: null, payDate: null };
    expect(settleFromQuery(ORDER, notFound, BEFORE_EXPIRY).action).toBe('KEEP');
    expect(settleFromQuery(ORDER, notFound, new Date(ORDER.expiresAt.getTime() + 60_000)).action).toBe('KEEP');
    expect(settleFromQuery(ORDER, notFound, LONG_AFTER)).toEqual({ action: 'EXPIRED' });
    expect(settleFromQuery(ORDER, { ...FOUND, transactionStatus: '01' }, BEFORE_EXPIRY).action).toBe('KEEP');
    expect(settleFromQuery(ORDER, { ...FOUND, transactionStatus: '01' }, LONG_AFTER)).toEqual({ action: 'EXPIRED' });
  });

  it('lists what it must not settle by itself: another amount, a reversal, suspected fraud', () => {
    const amount = settleFromQuery(ORDER, { ...FOUND, amountVnd: 25 }, BEFORE_EXPIRY);
    expect(amount).toMatchObject({ action: 'KEEP', mismatch: { kind: 'AMOUNT' } });
    for (const status of ['04', '07']) {
      expect(settleFromQuery(ORDER, { ...FOUND, transactionStatus: status }, BEFORE_EXPIRY), status).toMatchObject({ action: 'KEEP', mismatch: { kind: 'PROVIDER_STATE' } });
    }
  });

  it('keeps the payment as it is when the query itself failed', () => {
    expect(settleFromQuery(ORDER, { ...FOUND, responseCode: '97' }, LONG_AFTER)).toMatchObject({ action: 'KEEP' });
    expect(settleFromQuery(ORDER, { ...FOUND, responseCode: '99' }, LONG_AFTER).mismatch).toBeUndefined();
  });
});

describe('what an IPN we did not apply tells staff', () => {
  const success = { vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_Amount: '250000' };

  it('a different amount', () => {
    expect(ipnMismatch('04', { amountVnd: 2500, status: 'PENDING' }, { ...success, vnp_Amount: '100' })).toMatchObject({ kind: 'AMOUNT', detail: expect.stringContaining('1 đồng') });
  });

  it('a success for an order we had closed', () => {
    for (const status of ['EXPIRED', 'FAILED', 'CANCELLED'] as const) {
      expect(ipnMismatch('02', { amountVnd: 2500, status }, success), status).toMatchObject({ kind: 'LATE_SUCCESS' });
    }
  });

  it('nothing for a plain replay, a failure replay, a forgery or an unknown order', () => {
    expect(ipnMismatch('02', { amountVnd: 2500, status: 'SUCCEEDED' }, success)).toBeNull();
    expect(ipnMismatch('02', { amountVnd: 2500, status: 'EXPIRED' }, { ...success, vnp_ResponseCode: '24' })).toBeNull();
    expect(ipnMismatch('97', { amountVnd: 2500, status: 'PENDING' }, success)).toBeNull();
    expect(ipnMismatch('01', null, success)).toBeNull();
  });
});
