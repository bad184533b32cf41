import { describe, expect, it } from 'vitest';
import { emptyTally, sharesOf, sumTallies } from '../indicator-shares';

describe('sharesOf', () => {
  it('divides each numerator by its own denominator', () => {
    const t = {
      ...emptyTally(),
      received: 200,
      receivedOnline: 102,
      settled: 100,
      settledEarly: 60,
      settledOnTime: 35,
      settledLate: 5,
      feesPaid: 40,
      feesPaidOnline: 10,
      documentsDigitised: 150,
      returned: 80,
      returnedByPost: 4,
      ratings: 10,
      ratingSum: 43,
      ratingsSatisfied: 9,
      resultsIssued: 90,
      resultsDigitised: 45,
      documentsReused: 20,
    };
    expect(sharesOf(t)).toEqual({
      onlineShare: 0.51,
      onTimeShare: 0.95,
      onlinePaymentShare: 0.25,
      digitisedShare: 0.75,
      resultsDigitisedShare: 0.5,
      reuseShare: 0.1,
      postalReturnShare: 0.05,
      satisfaction: 0.9,
      averageRating: 4.3,
    });
  });

  it('says null, not 0, when there is nothing to divide by', () => {
    const shares = sharesOf({ ...emptyTally(), received: 3, receivedOnline: 0 });
    expect(shares.onlineShare).toBe(0);
    expect(shares.onTimeShare).toBeNull();
    expect(shares.satisfaction).toBeNull();
  });

  it('sums tallies', () => {
    expect(
      sumTallies([
        { ...emptyTally(), received: 2, receivedOnline: 1 },
        { ...emptyTally(), received: 3 },
      ]),
    ).toMatchObject({ received: 5, receivedOnline: 1 });
  });
});
