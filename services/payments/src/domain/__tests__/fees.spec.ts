import { describe, expect, it } from 'vitest';
import { computeFeeItems, FeeError, MAX_AMOUNT_VND, POSTAL_ITEM_NAME, type FeeRule } from '../fees';

const CERTIFY_COPY: FeeRule = {
  name: 'Phí chứng thực bản sao từ bản chính',
  nameEn: 'Fee for certifying a copy',
  kind: 'FEE',
  basis: 'PER_PAGE',
  amountVnd: 2000,
};
const BUSINESS_REGISTRATION: FeeRule = {
  name: 'Lệ phí đăng ký hộ kinh doanh',
  nameEn: 'Household business registration charge',
  kind: 'CHARGE',
  basis: 'FIXED',
  amountVnd: 100000,
  onlineAmountVnd: 50000,
};
const EXTRACT: FeeRule = {
  name: 'Phí cấp bản sao trích lục',
  nameEn: 'Fee for an extract copy',
  kind: 'FEE',
  basis: 'PER_COPY',
  amountVnd: 8000,
  onlineAmountVnd: 4000,
};

function expectFeeError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FeeError);
    expect((error as FeeError).code).toBe('INVALID_FEE_INPUT');
    return;
  }
  throw new Error('expected a FeeError');
}

/** Circular 226/2016/TT-BTC: 2,000 đ for each of the first two pages of each copy, 1,000 đ for each further page. */
const COPY_FIRST_PAGES: FeeRule = { ...CERTIFY_COPY, toPage: 2, perCopy: true };
const COPY_FURTHER_PAGES: FeeRule = { ...CERTIFY_COPY, name: 'Phí chứng thực (từ trang thứ ba)', amountVnd: 1000, fromPage: 3, perCopy: true };

describe('tiered per-page fees of each copy', () => {
  const total = (pages: number, copies: number) => computeFeeItems({ rules: [COPY_FIRST_PAGES, COPY_FURTHER_PAGES], channel: 'COUNTER', pages, copies }).totalVnd;

  it('prices the first two pages of every copy at 2,000 đ and the rest at 1,000 đ', () => {
    expect(total(1, 1)).toBe(2000);
    expect(total(2, 1)).toBe(4000);
    expect(total(3, 2)).toBe(2 * (4000 + 1000));
    expect(total(10, 3)).toBe(3 * (4000 + 8000));
  });

  it('shows each tier as its own receipt line with the pages it counted', () => {
    const { items } = computeFeeItems({ rules: [COPY_FIRST_PAGES, COPY_FURTHER_PAGES], channel: 'COUNTER', pages: 5, copies: 2 });
    expect(items.map((i) => [i.quantity, i.unitAmountVnd, i.amountVnd])).toEqual([
      [4, 2000, 8000],
      [6, 1000, 6000],
    ]);
  });

  it('refuses tiers on rules that do not count pages, and a tier that ends before it starts', () => {
    expectFeeError(() => computeFeeItems({ rules: [{ ...EXTRACT, perCopy: true }], channel: 'COUNTER', copies: 1 }));
    expectFeeError(() => computeFeeItems({ rules: [{ ...CERTIFY_COPY, fromPage: 3, toPage: 2 }], channel: 'COUNTER', pages: 4 }));
    expectFeeError(() => computeFeeItems({ rules: [COPY_FIRST_PAGES], channel: 'COUNTER', pages: 2 }));
  });
});

