import { describe, expect, it } from 'vitest';
import { apportion, pick, seededRandom, weightedPicker } from '../apportion';

describe('apportion', () => {
  it('splits a total exactly, in proportion', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(56_436, [3, 2, 1]).reduce((a, b) => a + b, 0)).toBe(56_436);
    expect(apportion(7, [0, 1, 0])).toEqual([0, 7, 0]);
    expect(apportion(0, [])).toEqual([]);
  });

  it('refuses what cannot be split', () => {
    expect(() => apportion(3, [0, 0])).toThrow(RangeError);
    expect(() => apportion(-1, [1])).toThrow(RangeError);
    expect(() => apportion(1.5, [1])).toThrow(RangeError);
  });
});

describe('seeded randomness', () => {
  it('repeats itself for the same seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('picks in proportion to the weights, never a zero weight', () => {
    const next = weightedPicker([1, 0, 3], seededRandom(7));
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[next()]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.8);
    expect(counts[2] / counts[0]).toBeLessThan(3.2);
    expect(
      pick(() => 0.95, [
        ['a', 0.5],
        ['b', 0.5],
      ] as const),
    ).toBe('b');
  });
});
