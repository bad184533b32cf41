/**
 * The dashboard's shares, from summed counters. A share whose denominator is zero is null ("no data"),
 * never 0: a commune that settled nothing this month is not 0 % on time.
 */
import { STATISTIC_COUNTERS, emptyCounters, type Counters } from './statistic-counters';

/** Counters summed over a set of statistic rows, with the received dossiers split by channel. */
export interface Tally extends Counters {
  receivedOnline: number;
}

export interface Shares {
  /** Received online / received (the article's measure). */
  onlineShare: number | null;
  /** Settled early or on time / settled. */
  onTimeShare: number | null;
  /** Payments through the online gateway / confirmed payments. */
  onlinePaymentShare: number | null;
  /** Received with electronic documents / received. */
  digitisedShare: number | null;
  /** Results issued with an electronic copy / results issued. */
  resultsDigitisedShare: number | null;
  /** Received reusing a digitised document / received. */
  reuseShare: number | null;
  /** Returned by public post / returned. */
  postalReturnShare: number | null;
  /** Ratings of 4–5 stars / ratings. */
  satisfaction: number | null;
  averageRating: number | null;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

export function emptyTally(): Tally {
  return { ...emptyCounters(), receivedOnline: 0 };
}

export function addTally(into: Tally, other: Tally): Tally {
  for (const c of STATISTIC_COUNTERS) into[c] += other[c];
  into.receivedOnline += other.receivedOnline;
  return into;
}

export function sumTallies(tallies: Iterable<Tally>): Tally {
  const sum = emptyTally();
  for (const t of tallies) addTally(sum, t);
  return sum;
}

export function sharesOf(t: Tally): Shares {
  return {
    onlineShare: ratio(t.receivedOnline, t.received),
    onTimeShare: ratio(t.settledEarly + t.settledOnTime, t.settled),
    onlinePaymentShare: ratio(t.feesPaidOnline, t.feesPaid),
    digitisedShare: ratio(t.documentsDigitised, t.received),
    resultsDigitisedShare: ratio(t.resultsDigitised, t.resultsIssued),
    reuseShare: ratio(t.documentsReused, t.received),
    postalReturnShare: ratio(t.returnedByPost, t.returned),
    satisfaction: ratio(t.ratingsSatisfied, t.ratings),
    averageRating: ratio(t.ratingSum, t.ratings),
  };
}
