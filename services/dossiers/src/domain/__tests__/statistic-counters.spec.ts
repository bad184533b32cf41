import { describe, expect, it } from 'vitest';
import { DossierAction as A, DossierStatus as S } from '../dossier-state';
import { STATISTIC_COUNTERS, addCounters, counterColumn, countersOfPayment, countersOfRating, countersOfTransition, emptyCounters, isEmptyDelta, type TransitionFacts } from '../statistic-counters';

const facts = (over: Partial<TransitionFacts>): TransitionFacts => ({
  from: S.DRAFT,
  to: S.RECEIVED,
  action: A.RECEIVE_AT_COUNTER,
  timeliness: null,
  deliveryMethod: 'PICKUP',
  resultFiles: 0,
  documents: null,
  ...over,
});

describe('countersOfTransition', () => {
  it('counts a receipt, with its documents digitised or reused', () => {
    expect(countersOfTransition(facts({ documents: { digitised: true, reused: false } }))).toEqual({ received: 1, documentsDigitised: 1 });
    expect(countersOfTransition(facts({ from: S.SUBMITTED, action: A.RECEIVE, documents: { digitised: false, reused: true } }))).toEqual({ received: 1, documentsReused: 1 });
  });

  it('counts nothing for a submission, a supplement or a step', () => {
    expect(isEmptyDelta(countersOfTransition(facts({ from: S.DRAFT, to: S.SUBMITTED, action: A.SUBMIT })))).toBe(true);
    expect(isEmptyDelta(countersOfTransition(facts({ from: S.IN_PROGRESS, to: S.SUPPLEMENT_REQUESTED, action: A.REQUEST_SUPPLEMENT })))).toBe(true);
    expect(isEmptyDelta(countersOfTransition(facts({ from: S.IN_PROGRESS, to: S.IN_PROGRESS, action: A.TRANSFER })))).toBe(true);
  });

  it('counts an approval as a settlement of its class and an issued result, digitised when it has a file', () => {
    expect(countersOfTransition(facts({ from: S.IN_PROGRESS, to: S.RESULT_READY, action: A.APPROVE, timeliness: 'EARLY', resultFiles: 1 }))).toEqual({
      settled: 1,
      settledEarly: 1,
      resultsIssued: 1,
      resultsDigitised: 1,
    });
    expect(countersOfTransition(facts({ from: S.IN_PROGRESS, to: S.RESULT_READY, action: A.APPROVE, timeliness: 'LATE' }))).toEqual({ settled: 1, settledLate: 1, resultsIssued: 1 });
  });

  it('counts a refusal after receipt as settled, but neither a refusal at intake nor a withdrawal', () => {
    expect(countersOfTransition(facts({ from: S.IN_PROGRESS, to: S.REFUSED, action: A.REJECT, timeliness: 'ON_TIME' }))).toEqual({ settled: 1, settledOnTime: 1 });
    expect(isEmptyDelta(countersOfTransition(facts({ from: S.SUBMITTED, to: S.REFUSED, action: A.REFUSE, timeliness: null })))).toBe(true);
    expect(isEmptyDelta(countersOfTransition(facts({ from: S.RECEIVED, to: S.WITHDRAWN, action: A.WITHDRAW, timeliness: 'EARLY' })))).toBe(true);
  });

  it('does not count the return of a settled dossier as a second settlement', () => {
    expect(countersOfTransition(facts({ from: S.RESULT_READY, to: S.RETURNED, action: A.RETURN_RESULT, timeliness: 'EARLY', deliveryMethod: 'POST' }))).toEqual({ returned: 1, returnedByPost: 1 });
    expect(countersOfTransition(facts({ from: S.RESULT_READY, to: S.RETURNED, action: A.RETURN_RESULT, timeliness: 'EARLY' }))).toEqual({ returned: 1 });
  });
});

describe('payments and ratings', () => {
  it('tells online payments from the others', () => {
    expect(countersOfPayment('ONLINE')).toEqual({ feesPaid: 1, feesPaidOnline: 1 });
    expect(countersOfPayment('CASH')).toEqual({ feesPaid: 1 });
  });

  it('counts 4 and 5 stars as satisfied', () => {
    expect(countersOfRating(4)).toEqual({ ratings: 1, ratingSum: 4, ratingsSatisfied: 1 });
    expect(countersOfRating(3)).toEqual({ ratings: 1, ratingSum: 3 });
  });
});

describe('counters', () => {
  it('add up and name their columns in snake case', () => {
    const sum = addCounters(addCounters(emptyCounters(), { received: 2, ratingSum: 5 }), { received: 1 });
    expect(sum.received).toBe(3);
    expect(sum.ratingSum).toBe(5);
    expect(counterColumn('documentsDigitised')).toBe('documents_digitised');
    expect(new Set(STATISTIC_COUNTERS.map(counterColumn)).size).toBe(STATISTIC_COUNTERS.length);
  });
});