describe('computeFeeItems', () => {
  it('prices fixed, per-page and per-copy rules at the counter', () => {
    const result = computeFeeItems({
      rules: [BUSINESS_REGISTRATION, CERTIFY_COPY, EXTRACT],
      channel: 'COUNTER',
      pages: 3,
      copies: 2,
    });
    expect(result).toEqual({
      items: [
        { name: BUSINESS_REGISTRATION.name, nameEn: BUSINESS_REGISTRATION.nameEn, kind: 'CHARGE', quantity: 1, unitAmountVnd: 100000, amountVnd: 100000 },
        { name: CERTIFY_COPY.name, nameEn: CERTIFY_COPY.nameEn, kind: 'FEE', quantity: 3, unitAmountVnd: 2000, amountVnd: 6000 },
        { name: EXTRACT.name, nameEn: EXTRACT.nameEn, kind: 'FEE', quantity: 2, unitAmountVnd: 8000, amountVnd: 16000 },
      ],
      totalVnd: 122000,
    });
  });

  it('applies the online amount only to online submissions', () => {
    const online = computeFeeItems({ rules: [BUSINESS_REGISTRATION, EXTRACT], channel: 'ONLINE', copies: 2 });
    expect(online.items.map((item) => item.unitAmountVnd)).toEqual([50000, 4000]);
    expect(online.totalVnd).toBe(58000);
    for (const channel of ['COUNTER', 'POST'] as const) {
      expect(computeFeeItems({ rules: [BUSINESS_REGISTRATION, EXTRACT], channel, copies: 2 }).totalVnd, channel).toBe(116000);
    }
  });

  it('keeps a rule without an online amount at its full amount online', () => {
    expect(computeFeeItems({ rules: [CERTIFY_COPY], channel: 'ONLINE', pages: 1 }).totalVnd).toBe(2000);
  });

  it('adds a POSTAL item when the result goes back by post', () => {
    const result = computeFeeItems({ rules: [BUSINESS_REGISTRATION], channel: 'ONLINE', postalChargeVnd: 25000 });
    expect(result.items[1]).toEqual({ ...POSTAL_ITEM_NAME, kind: 'POSTAL', quantity: 1, unitAmountVnd: 25000, amountVnd: 25000 });
    expect(result.totalVnd).toBe(75000);
    expect(computeFeeItems({ rules: [BUSINESS_REGISTRATION], channel: 'ONLINE' }).items).toHaveLength(1);
  });

  it('keeps free items and returns a zero total for a free procedure', () => {
    const free: FeeRule = { name: 'Lệ phí đăng ký khai sinh', nameEn: 'Birth registration charge', kind: 'CHARGE', basis: 'FIXED', amountVnd: 0 };
    expect(computeFeeItems({ rules: [free], channel: 'COUNTER' })).toEqual({
      items: [{ name: free.name, nameEn: free.nameEn, kind: 'CHARGE', quantity: 1, unitAmountVnd: 0, amountVnd: 0 }],
      totalVnd: 0,
    });
    expect(computeFeeItems({ rules: [], channel: 'ONLINE' })).toEqual({ items: [], totalVnd: 0 });
  });

  it('allows zero pages or copies', () => {
    expect(computeFeeItems({ rules: [CERTIFY_COPY], channel: 'COUNTER', pages: 0 }).totalVnd).toBe(0);
  });

  it('requires pages or copies when a rule counts them', () => {
    expectFeeError(() => computeFeeItems({ rules: [CERTIFY_COPY], channel: 'COUNTER' }));
    expectFeeError(() => computeFeeItems({ rules: [EXTRACT], channel: 'COUNTER', pages: 2 }));
  });

  it('rejects non-integer or negative amounts and counts', () => {
    const bad: Array<() => unknown> = [
      () => computeFeeItems({ rules: [{ ...BUSINESS_REGISTRATION, amountVnd: 100.5 }], channel: 'COUNTER' }),
      () => computeFeeItems({ rules: [{ ...BUSINESS_REGISTRATION, amountVnd: -1 }], channel: 'COUNTER' }),
      () => computeFeeItems({ rules: [{ ...BUSINESS_REGISTRATION, onlineAmountVnd: -5 }], channel: 'COUNTER' }),
      () => computeFeeItems({ rules: [{ ...BUSINESS_REGISTRATION, amountVnd: Number.NaN }], channel: 'COUNTER' }),
      () => computeFeeItems({ rules: [CERTIFY_COPY], channel: 'COUNTER', pages: 1.5 }),
      () => computeFeeItems({ rules: [EXTRACT], channel: 'COUNTER', copies: -2 }),
      () => computeFeeItems({ rules: [], channel: 'POST', postalChargeVnd: 12000.5 }),
      () => computeFeeItems({ rules: [], channel: 'POST', postalChargeVnd: -1 }),
      () => computeFeeItems({ rules: [{ ...CERTIFY_COPY, amountVnd: Number.MAX_SAFE_INTEGER }], channel: 'COUNTER', pages: 2 }),
    ];
    bad.forEach(expectFeeError);
  });

  it('refuses an amount the graph cannot carry (a million pages of a million copies) instead of overflowing', () => {
    expectFeeError(() => computeFeeItems({ rules: [COPY_FIRST_PAGES, COPY_FURTHER_PAGES], channel: 'COUNTER', pages: 1_000_000, copies: 1_000_000 }));
    expectFeeError(() => computeFeeItems({ rules: [{ ...BUSINESS_REGISTRATION, amountVnd: MAX_AMOUNT_VND }, BUSINESS_REGISTRATION], channel: 'COUNTER' }));
    expect(computeFeeItems({ rules: [{ ...BUSINESS_REGISTRATION, amountVnd: MAX_AMOUNT_VND }], channel: 'COUNTER' }).totalVnd).toBe(MAX_AMOUNT_VND);
  });

  it('rejects unknown kinds, bases, channels and nameless rules', () => {
    expectFeeError(() => computeFeeItems({ rules: [{ ...CERTIFY_COPY, kind: 'TAX' as never }], channel: 'COUNTER', pages: 1 }));
    expectFeeError(() => computeFeeItems({ rules: [{ ...CERTIFY_COPY, basis: 'PER_HOUR' as never }], channel: 'COUNTER' }));
    expectFeeError(() => computeFeeItems({ rules: [], channel: 'FAX' as never }));
    expectFeeError(() => computeFeeItems({ rules: [{ ...BUSINESS_REGISTRATION, name: ' ' }], channel: 'COUNTER' }));
  });
});
