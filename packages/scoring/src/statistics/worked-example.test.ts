import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { AnswerValue } from '../submission/submission-schema.js';
import { buildScoresResult } from './scores-result.js';
import { countersFromResponses } from './response-contributions.js';
import { cronbachAlpha } from './cronbach-alpha.js';
import { meanInterval } from './mean-interval.js';
import { proportionChange } from './proportion-change.js';
import { summarizeStandard } from './summarize-standard.js';

// docs/design.md §4: a standard s with two items a and b, weight 1 each.
const catalogue: Catalogue = {
  standards: [{ id: 's', title: { en: 'S', es: 'S' }, description: { en: 'S', es: 'S' } }],
  surveys: [
    {
      id: 'ab',
      title: { en: 'AB', es: 'AB' },
      comment: null,
      questions: ['a', 'b'].map((id) => ({
        id,
        type: 'agree5' as const,
        text: { en: id, es: id },
        standards: [{ standard: 's', weight: 1 }],
      })),
    },
  ],
};

const NA = null; // "does not apply"
const SKIP = undefined; // skipped: the key is absent
const pairs: [number | null | undefined, number | null | undefined][] = [
  [5, 5],
  [4, 5],
  [4, 4],
  [5, 4],
  [3, 4],
  [2, 3],
  [5, NA],
  [4, SKIP],
  [1, 2],
  [5, 5],
  [NA, NA],
  [3, 3],
  [4, 3],
  [5, 5],
  [2, 2],
  [4, 4],
  [SKIP, 4],
  [5, 4],
  [3, 5],
  [4, 4],
];
const workedResponses = pairs.map(([a, b]) => {
  const answers: Record<string, AnswerValue> = {};
  if (a !== undefined) answers.a = a;
  if (b !== undefined) answers.b = b;
  return { survey: 'ab', answers };
});

describe('the worked example of docs/design.md §4', () => {
  const counters = countersFromResponses(catalogue, workedResponses).s!;
  const summary = summarizeStandard(counters, { minN: 10 });

  it('counts 19 responses, 13 favourable', () => {
    expect(summary.n).toBe(19);
    expect(summary.favorable).toBe(13);
  });

  it('gives the score, Wilson interval and mean to 4 decimals', () => {
    expect(summary.score).toBeCloseTo(68.4211, 4);
    expect(summary.ciLow).toBeCloseTo(46.0104, 4);
    expect(summary.ciHigh).toBeCloseTo(84.6356, 4);
    expect(summary.mean).toBeCloseTo(71.7105, 4);
  });

  it('computes the t-interval [59.5208, 83.9003], and publishes it only from 30 responses', () => {
    const { low, high } = meanInterval(counters.n, counters.sumV, counters.sumV2, { minN: 2 });
    expect(100 * low!).toBeCloseTo(59.5208, 4);
    expect(100 * high!).toBeCloseTo(83.9003, 4);
    expect([summary.meanCiLow, summary.meanCiHigh]).toEqual([null, null]);
  });

  it("gives Cronbach's α 0.8464 over 16 complete respondents, withheld below 30", () => {
    expect(counters.alpha?.complete).toBe(16);
    expect(cronbachAlpha(counters.alpha!, 0)).toBeCloseTo(0.8464, 4);
    expect(summary.reliability).toBeNull();
  });

  it('reports α once 30 complete respondents answered (duplicating the sample keeps α)', () => {
    const doubled = countersFromResponses(catalogue, [...workedResponses, ...workedResponses]).s!;
    expect(doubled.alpha?.complete).toBe(32);
    expect(summarizeStandard(doubled).reliability).toBeCloseTo(0.8464, 4);
  });

  it('tests the change against 11 of 24: +22.5877 points, z 1.4812, p 0.1386', () => {
    const change = proportionChange(counters, { favorable: 11, n: 24 })!;
    expect(change.test).toBe('z');
    expect(100 * change.delta).toBeCloseTo(22.5877, 4);
    expect(change.z).toBeCloseTo(1.4812, 4);
    expect(change.pValue).toBeCloseTo(0.1386, 4);
  });

  it('reports the change as not significant in the scores result', () => {
    const result = buildScoresResult({
      catalogue,
      from: '2026-01-01',
      to: '2026-01-31',
      responses: 20,
      offered: 160,
      comments: 0,
      current: { s: counters },
      previous: {
        from: '2025-12-01',
        to: '2025-12-31',
        counters: { s: { n: 24, favorable: 11, sumV: 12, sumV2: 8, alpha: null } },
      },
    });
    expect([result.offered, result.responseRate]).toEqual([160, 0.125]);
    const s = result.standards[0]!;
    expect(s.change).toMatchObject({ previousFrom: '2025-12-01', previousTo: '2025-12-31', previousN: 24 });
    expect(s.change?.delta).toBeCloseTo(22.5877, 4);
    expect(s.change?.pValue).toBeCloseTo(0.1386, 4);
    expect(s.change?.significant).toBe(false);
  });
});
