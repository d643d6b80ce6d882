import { describe, expect, test } from 'vitest';
import { medianInterval } from '../../bench/stats';

describe("the bench's confidence interval of a median", () => {
  const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1); // sample i+1 is the (i+1)th smallest

  test('takes the order statistics the sign test gives (tables of the binomial, ½)', () => {
    // n: [r, n − r + 1], from P(B(n, ½) ≤ r − 1) ≤ 2.5 % < P(B ≤ r).
    expect(medianInterval(ranks(6))).toEqual([1, 6]);
    expect(medianInterval(ranks(10))).toEqual([2, 9]);
    expect(medianInterval(ranks(12))).toEqual([3, 10]);
    expect(medianInterval(ranks(18))).toEqual([5, 14]);
    expect(medianInterval(ranks(30))).toEqual([10, 21]);
  });

  test('is the whole range when there are too few samples to say more, and sorts what it is given', () => {
    expect(medianInterval([3, 1, 2])).toEqual([1, 3]);
    expect(medianInterval([5])).toEqual([5, 5]);
    expect(medianInterval([1.02, 0.99, 1.01, 1.0, 0.98, 1.03, 0.97, 1.04, 1.0, 1.01])).toEqual([0.98, 1.03]);
  });

  test('covers the true median about 95 % of the time (simulated samples of a known distribution)', () => {
    let state = 12345;
    const uniform = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      const [low, high] = medianInterval(Array.from({ length: 18 }, uniform)); // true median: 0.5
      if (low <= 0.5 && 0.5 <= high) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.95);
    expect(covered / trials).toBeLessThan(0.99); // 96.9 % for 18 samples, not the whole range
  });
});
