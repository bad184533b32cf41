import { describe, expect, it } from 'vitest';
import { emptyTally } from '../indicator-shares';
import { apportionTally, portionOf, takesWholeRecord } from '../apportion-lineage';
import { seededRandom } from '../../statistics/apportion';

const parts = (count: number, portions: number) => Array.from({ length: portions }, (_, portion) => portionOf(count, { portion, portions }));

describe('portionOf', () => {
  it('gives each part floor(c/n) and the remainder to the first parts, in order', () => {
    expect(parts(7, 2)).toEqual([4, 3]);
    expect(parts(10, 3)).toEqual([4, 3, 3]);
    expect(parts(2, 5)).toEqual([1, 1, 0, 0, 0]);
    expect(parts(0, 4)).toEqual([0, 0, 0, 0]);
    expect(parts(9, 1)).toEqual([9]);
  });

  it('adds up exactly, never goes negative and differs by at most one between parts, for random counts and n', () => {
    const random = seededRandom(766);
    for (let i = 0; i < 5_000; i++) {
      const count = Math.floor(random() * 1_000_000);
      const n = 1 + Math.floor(random() * 12);
      const split = parts(count, n);
      expect(split.reduce((s, p) => s + p, 0)).toBe(count);
      expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
      expect(split).toEqual([...split].sort((a, b) => b - a));
    }
  });

  it('keeps a part of a smaller count no larger than the same part of a larger one (online ≤ received stays true)', () => {
    const random = seededRandom(2025);
    for (let i = 0; i < 2_000; i++) {
      const n = 1 + Math.floor(random() * 7);
      const received = Math.floor(random() * 500);
      const online = Math.floor(random() * (received + 1));
      for (let portion = 0; portion < n; portion++) expect(portionOf(online, { portion, portions: n })).toBeLessThanOrEqual(portionOf(received, { portion, portions: n }));
    }
  });

  it('refuses what is not a count or not a part', () => {
    expect(() => portionOf(-1, { portion: 0, portions: 2 })).toThrow(RangeError);
    expect(() => portionOf(1.5, { portion: 0, portions: 2 })).toThrow(RangeError);
    expect(() => portionOf(3, { portion: 2, portions: 2 })).toThrow(RangeError);
    expect(() => portionOf(3, { portion: 0, portions: 0 })).toThrow(RangeError);
  });
});

describe('apportionTally', () => {
  it('splits every counter of a cell and the parts add up to the cell', () => {
    const cell = { ...emptyTally(), received: 101, receivedOnline: 51, settled: 99, settledEarly: 60, ratings: 3, ratingSum: 14 };
    const split = [0, 1].map((portion) => apportionTally(cell, { portion, portions: 2 }));
    expect(split.map((t) => t.received)).toEqual([51, 50]);
    expect(split.map((t) => t.receivedOnline)).toEqual([26, 25]);
    expect(split.map((t) => t.ratingSum)).toEqual([7, 7]);
    for (const key of Object.keys(cell) as (keyof typeof cell)[]) expect(split[0][key] + split[1][key]).toBe(cell[key]);
  });

  it('leaves a whole part as it is', () => {
    const cell = { ...emptyTally(), received: 5 };
    expect(apportionTally(cell, { portion: 0, portions: 1 })).toBe(cell);
  });
});

describe('takesWholeRecord', () => {
  it('gives an indivisible record to the first successor in code order only', () => {
    expect([0, 1, 2].map((portion) => takesWholeRecord({ portion, portions: 3 }))).toEqual([true, false, false]);
    expect(takesWholeRecord({ portion: 0, portions: 1 })).toBe(true);
  });
});
