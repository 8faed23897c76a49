import { logGamma, normalCdf } from './special-functions.js';

export interface ProportionCount {
  favorable: number;
  n: number;
}

export interface ProportionChange {
  /** Difference of the shares, current minus previous, in [−1, 1]. */
  delta: number;
  /** The pooled z statistic; null when Fisher's exact test was used. */
  z: number | null;
  pValue: number;
  test: 'z' | 'fisher';
}

const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/**
 * Two-sided Fisher's exact test of a 2×2 table: the probability, under the
 * hypergeometric distribution with the table's margins, of every table no
 * more likely than the one observed.
 */
export function fisherExactTest(current: ProportionCount, previous: ProportionCount): number {
  const n1 = current.n;
  const n2 = previous.n;
  const successes = current.favorable + previous.favorable;
  const total = n1 + n2;
  const logDenominator = logChoose(total, successes);
  const probability = (k: number) => Math.exp(logChoose(n1, k) + logChoose(n2, successes - k) - logDenominator);
  const observed = probability(current.favorable);
  let pValue = 0;
  for (let k = Math.max(0, successes - n2); k <= Math.min(n1, successes); k += 1) {
    const p = probability(k);
    // Relative tolerance, as R's fisher.test, so tables equal to the observed one are not lost to rounding.
    if (p <= observed * (1 + 1e-7)) pValue += p;
  }
  return Math.min(1, pValue);
}

/**
 * Whether every expected count of the 2×2 table is at least 5, decided in
 * integers: n·F/N ≥ 5 ⇔ n·F ≥ 5·N. In floating point an expected count of
 * exactly 5 (17 · 10 / 34) can come out as 4.999…, and flip the test.
 */
export function expectedCountsAtLeastFive(current: ProportionCount, previous: ProportionCount): boolean {
  const total = current.n + previous.n;
  const favorable = current.favorable + previous.favorable;
  const unfavorable = total - favorable;
  const smallerGroup = Math.min(current.n, previous.n);
  return smallerGroup * Math.min(favorable, unfavorable) >= 5 * total;
}

/**
 * Tests whether a share differs between two groups (two periods, or a
 * department and the rest of the city): the pooled two-proportion z-test
 * when every expected count is at least 5, Fisher's exact test otherwise.
 * Null when either group has no responses.
 *
 * @example
 * proportionChange({ favorable: 13, n: 19 }, { favorable: 11, n: 24 })
 * // → { delta: 0.225877…, z: 1.4812…, pValue: 0.1386…, test: 'z' }
 */
export function proportionChange(current: ProportionCount, previous: ProportionCount): ProportionChange | null {
  if (current.n <= 0 || previous.n <= 0) return null;
  const p1 = current.favorable / current.n;
  const p2 = previous.favorable / previous.n;
  if (!expectedCountsAtLeastFive(current, previous)) {
    return { delta: p1 - p2, z: null, pValue: fisherExactTest(current, previous), test: 'fisher' };
  }
  const pooled = (current.favorable + previous.favorable) / (current.n + previous.n);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / current.n + 1 / previous.n));
  // Φ(−|z|) rather than 1 − Φ(|z|): the tail itself, exact far out, not a difference that rounds to 0.
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return { delta: p1 - p2, z, pValue, test: 'z' };
}
