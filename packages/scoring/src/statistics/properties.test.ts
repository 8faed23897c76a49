import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/default-catalogue.js';
import type { AnswerValue, Answers } from '../submission/submission-schema.js';
import type { CountersByStandard } from './counters.js';
import { buildScoresResult } from './scores-result.js';
import { countersFromResponses, mergeCountersByStandard } from './response-contributions.js';
import { summarizeStandard } from './summarize-standard.js';

const full = defaultCatalogue.surveys.find((s) => s.id === 'full')!;
const quick = defaultCatalogue.surveys.find((s) => s.id === 'quick')!;

const answerFor = (type: 'agree5' | 'yesno'): fc.Arbitrary<AnswerValue | undefined> =>
  type === 'agree5'
    ? fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null), fc.constant(undefined))
    : fc.constantFrom<AnswerValue | undefined>('yes', 'no', null, undefined);

const responseArbitrary = fc.oneof(
  ...[quick, full].map((survey) =>
    fc.tuple(...survey.questions.map((q) => answerFor(q.type))).map((values) => {
      const answers: Answers = {};
      survey.questions.forEach((q, i) => {
        if (values[i] !== undefined) answers[q.id] = values[i]!;
      });
      return { survey: survey.id, answers };
    }),
  ),
);

const closeTo = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));

const sameResult = (a: CountersByStandard, b: CountersByStandard) => {
  const ra = buildScoresResult({
    catalogue: defaultCatalogue,
    from: 'x',
    to: 'x',
    responses: 0,
    offered: 0,
    comments: 0,
    current: a,
    minN: 1,
  });
  const rb = buildScoresResult({
    catalogue: defaultCatalogue,
    from: 'x',
    to: 'x',
    responses: 0,
    offered: 0,
    comments: 0,
    current: b,
    minN: 1,
  });
  return ra.standards.every((s, i) => {
    const t = rb.standards[i]!;
    return (
      s.n === t.n &&
      s.favorable === t.favorable &&
      (['score', 'ciLow', 'ciHigh', 'mean', 'meanCiLow', 'meanCiHigh'] as const).every((k) => closeTo(s[k], t[k]))
    );
  });
};

describe('scoring properties', () => {
  it('the score lies within its Wilson interval, and both within [0, 100]', () => {
    fc.assert(
      fc.property(fc.array(responseArbitrary, { maxLength: 80 }), (responses) => {
        for (const counters of Object.values(countersFromResponses(defaultCatalogue, responses))) {
          const s = summarizeStandard(counters, { minN: 1 });
          expect(s.ciLow!).toBeGreaterThanOrEqual(0);
          expect(s.ciHigh!).toBeLessThanOrEqual(100);
          expect(s.score!).toBeGreaterThanOrEqual(s.ciLow! - 1e-9);
          expect(s.score!).toBeLessThanOrEqual(s.ciHigh! + 1e-9);
          if (s.meanCiLow !== null) expect(s.mean!).toBeGreaterThanOrEqual(s.meanCiLow - 1e-9);
        }
      }),
    );
  });

  it('the order of responses does not matter', () => {
    fc.assert(
      fc.property(
        fc
          .array(responseArbitrary, { maxLength: 60 })
          .chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length }))),
        ([responses, shuffled]) => {
          expect(
            sameResult(
              countersFromResponses(defaultCatalogue, responses),
              countersFromResponses(defaultCatalogue, shuffled),
            ),
          ).toBe(true);
        },
      ),
    );
  });

  it('merging the rollups of any split equals scoring the raw responses', () => {
    fc.assert(
      fc.property(fc.array(fc.array(responseArbitrary, { maxLength: 20 }), { maxLength: 8 }), (days) => {
        const merged = days
          .map((day) => countersFromResponses(defaultCatalogue, day))
          .reduce(mergeCountersByStandard, {});
        expect(sameResult(merged, countersFromResponses(defaultCatalogue, days.flat()))).toBe(true);
      }),
    );
  });

  it('suppression never leaks a number', () => {
    fc.assert(
      fc.property(
        fc.array(responseArbitrary, { maxLength: 40 }),
        fc.integer({ min: 1, max: 50 }),
        (responses, minN) => {
          const current = countersFromResponses(defaultCatalogue, responses);
          const result = buildScoresResult({
            catalogue: defaultCatalogue,
            from: 'x',
            to: 'x',
            responses: responses.length,
            offered: responses.length * 8,
            comments: 0,
            current,
            previous: { from: 'w', to: 'w', counters: current },
            minN,
          });
          for (const s of result.standards) {
            if (s.n >= minN) continue;
            expect(s.suppressed).toBe(true);
            expect([s.favorable, s.score, s.ciLow, s.ciHigh, s.mean, s.meanCiLow, s.meanCiHigh, s.reliability]).toEqual(
              Array(8).fill(null),
            );
            expect([s.change?.previousScore, s.change?.delta, s.change?.pValue]).toEqual([null, null, null]);
            expect(s.change?.significant).toBe(false);
          }
        },
      ),
    );
  });
});
