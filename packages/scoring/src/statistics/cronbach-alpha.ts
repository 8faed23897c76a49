import type { AlphaCounters } from './counters.js';

/** α is reported only from this many complete respondents (docs/design.md §4). */
export const MIN_ALPHA_RESPONDENTS = 30;

const sampleVariance = (count: number, sum: number, squares: number) => (squares - (sum * sum) / count) / (count - 1);

/**
 * Cronbach's α from the sums of complete respondents:
 * α = k/(k−1) · (1 − Σ var(item) / var(total)).
 * Null with fewer than two items or respondents, or when the totals do not vary.
 *
 * @example
 * cronbachAlpha(alphaCounters, 0) // α with no minimum number of respondents
 */
export function cronbachAlpha(counters: AlphaCounters, minRespondents = MIN_ALPHA_RESPONDENTS): number | null {
  const k = counters.items.length;
  const m = counters.complete;
  if (k < 2 || m < 2 || m < minRespondents) return null;
  const itemVariance = counters.itemSums.reduce(
    (sum, itemSum, i) => sum + sampleVariance(m, itemSum, counters.itemSquares[i] ?? 0),
    0,
  );
  const totalVariance = sampleVariance(m, counters.totalSum, counters.totalSquares);
  if (!(totalVariance > 1e-12)) return null;
  return (k / (k - 1)) * (1 - itemVariance / totalVariance);
}
