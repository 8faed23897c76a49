import { summarizeShare } from './summarize-standard.js';
import { DEFAULT_MIN_N } from './thresholds.js';

/** The share of follow-ups acknowledged on time, in percent with its Wilson interval; only `n` when suppressed. */
export interface OnTimeRate {
  /** Requests whose outcome is known: acknowledged, or past their due time unacknowledged. */
  n: number;
  onTime: number | null;
  rate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
}

/**
 * The "same day response" rate (docs/design.md §12): requests acknowledged
 * by their due time among those whose outcome is known, with the Wilson
 * interval and the suppression of a score (fewer than `minN`: only `n`).
 *
 * @example
 * onTimeRate({ onTime: 13, n: 19 }) // → { n: 19, onTime: 13, rate: 68.42…, ciLow: 46.01…, ciHigh: 84.63…, suppressed: false }
 */
export function onTimeRate({ onTime, n }: { onTime: number; n: number }, { minN = DEFAULT_MIN_N } = {}): OnTimeRate {
  const share = summarizeShare({ n, favorable: onTime }, { minN });
  return {
    n,
    onTime: share.favorable,
    rate: share.score,
    ciLow: share.ciLow,
    ciHigh: share.ciHigh,
    suppressed: share.suppressed,
  };
}
