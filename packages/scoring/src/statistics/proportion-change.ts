import jStat from 'jstat';

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

const logChoose = (n: number, k: number) => jStat.gammaln(n + 1) - jStat.gammaln(k + 1) - jStat.gammaln(n - k + 1);

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
 * Tests whether a share changed between two periods: the pooled two-proportion
 * z-test when every expected count is at least 5, Fisher's exact test otherwise.
 * Null when either period has no responses.
 *
 * @example
 * proportionChange({ favorable: 13, n: 19 }, { favorable: 11, n: 24 })
 * // → { delta: 0.225877…, z: 1.4812…, pValue: 0.1386…, test: 'z' }
 */
export function proportionChange(current: ProportionCount, previous: ProportionCount): ProportionChange | null {
  if (current.n <= 0 || previous.n <= 0) return null;
  const p1 = current.favorable / current.n;
  const p2 = previous.favorable / previous.n;
  const pooled = (current.favorable + previous.favorable) / (current.n + previous.n);
  const expected = [current.n, previous.n].flatMap((n) => [n * pooled, n * (1 - pooled)]);
  if (expected.some((count) => count < 5)) {
    return { delta: p1 - p2, z: null, pValue: fisherExactTest(current, previous), test: 'fisher' };
  }
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / current.n + 1 / previous.n));
  const pValue = Math.min(1, 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1)));
  return { delta: p1 - p2, z, pValue, test: 'z' };
}
