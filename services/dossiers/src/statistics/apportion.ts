/**
 * Integer splits for generated data: exact totals, smooth proportions, and a seeded random source so the
 * same inputs always give the same data.
 */

/** Largest-remainder (Hamilton) split of `total` in proportion to `weights`; the parts sum to `total` exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0, got ${total}`);
  if (!weights.length) {
    if (total === 0) return [];
    throw new RangeError(`cannot split ${total} into no parts`);
  }
  if (weights.some((w) => !(w >= 0))) throw new RangeError('weights must be ≥ 0');
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0) {
    if (total === 0) return weights.map(() => 0);
    throw new RangeError(`cannot split ${total} by weights that are all 0`);
  }
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (!left) break;
    parts[i]++;
    left--;
  }
  return parts;
}

export type Random = () => number;

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws indexes in proportion to fixed weights (binary search over the cumulative sums). */
export function weightedPicker(weights: readonly number[], random: Random): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w;
    cumulative.push(sum);
  }
  if (!(sum > 0)) throw new RangeError('at least one weight must be > 0');
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Picks from [value, probability] pairs whose probabilities sum to 1 (the last one takes the rest). */
export function pick<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let x = random();
  for (const [value, p] of choices) {
    if (x < p) return value;
    x -= p;
  }
  return choices[choices.length - 1][0];
}
