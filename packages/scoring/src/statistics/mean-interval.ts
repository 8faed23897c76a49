import jStat from 'jstat';

/**
 * The mean of values in [0, 1] from their sums, with a 95 % Student's t
 * interval (n − 1 degrees of freedom), clamped to [0, 1]. The interval is
 * null below two values, where no spread can be estimated.
 *
 * @example
 * meanInterval(3, 2.5, 2.25) // → { mean: 0.8333…, low: …, high: … }
 */
export function meanInterval(
  n: number,
  sum: number,
  sumSquares: number,
): { mean: number | null; low: number | null; high: number | null } {
  if (n <= 0) return { mean: null, low: null, high: null };
  const mean = sum / n;
  if (n < 2) return { mean, low: null, high: null };
  // Clamped at 0: rounding can make the variance of identical values a tiny negative number.
  const variance = Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1));
  const half = jStat.studentt.inv(0.975, n - 1) * Math.sqrt(variance / n);
  return { mean, low: Math.max(0, mean - half), high: Math.min(1, mean + half) };
}
