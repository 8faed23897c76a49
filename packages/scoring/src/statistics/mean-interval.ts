import { studentTQuantile } from './special-functions.js';

/** The mean's t-interval is published only from this many responses (docs/design.md §4). */
export const MIN_MEAN_INTERVAL_N = 30;

/**
 * The mean of values in [0, 1] from their sums, with a 95 % Student's t
 * interval (n − 1 degrees of freedom), clamped to [0, 1]. The interval is
 * null below `minN` values (default 30) and when every value is the same: at
 * the ceiling a t-interval of [1, 1] would claim a certainty that ten answers
 * do not give.
 *
 * @example
 * meanInterval(3, 2.5, 2.25) // → { mean: 0.8333…, low: null, high: null }
 * meanInterval(19, 13.625, 10.390625, { minN: 2 }) // → { mean: 0.717105…, low: 0.595208…, high: 0.839003… }
 */
export function meanInterval(
  n: number,
  sum: number,
  sumSquares: number,
  { minN = MIN_MEAN_INTERVAL_N } = {},
): { mean: number | null; low: number | null; high: number | null } {
  if (n <= 0) return { mean: null, low: null, high: null };
  const mean = sum / n;
  const variance = (sumSquares - (sum * sum) / n) / (n - 1);
  // Identical values leave only rounding in the sums; anything that small is no spread.
  if (n < Math.max(2, minN) || !(variance > 1e-12)) return { mean, low: null, high: null };
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { mean, low: Math.max(0, mean - half), high: Math.min(1, mean + half) };
}
