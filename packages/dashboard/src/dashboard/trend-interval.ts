import type { ScoresResult, TrendInterval } from '@mv-feedback/scoring';
import { daysBetweenInclusive } from '@mv-feedback/scoring/browser';

/** Weekly points need this many times the minimum count per week on average, so most weeks reach it. */
export const WEEKLY_FACTOR = 1.5;

/**
 * The trend's interval when the reader has not chosen one (docs/staff-dashboard.md,
 * "Trend"): weekly when the median standard has at least 1.5 × the minimum
 * count of responses per week of the period, monthly otherwise.
 *
 * @example
 * autoInterval(scores, '2026-01-01', '2026-03-31') // → 'month' for 300 responses a quarter, minN 10
 */
export function autoInterval(
  scores: Pick<ScoresResult, 'standards' | 'minN'>,
  from: string,
  to: string,
): TrendInterval {
  const counts = scores.standards.map((standard) => standard.n).sort((a, b) => a - b);
  if (counts.length === 0) return 'month';
  const median = counts[Math.floor((counts.length - 1) / 2)]!;
  const weeks = Math.max(1, daysBetweenInclusive(from, to) / 7);
  return median / weeks >= WEEKLY_FACTOR * scores.minN ? 'week' : 'month';
}
