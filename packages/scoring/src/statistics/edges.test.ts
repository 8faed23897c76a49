import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { defaultCatalogue } from '../catalogue/default-catalogue.js';
import type { Answers } from '../submission/submission-schema.js';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import { proportionChange } from './proportion-change.js';
import { responseRate } from './response-rate.js';
import { countersFromResponses, emptyCounters, responseContributions } from './response-contributions.js';
import { summarizeStandard } from './summarize-standard.js';
import { wilsonInterval } from './wilson-interval.js';

const quick = defaultCatalogue.surveys.find((s) => s.id === 'quick')!;
const repeat = (answers: Answers, times: number) => Array.from({ length: times }, () => ({ survey: 'quick', answers }));

describe('scoring edges', () => {
  it('the response rate is null with no offer, and never above 1 when answers outnumber offers', () => {
    expect(responseRate(2743, 22_810)).toBeCloseTo(0.120254, 6);
    expect(responseRate(0, 40)).toBe(0);
    expect(responseRate(0, 0)).toBeNull();
    expect(responseRate(12, 0)).toBeNull();
    expect(responseRate(30, 10)).toBe(1);
  });

  it('n = 0 publishes nothing and stays suppressed', () => {
    const summary = summarizeStandard(emptyCounters(), { minN: 0 });
    expect(summary).toMatchObject({ n: 0, score: null, ciLow: null, ciHigh: null, mean: null, suppressed: true });
  });

  it('all favourable: score 100, interval within [0, 100] and below 100 at its low end', () => {
    const counters = countersFromResponses(defaultCatalogue, repeat({ listened: 5 }, 12))['asking-and-listening']!;
    const summary = summarizeStandard(counters);
    expect(summary.score).toBe(100);
    expect(summary.ciHigh).toBeLessThanOrEqual(100);
    expect(summary.ciLow).toBeGreaterThan(0);
    expect(summary.ciLow).toBeLessThan(100);
  });

  it('none favourable: score 0, interval stays within [0, 100]', () => {
    const counters = countersFromResponses(defaultCatalogue, repeat({ listened: 1 }, 15))['asking-and-listening']!;
    const summary = summarizeStandard(counters);
    expect(summary.score).toBe(0);
    expect(summary.ciLow).toBe(0);
    expect(summary.ciHigh).toBeGreaterThan(0);
    expect(summary.ciHigh).toBeLessThanOrEqual(100);
    expect(summary.mean).toBe(0);
    // Fifteen identical answers: no spread to build a t-interval from.
    expect([summary.meanCiLow, summary.meanCiHigh]).toEqual([null, null]);
  });

  it('gives the mean a t-interval only from 30 responses that vary', () => {
    const at = (answers: Answers[]) =>
      summarizeStandard(
        countersFromResponses(
          defaultCatalogue,
          answers.map((a) => ({ survey: 'quick', answers: a })),
        )['asking-and-listening']!,
      );
    // Ten "Strongly agree": mean 100, and no [100, 100] interval claiming certainty.
    expect(at(Array(10).fill({ listened: 5 }))).toMatchObject({ mean: 100, meanCiLow: null, meanCiHigh: null });
    expect(at(Array(40).fill({ listened: 5 }))).toMatchObject({ mean: 100, meanCiLow: null, meanCiHigh: null });
    const varied = (n: number) => Array.from({ length: n }, (_, i) => ({ listened: i % 2 ? 5 : 4 }));
    expect(at(varied(29))).toMatchObject({ meanCiLow: null, meanCiHigh: null });
    const thirty = at(varied(30));
    expect(thirty.meanCiLow).toBeGreaterThan(80);
    expect(thirty.meanCiHigh).toBeLessThan(100);
  });

  it('v exactly 0.75 (Agree) is favourable; Neither is not', () => {
    const [agree] = responseContributions(defaultCatalogue, quick, { listened: 4 });
    const [neither] = responseContributions(defaultCatalogue, quick, { listened: 3 });
    expect(agree).toMatchObject({ v: 0.75, favorable: true });
    expect(neither).toMatchObject({ v: 0.5, favorable: false });
  });

  it('"does not apply", skipped and not asked all leave a response out of a standard', () => {
    const counters = countersFromResponses(defaultCatalogue, [
      { survey: 'quick', answers: { listened: null, positive: 5 } },
      { survey: 'quick', answers: { positive: 4 } },
    ]);
    expect(counters['asking-and-listening']).toBeUndefined();
    expect(counters['positive-experience']?.n).toBe(2);
    // "connecting" is only in the full survey: not asked in quick.
    expect(counters.connecting).toBeUndefined();
  });

  it('yes/no items normalise to 1 and 0', () => {
    const full = defaultCatalogue.surveys.find((s) => s.id === 'full')!;
    expect(responseContributions(defaultCatalogue, full, { 'same-day': 'yes' })[0]).toMatchObject({
      v: 1,
      favorable: true,
    });
    expect(responseContributions(defaultCatalogue, full, { 'same-day': 'no' })[0]).toMatchObject({
      v: 0,
      favorable: false,
    });
    expect(responseContributions(defaultCatalogue, full, { 'same-day': null })).toEqual([]);
  });

  const weighted: Catalogue = {
    standards: ['a', 'b'].map((id) => ({ id, title: { en: id, es: id }, description: { en: id, es: id } })),
    surveys: [
      {
        id: 'w',
        title: { en: 'W', es: 'W' },
        comment: null,
        questions: [
          { id: 'q1', type: 'agree5', text: { en: 'q1', es: 'q1' }, standards: [{ standard: 'a', weight: 3 }] },
          {
            id: 'q2',
            type: 'agree5',
            text: { en: 'q2', es: 'q2' },
            standards: [
              { standard: 'a', weight: 1 },
              { standard: 'b', weight: 2 },
            ],
          },
        ],
      },
    ],
  };

  it('weights: v is the weighted mean of the answered items', () => {
    const [a] = responseContributions(weighted, weighted.surveys[0]!, { q1: 5, q2: 1 });
    expect(a?.standard).toBe('a');
    expect(a?.v).toBeCloseTo((3 * 1 + 1 * 0) / 4, 12);
    expect(a?.favorable).toBe(true);
  });

  it('a question mapped to two standards counts in both', () => {
    const counters = countersFromResponses(weighted, [{ survey: 'w', answers: { q2: 2 } }]);
    expect(counters.a).toMatchObject({ n: 1, favorable: 0, sumV: 0.25 });
    expect(counters.b).toMatchObject({ n: 1, favorable: 0, sumV: 0.25 });
  });

  it("computes Cronbach's α over respondents who answered every item, whichever survey asked them", () => {
    // Standard s is asked by one item in "short" and by two in "long"; α is over the long respondents who answered both.
    const item = (id: string) => ({
      id,
      type: 'agree5' as const,
      text: { en: id, es: id },
      standards: [{ standard: 's', weight: 1 }],
    });
    const twoSurveys: Catalogue = {
      standards: [{ id: 's', title: { en: 's', es: 's' }, description: { en: 's', es: 's' } }],
      surveys: [
        { id: 'short', title: { en: 'S', es: 'S' }, comment: null, questions: [item('a')] },
        { id: 'long', title: { en: 'L', es: 'L' }, comment: null, questions: [item('a'), item('b')] },
      ],
    };
    const pairs = [
      [5, 5],
      [4, 5],
      [4, 4],
      [2, 3],
      [1, 2],
      [3, 3],
    ];
    const long = Array.from({ length: 30 }, (_, i) => ({
      survey: 'long',
      answers: { a: pairs[i % 6]![0]!, b: pairs[(i + (i % 5 === 0 ? 1 : 0)) % 6]![1]! },
    }));
    const short = Array.from({ length: 25 }, (_, i) => ({ survey: 'short', answers: { a: 1 + (i % 5) } }));
    const alone = summarizeStandard(countersFromResponses(twoSurveys, long)['s']!);
    const mixed = countersFromResponses(twoSurveys, [...short, ...long])['s']!;
    expect(mixed.n).toBe(55);
    expect(mixed.alpha?.complete).toBe(30);
    expect(alone.reliability).not.toBeNull();
    expect(summarizeStandard(mixed).reliability).toBeCloseTo(alone.reliability!, 12);
  });

  it('suppresses below minN and publishes at minN', () => {
    const nine = countersFromResponses(defaultCatalogue, repeat({ accurate: 5 }, 9))['knowing-our-business']!;
    const ten = countersFromResponses(defaultCatalogue, repeat({ accurate: 5 }, 10))['knowing-our-business']!;
    expect(summarizeStandard(nine)).toMatchObject({ n: 9, favorable: null, score: null, suppressed: true });
    expect(summarizeStandard(ten)).toMatchObject({ n: 10, favorable: 10, score: 100, suppressed: false });
  });

  it('Wilson interval of the worked example', () => {
    const { low, high } = wilsonInterval(13, 19);
    expect(100 * low).toBeCloseTo(46.0104, 4);
    expect(100 * high).toBeCloseTo(84.6356, 4);
  });

  it("uses Fisher's exact test when an expected count is under 5", () => {
    // fisher.test(matrix(c(9, 1, 3, 7), 2)) in R: p-value = 0.01977
    const change = proportionChange({ favorable: 9, n: 10 }, { favorable: 3, n: 10 })!;
    expect(change.test).toBe('fisher');
    expect(change.pValue).toBeCloseTo(0.01977, 4);
  });

  it('takes the z-test at an expected count of exactly 5, decided in integers (15/17 against 9/17)', () => {
    // Expected unfavourable counts: 17 · 10 / 34 = 5 exactly; floating point gives 4.999….
    expect(17 * (1 - 24 / 34) < 5).toBe(true);
    const change = proportionChange({ favorable: 15, n: 17 }, { favorable: 9, n: 17 })!;
    expect(change.test).toBe('z');
    // statsmodels proportions_ztest([15, 9], [17, 17]): z = 2.258318, p = 0.023926; Fisher's 0.0570 would not be significant.
    expect(change.z).toBeCloseTo(2.258318, 6);
    expect(change.pValue).toBeCloseTo(0.023926, 6);
    expect(proportionChange({ favorable: 15, n: 17 }, { favorable: 8, n: 16 })!.test).toBe('fisher');
  });

  it('gives p-values far into the tail, not a rounded 0', () => {
    const change = proportionChange({ favorable: 900, n: 1000 }, { favorable: 500, n: 1000 })!;
    // scipy.stats.norm.sf(19.8029) * 2 = 2.8e-87
    expect(change.pValue).toBeGreaterThan(0);
    expect(change.pValue).toBeLessThan(1e-80);
  });

  it('Benjamini–Hochberg steps up: a larger p that passes its bound carries the smaller ones with it', () => {
    // Bounds k/3 · 0.05 = 0.0167, 0.0333, 0.05. A step-down procedure stops at 0.04 > 0.0333 and
    // keeps only 0.01; step-up finds 0.045 <= 0.05 at rank 3 and keeps all three.
    expect(benjaminiHochberg([0.045, null, 0.01, 0.04])).toEqual([true, false, true, true]);
  });

  it('Benjamini–Hochberg keeps the step-up rule and ignores untested standards', () => {
    // p = 0.01, 0.02, 0.03, 0.04, 0.05 with m = 5: every p(k) <= k/5 · 0.05.
    expect(benjaminiHochberg([0.01, 0.02, 0.03, 0.04, 0.05])).toEqual([true, true, true, true, true]);
    // m = 2: 0.04 > 1/2 · 0.05 and 0.06 > 2/2 · 0.05, so neither.
    expect(benjaminiHochberg([0.04, null, 0.06])).toEqual([false, false, false]);
    expect(benjaminiHochberg([0.001, 0.2, null])).toEqual([true, false, false]);
  });
});
