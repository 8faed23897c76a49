/** z for a two-sided 95 % interval, exact to double precision (docs/design.md §4), not the table's 1.96. */
export const Z_95 = 1.959963984540054;

/**
 * The Wilson score interval of a proportion, in [0, 1]. Unlike the normal
 * approximation it stays inside [0, 1] and is honest at 0 % and 100 %.
 *
 * @example
 * wilsonInterval(13, 19) // → { low: 0.460104…, high: 0.846356… }
 */
export function wilsonInterval(favorable: number, n: number, z = Z_95): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const p = favorable / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At 0 % and 100 % the interval ends exactly at the bound; the formula leaves rounding (~1e-15) there.
  return {
    low: favorable <= 0 ? 0 : Math.max(0, centre - half),
    high: favorable >= n ? 1 : Math.min(1, centre + half),
  };
}
