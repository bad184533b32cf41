import { describe, expect, it } from 'vitest';
import { dossierFeeItems, formCounts, procedureFeeItems, whyNotPayable, type DossierSnapshot } from '../dossier-fees';
import { FeeError } from '../fees';

const MARITAL_STATUS: DossierSnapshot = {
  code: '000.00.27.H42-261128-0001',
  channel: 'ONLINE',
  deliveryMethod: 'PICKUP',
  feeStatus: 'DUE',
  status: 'WAITING_FOR_FEE',
  unitCode: '27931',
  currentUnitCode: '27931',
  fees: [{ name: 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', nameEn: 'Charge', kind: 'CHARGE', basis: 'FIXED', amountVnd: 5000, onlineAmountVnd: 2500 }],
  applicantName: 'Nguyễn Văn An',
};

describe("a dossier's fee items", () => {
  it('applies the online amount to an online dossier and the full one at the counter', () => {
    expect(dossierFeeItems(MARITAL_STATUS, 25_000).totalVnd).toBe(2500);
    expect(dossierFeeItems({ ...MARITAL_STATUS, channel: 'COUNTER' }, 25_000).totalVnd).toBe(5000);
  });

  it('adds the postal charge only when the result goes back by post', () => {
    const byPost = dossierFeeItems({ ...MARITAL_STATUS, deliveryMethod: 'POST' }, 25_000);
    expect(byPost.items.map((i) => [i.kind, i.amountVnd])).toEqual([
      ['CHARGE', 2500],
      ['POSTAL', 25_000],
    ]);
    expect(byPost.totalVnd).toBe(27_500);
    expect(dossierFeeItems({ ...MARITAL_STATUS, channel: 'POST', deliveryMethod: 'PICKUP' }, 25_000).items).toHaveLength(1);
  });

  it('counts one page or copy unless told, and the counts the officer gives', () => {
    const perCopy: DossierSnapshot = {
      ...MARITAL_STATUS,
      channel: 'COUNTER',
      fees: [{ name: 'Phí bản sao trích lục', nameEn: 'Copy fee', kind: 'FEE', basis: 'PER_COPY', amountVnd: 8000, onlineAmountVnd: null }],
    };
    expect(dossierFeeItems(perCopy, 0).totalVnd).toBe(8000);
    expect(dossierFeeItems(perCopy, 0, { copies: 3 }).items[0]).toMatchObject({ quantity: 3, amountVnd: 24_000 });
  });

  it("prices a copy certification by the pages and copies in the dossier's form, tier by tier", () => {
    const certification: DossierSnapshot = {
      ...MARITAL_STATUS,
      channel: 'COUNTER',
      fees: [
        { name: 'Trang 1–2', nameEn: 'Pages 1–2', kind: 'FEE', basis: 'PER_PAGE', amountVnd: 2000, onlineAmountVnd: null, toPage: 2, perCopy: true },
        { name: 'Từ trang 3', nameEn: 'Page 3 on', kind: 'FEE', basis: 'PER_PAGE', amountVnd: 1000, onlineAmountVnd: null, fromPage: 3, toPage: null, perCopy: true },
      ],
      formCounts: formCounts({ 'so-trang': '3', 'so-ban': 2 }),
    };
    expect(dossierFeeItems(certification, 0).totalVnd).toBe(10_000);
    // What the officer states at the counter wins over the form.
    expect(dossierFeeItems(certification, 0, { pages: 1, copies: 1 }).totalVnd).toBe(2000);
  });

  it('reads only positive whole numbers from the form', () => {
    expect(formCounts({ 'so-trang': '4', 'so-ban': '2' })).toEqual({ pages: 4, copies: 2 });
    expect(formCounts({ 'so-trang': '-1', 'so-ban': '2.5' })).toEqual({});
    expect(formCounts(null)).toEqual({});
  });

  it('passes a broken rule on as a FeeError', () => {
    expect(() => dossierFeeItems({ ...MARITAL_STATUS, fees: [{ ...MARITAL_STATUS.fees[0], amountVnd: 2.5 }] }, 0)).toThrow(FeeError);
  });
});

describe('whether a fee can be paid now', () => {
  it('answers by the money track and the business state', () => {
    expect(whyNotPayable({ feeStatus: 'DUE', status: 'SUBMITTED' })).toBeNull();
    expect(whyNotPayable({ feeStatus: 'DUE', status: 'WAITING_FOR_FEE' })).toBeNull();
    expect(whyNotPayable({ feeStatus: 'PAID', status: 'RECEIVED' })).toBe('ALREADY_PAID');
    expect(whyNotPayable({ feeStatus: 'NONE', status: 'RECEIVED' })).toBe('NO_FEE');
    expect(whyNotPayable({ feeStatus: 'REFUNDED', status: 'RECEIVED' })).toBe('REFUNDED');
    for (const status of ['DRAFT', 'REFUSED', 'WITHDRAWN', 'STOPPED', 'RETURNED']) expect(whyNotPayable({ feeStatus: 'DUE', status }), status).toBe('CLOSED');
  });
});

describe('the fee of a dossier not yet submitted', () => {
  const certification = [
    { name: 'Trang 1–2', nameEn: 'Pages 1–2', kind: 'FEE' as const, basis: 'PER_PAGE' as const, amountVnd: 2000, onlineAmountVnd: null, toPage: 2, perCopy: true },
    { name: 'Từ trang 3', nameEn: 'Page 3 on', kind: 'FEE' as const, basis: 'PER_PAGE' as const, amountVnd: 1000, onlineAmountVnd: null, fromPage: 3, perCopy: true },
  ];

  it('is what the dossier will owe: 1 page × 3 copies of a copy certification is 6,000 đ, not the sum of the rules', () => {
    const quote = procedureFeeItems(certification, { channel: 'ONLINE', deliveryMethod: 'PICKUP', postalChargeVnd: 25_000, counts: { pages: 1, copies: 3 } });
    expect(quote.totalVnd).toBe(6000);
    const dossier = dossierFeeItems({ ...MARITAL_STATUS, fees: certification, formCounts: formCounts({ 'so-trang': '1', 'so-ban': '3' }) }, 25_000);
    expect(dossier).toEqual(quote);
  });

  it('counts one page and one copy until the form says more, and adds the postal charge for post', () => {
    expect(procedureFeeItems(certification, { channel: 'ONLINE', deliveryMethod: 'PICKUP', postalChargeVnd: 25_000 }).totalVnd).toBe(2000);
    expect(procedureFeeItems(certification, { channel: 'ONLINE', deliveryMethod: 'POST', postalChargeVnd: 25_000 }).totalVnd).toBe(27_000);
  });
});
