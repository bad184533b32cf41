import { describe, expect, it } from 'vitest';
import { emptyTally, type Tally } from '../indicator-shares';
import { qualityIndex766, type CatalogueCoverage } from '../quality-index-766';

const coverage: CatalogueCoverage = { procedures: 30, onlineProcedures: 24, onlineProceduresUsed: 12, feeProcedures: 10, feeProceduresOnline: 8, feeProceduresPaidOnline: 2 };
const tally = (over: Partial<Tally>): Tally => ({ ...emptyTally(), ...over });
const part = (index: ReturnType<typeof qualityIndex766>, group: string, key: string) => index.groups.find((g) => g.key === group)!.parts.find((p) => p.key === key)!;

describe('the Decision 766 index', () => {
  it('has six groups worth 100 points', () => {
    const index = qualityIndex766(emptyTally(), coverage);
    expect(index.groups.map((g) => [g.key, g.maxScore])).toEqual([
      ['TRANSPARENCY', 18],
      ['PROGRESS', 20],
      ['ONLINE_SERVICE', 12],
      ['ONLINE_PAYMENT', 10],
      ['SATISFACTION', 18],
      ['DIGITISATION', 22],
    ]);
    expect(index.maxScore).toBe(100);
  });

  it('scores progress as 20 × the on-time share', () => {
    const index = qualityIndex766(tally({ settled: 200, settledEarly: 150, settledOnTime: 40, settledLate: 10 }), coverage);
    expect(part(index, 'PROGRESS', 'ON_TIME')).toMatchObject({ ratio: 0.95, score: 19, status: 'SCORED' });
  });

  it('scores online service as min(2, 2A/0.8) + 4B + min(6, 6C/0.5)', () => {
    const index = qualityIndex766(tally({ received: 110_642, receivedOnline: 56_436 }), coverage);
    const group = index.groups.find((g) => g.key === 'ONLINE_SERVICE')!;
    expect(group.parts.map((p) => p.score)).toEqual([2, 2, 6]); // A = 0.8 → 2; B = 0.5 → 2; C = 0.51 → capped at 6
    expect(group.score).toBe(10);
    const lower = qualityIndex766(tally({ received: 100, receivedOnline: 20 }), { ...coverage, onlineProcedures: 12 });
    expect(lower.groups.find((g) => g.key === 'ONLINE_SERVICE')!.parts.map((p) => p.score)).toEqual([1, 4, 2.4]);
  });

  it('scores online payment as 6A + min(2, 2.5B) + min(2, 2.5C)', () => {
    const index = qualityIndex766(tally({ feesPaid: 100, feesPaidOnline: 30 }), coverage);
    const group = index.groups.find((g) => g.key === 'ONLINE_PAYMENT')!;
    expect(group.parts.map((p) => p.score)).toEqual([1.8, 0.5, 2]);
    expect(group.score).toBe(4.3);
  });

  it('gives full satisfaction points from 90 % satisfied, and digitisation reuse from 80 %', () => {
    const index = qualityIndex766(tally({ ratings: 20, ratingsSatisfied: 18, received: 10, documentsReused: 4, documentsDigitised: 5 }), coverage);
    expect(part(index, 'SATISFACTION', 'DOSSIER_SATISFACTION').score).toBe(6);
    expect(part(index, 'DIGITISATION', 'REUSED_DIGITISED_DATA').score).toBe(1); // 40 % of the 80 % that earns 2
    expect(part(index, 'DIGITISATION', 'DIGITISED_DOSSIERS').score).toBe(2);
  });

  it('marks what it cannot measure, and what had nothing to score, and says out of how much the score is', () => {
    const index = qualityIndex766(tally({ received: 10, receivedOnline: 5 }), coverage);
    expect(index.groups.find((g) => g.key === 'TRANSPARENCY')).toMatchObject({ score: null, scoredMaxScore: 0 });
    expect(part(index, 'SATISFACTION', 'PETITION_ON_TIME').status).toBe('NOT_TRACKED');
    expect(part(index, 'PROGRESS', 'ON_TIME')).toMatchObject({ status: 'NO_DATA', score: null });
    const online = index.groups.find((g) => g.key === 'ONLINE_SERVICE')!;
    expect(online.scoredMaxScore).toBe(12);
    // Scored: online service (12), digitised dossiers and reuse (4 + 2), payment B and C from the catalogue (2 + 2).
    expect(index.scoredMaxScore).toBe(12 + 4 + 2 + 2 + 2);
    expect(index.score).toBe(online.score! + 0 + 0 + 0.5 + 2);
  });

  it("scores the national portal's part from the sync tracks when a portal is connected", () => {
    const connected = qualityIndex766(emptyTally(), coverage, { synced: 45, total: 50 });
    expect(part(connected, 'TRANSPARENCY', 'DOSSIER_SYNC')).toMatchObject({ status: 'SCORED', ratio: 0.9, score: 5.4 });
    expect(part(qualityIndex766(emptyTally(), coverage, { synced: 0, total: 0 }), 'TRANSPARENCY', 'DOSSIER_SYNC').status).toBe('NO_DATA');
    expect(part(qualityIndex766(emptyTally(), coverage), 'TRANSPARENCY', 'DOSSIER_SYNC').status).toBe('NOT_TRACKED');
  });
});
