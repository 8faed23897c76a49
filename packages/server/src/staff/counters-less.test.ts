// English read as every response less the other languages (docs/design.md §14)
// counts exactly as scoring the English responses alone does, α included: the
// languages compared and the locale filter rest on it.
import {
  countersFromResponses,
  defaultCatalogue,
  type AnswerValue,
  type Answers,
  type CountersByStandard,
} from '@mv-feedback/scoring';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { countersLess } from './counters-less.js';

const full = defaultCatalogue.surveys.find((s) => s.id === 'full')!;
const quick = defaultCatalogue.surveys.find((s) => s.id === 'quick')!;
const answerFor = (type: 'agree5' | 'yesno'): fc.Arbitrary<AnswerValue | undefined> =>
  type === 'agree5'
    ? fc.constantFrom<AnswerValue | undefined>(2, 5, null, undefined)
    : fc.constantFrom('yes', undefined);
const response = fc.oneof(
  ...[quick, full].map((survey) =>
    fc.tuple(fc.boolean(), ...survey.questions.map((q) => answerFor(q.type))).map(([english, ...values]) => {
      const answers: Answers = {};
      survey.questions.forEach((q, i) => {
        if (values[i] !== undefined) answers[q.id] = values[i]!;
      });
      return { survey: survey.id, answers, english };
    }),
  ),
);

const rounded = (counters: CountersByStandard) =>
  Object.fromEntries(
    Object.entries(counters).map(([standard, c]) => [
      standard,
      {
        n: c.n,
        favorable: c.favorable,
        sumV: c.sumV.toFixed(9),
        sumV2: c.sumV2.toFixed(9),
        alpha: c.alpha && { ...c.alpha, itemSums: c.alpha.itemSums.map((x) => x.toFixed(9)) },
      },
    ]),
  );

it('gives the counters of scoring the rest alone, α included', () => {
  fc.assert(
    fc.property(fc.array(response, { maxLength: 120 }), (responses) => {
      const all = countersFromResponses(defaultCatalogue, responses);
      const others = countersFromResponses(
        defaultCatalogue,
        responses.filter((r) => !r.english),
      );
      const alpha = new Map(Object.entries(others).flatMap(([standard, c]) => (c.alpha ? [[standard, c.alpha]] : [])));
      expect(rounded(countersLess(all, [others], alpha))).toEqual(
        rounded(
          countersFromResponses(
            defaultCatalogue,
            responses.filter((r) => r.english),
          ),
        ),
      );
    }),
    { numRuns: 200 },
  );
});

it("leaves α out when the parts' α is not given", () => {
  const responses = [{ survey: 'full', answers: { professional: 5, positive: 4, listened: 5, 'at-ease': 4 } }];
  const all = countersFromResponses(defaultCatalogue, [...responses, ...responses]);
  const part = countersFromResponses(defaultCatalogue, responses);
  expect(Object.values(countersLess(all, [part])).every((c) => c.alpha === null && c.n === 1)).toBe(true);
});
