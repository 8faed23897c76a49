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

/**
 * One standard's published figures, in percent at full precision. Under
 * `minN` responses only `n` is given: the favourable count would reveal the score.
 *
 * @example
 * summarizeStandard(countersFromResponses(catalogue, responses).listened, { minN: 10 })
 */
export function summarizeStandard(counters: StandardCounters, { minN = DEFAULT_MIN_N } = {}): StandardSummary {
  const { n } = counters;
  if (n < minN || n === 0) {
    return {
      n,
      favorable: null,
      score: null,
      ciLow: null,
      ciHigh: null,
      mean: null,
      meanCiLow: null,
      meanCiHigh: null,
      suppressed: true,
      reliability: null,
    };
  }
  const wilson = wilsonInterval(counters.favorable, n);
  const mean = meanInterval(n, counters.sumV, counters.sumV2);
  return {
    n,
    favorable: counters.favorable,
    score: (100 * counters.favorable) / n,
    ciLow: 100 * wilson.low,
    ciHigh: 100 * wilson.high,
    mean: percent(mean.mean),
    meanCiLow: percent(mean.low),
    meanCiHigh: percent(mean.high),
    suppressed: false,
    reliability: counters.alpha ? cronbachAlpha(counters.alpha) : null,
  };
}
