import type { StandardCounters } from './counters.js';
import { cronbachAlpha } from './cronbach-alpha.js';
import { meanInterval } from './mean-interval.js';
import { DEFAULT_MIN_N } from './thresholds.js';
import { wilsonInterval } from './wilson-interval.js';

export interface StandardSummary {
  n: number;
  favorable: number | null;
  score: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  mean: number | null;
  meanCiLow: number | null;
  meanCiHigh: number | null;
  suppressed: boolean;
  reliability: number | null;
}

const percent = (x: number | null) => (x === null ? null : 100 * x);

/** The share of favourable responses: n, favourable, score and Wilson interval, or only n when suppressed. */
export type ShareSummary = Pick<StandardSummary, 'n' | 'favorable' | 'score' | 'ciLow' | 'ciHigh' | 'suppressed'>;

/**
 * One standard's share of favourable responses, in percent at full
 * precision. Under `minN` responses only `n` is given: the favourable count
 * would reveal the score.
 *
 * @example
 * summarizeShare({ n: 19, favorable: 13, sumV: 13.625, sumV2: 10.39, alpha: null }) // → { score: 68.42…, ciLow: 46.01…, … }
 */
export function summarizeShare(
  counters: Pick<StandardCounters, 'n' | 'favorable'>,
  { minN = DEFAULT_MIN_N } = {},
): ShareSummary {
  const { n } = counters;
  if (n < minN || n === 0) return { n, favorable: null, score: null, ciLow: null, ciHigh: null, suppressed: true };
  const wilson = wilsonInterval(counters.favorable, n);
  return {
    n,
    favorable: counters.favorable,
    score: (100 * counters.favorable) / n,
    ciLow: 100 * wilson.low,
    ciHigh: 100 * wilson.high,
    suppressed: false,
  };
}

/**
 * One standard's published figures: its share (`summarizeShare`), the mean
 * with its t-interval and Cronbach's α, all null when suppressed.
 *
 * @example
 * summarizeStandard(countersFromResponses(catalogue, responses).listened, { minN: 10 })
 */
export function summarizeStandard(counters: StandardCounters, { minN = DEFAULT_MIN_N } = {}): StandardSummary {
  const share = summarizeShare(counters, { minN });
  if (share.suppressed) return { ...share, mean: null, meanCiLow: null, meanCiHigh: null, reliability: null };
  const mean = meanInterval(counters.n, counters.sumV, counters.sumV2);
  return {
    ...share,
    mean: percent(mean.mean),
    meanCiLow: percent(mean.low),
    meanCiHigh: percent(mean.high),
    reliability: counters.alpha ? cronbachAlpha(counters.alpha) : null,
  };
}
