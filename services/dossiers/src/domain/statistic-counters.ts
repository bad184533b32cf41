/**
 * The daily statistics: which counters a dossier's life adds to, and when. Pure; the recorder
 * (statistics/statistics-recorder.ts) writes what these functions return, in the transaction of the change,
 * and the bulk SQL (statistics/statistics-bulk.ts) computes the same figures from the dossier rows.
 *
 * Every counter is attributed to the local (Asia/Ho_Chi_Minh) day of its own event, as the national
 * portal reports "received in the period", "settled in the period":
 *  - received (and its documents' digitisation and reuse): the day the dossier was received;
 *  - settled, early / on time / late, results issued and digitised: the day processing ended;
 *  - returned, by post: the day the result was handed over;
 *  - ratings: the day of the return they rate (a rating is about the service delivered then);
 *  - fees: the day the payment was confirmed.
 */
import { DossierAction, DossierStatus, isSettled } from './dossier-state';

export const STATISTIC_COUNTERS = [
  'received',
  /** Received dossiers whose documents are electronic: submitted online, or every application document digitised. */
  'documentsDigitised',
  /** Received dossiers that reuse a document digitised for an earlier dossier. */
  'documentsReused',
  /** Processing ended with a decision (result, refusal after receipt, stop); withdrawals are not settlements. */
  'settled',
  'settledEarly',
  'settledOnTime',
  'settledLate',
  'resultsIssued',
  /** Results issued with an electronic copy. */
  'resultsDigitised',
  'returned',
  'returnedByPost',
  /** Confirmed payments (a dossier may pay more than once: fee, postal charge). */
  'feesPaid',
  'feesPaidOnline',
  'ratings',
  'ratingSum',
  /** Ratings of 4 or 5 stars. */
  'ratingsSatisfied',
] as const;

export type StatisticCounter = (typeof STATISTIC_COUNTERS)[number];
export type Counters = Record<StatisticCounter, number>;
export type CounterDelta = Partial<Counters>;

/** The lowest rating (of 5) that counts as satisfied. */
export const SATISFIED_FROM_RATING = 4;

/** The payment method the payments service reports for the online gateway. */
const ONLINE_PAYMENT_METHOD = 'ONLINE';

const ZERO: Readonly<Counters> = Object.freeze(Object.fromEntries(STATISTIC_COUNTERS.map((c) => [c, 0])) as Counters);

export function emptyCounters(): Counters {
  return { ...ZERO };
}

export function addCounters(into: Counters, delta: CounterDelta): Counters {
  for (const c in delta) into[c as StatisticCounter] += delta[c as StatisticCounter] ?? 0;
  return into;
}

export function isEmptyDelta(delta: CounterDelta): boolean {
  return STATISTIC_COUNTERS.every((c) => !delta[c]);
}

/** The column of a counter in the statistics tables: `documentsDigitised` → `documents_digitised`. */
export function counterColumn(counter: StatisticCounter): string {
  return counter.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
}

export function isReceipt(action: DossierAction): boolean {
  return action === DossierAction.RECEIVE || action === DossierAction.RECEIVE_AT_COUNTER;
}

export interface TransitionFacts {
  from: DossierStatus;
  to: DossierStatus;
  action: DossierAction;
  /** The dossier's settlement class after the transition (set when it settles, if it was received). */
  timeliness: 'EARLY' | 'ON_TIME' | 'LATE' | null;
  deliveryMethod: 'ONLINE' | 'PICKUP' | 'POST';
  /** Electronic result files attached on approval. */
  resultFiles: number;
  /** Known on receipt only. */
  documents: { digitised: boolean; reused: boolean } | null;
}

/** What one state change adds, all on the day it happens. */
export function countersOfTransition(f: TransitionFacts): CounterDelta {
  const delta: CounterDelta = {};
  if (isReceipt(f.action)) {
    delta.received = 1;
    if (f.documents?.digitised) delta.documentsDigitised = 1;
    if (f.documents?.reused) delta.documentsReused = 1;
  }
  if (isSettled(f.to) && !isSettled(f.from) && f.to !== DossierStatus.WITHDRAWN && f.timeliness) {
    delta.settled = 1;
    if (f.timeliness === 'EARLY') delta.settledEarly = 1;
    else if (f.timeliness === 'ON_TIME') delta.settledOnTime = 1;
    else delta.settledLate = 1;
  }
  if (f.action === DossierAction.APPROVE) {
    delta.resultsIssued = 1;
    if (f.resultFiles > 0) delta.resultsDigitised = 1;
  }
  if (f.action === DossierAction.RETURN_RESULT) {
    delta.returned = 1;
    if (f.deliveryMethod === 'POST') delta.returnedByPost = 1;
  }
  return delta;
}

export function countersOfPayment(method: string): CounterDelta {
  return method === ONLINE_PAYMENT_METHOD ? { feesPaid: 1, feesPaidOnline: 1 } : { feesPaid: 1 };
}

export function countersOfRating(rating: number): CounterDelta {
  return { ratings: 1, ratingSum: rating, ...(rating >= SATISFIED_FROM_RATING ? { ratingsSatisfied: 1 } : {}) };
}
