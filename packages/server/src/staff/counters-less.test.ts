// Responses grouped by answer set and scored once per set count exactly as
// scoring each response does (docs/design.md §14): the languages compared and
// the locale filter rest on it.
import {
  countersFromResponses,
  defaultCatalogue,
  type AnswerValue,
  type Answers,
  type CountersByStandard,
} from '@mv-feedback/scoring';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { countersOfAnswerSets } from './answer-sets.js';

const full = defaultCatalogue.surveys.find((s) => s.id === 'full')!;
const quick = defaultCatalogue.surveys.find((s) => s.id === 'quick')!;
const answerFor = (type: 'agree5' | 'yesno'): fc.Arbitrary<AnswerValue | undefined> =>
  type === 'agree5'
    ? fc.constantFrom<AnswerValue | undefined>(2, 5, null, undefined)
    : fc.constantFrom('yes', undefined);
const response = fc.oneof(
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

it('gives the counters of scoring every response, α included', () => {
  fc.assert(
    // A few answer sets given many times over, as in a city.
    fc.property(
      fc.array(response, { minLength: 1, maxLength: 6 }),
      fc.array(fc.nat(), { maxLength: 120 }),
      (pool, picks) => {
        const responses = picks.map((pick) => pool[pick % pool.length]!);
        const sets = new Map<string, { survey: string; answers: string; given: number }>();
        for (const { survey, answers } of responses) {
          const key = `${survey} ${JSON.stringify(answers)}`;
          const set = sets.get(key) ?? { survey, answers: JSON.stringify(answers), given: 0 };
          set.given += 1;
          sets.set(key, set);
        }
        expect(rounded(countersOfAnswerSets(defaultCatalogue, sets.values()))).toEqual(
          rounded(countersFromResponses(defaultCatalogue, responses)),
        );
      },
    ),
    { numRuns: 200 },
  );
});

it('leaves out the answers of a survey the catalogue no longer has', () => {
  expect(countersOfAnswerSets(defaultCatalogue, [{ survey: 'retired', answers: '{"accurate":5}', given: 3 }])).toEqual(
    {},
  );
});
