// responseContributions works from a plan made once per survey; it must give
// what the definition gives, answer by answer (docs/design.md §4): each
// standard's weighted mean of its answered items, its catalogue-wide items,
// and their values when all were answered. The definition below is the one
// the function had before the plan, kept as the oracle.
import { describe, expect, it } from 'vitest';
import type { Catalogue, Survey } from '../catalogue/catalogue-schema.js';
import { defaultCatalogue } from '../catalogue/default-catalogue.js';
import type { Answers } from '../submission/submission-schema.js';
import { FAVORABLE_THRESHOLD, type StandardContribution } from './counters.js';
import { normalizeAnswer, responseContributions, standardItems } from './response-contributions.js';

function byDefinition(catalogue: Catalogue, survey: Survey, answers: Answers): StandardContribution[] {
  const byStandard = new Map<string, { weighted: number; weights: number; answered: Map<string, number> }>();
  for (const question of survey.questions) {
    const x = normalizeAnswer(question, answers[question.id]);
    for (const { standard, weight } of question.standards) {
      let entry = byStandard.get(standard);
      if (!entry) byStandard.set(standard, (entry = { weighted: 0, weights: 0, answered: new Map() }));
      if (x !== null) {
        entry.weighted += weight * x;
        entry.weights += weight;
        entry.answered.set(question.id, x);
      }
    }
  }
  const contributions: StandardContribution[] = [];
  for (const [standard, entry] of byStandard) {
    if (entry.weights === 0) continue;
    const v = entry.weighted / entry.weights;
    const items = [...(standardItems(catalogue).get(standard) ?? entry.answered.keys())];
    const complete = items.every((id) => entry.answered.has(id));
    contributions.push({
      standard,
      v,
      favorable: v >= FAVORABLE_THRESHOLD - 1e-12,
      items,
      completeItems: complete ? items.map((id) => entry.answered.get(id)!) : null,
    });
  }
  return contributions;
}

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomAnswers(survey: Survey, next: () => number): Answers {
  const answers: Answers = {};
  for (const question of survey.questions) {
    const roll = next();
    if (roll < 0.2) continue;
    if (roll < 0.3) answers[question.id] = null;
    else if (question.type === 'agree5') answers[question.id] = 1 + Math.floor(next() * 5);
    else answers[question.id] = next() < 0.5 ? 'yes' : 'no';
  }
  return answers;
}

describe('responseContributions', () => {
  it('gives what the definition gives, for every survey of the default catalogue', () => {
    const next = random(7);
    for (const survey of defaultCatalogue.surveys) {
      for (let i = 0; i < 400; i++) {
        const answers = randomAnswers(survey, next);
        expect(
          responseContributions(defaultCatalogue, survey, answers),
          `${survey.id} ${JSON.stringify(answers)}`,
        ).toEqual(byDefinition(defaultCatalogue, survey, answers));
      }
    }
  });

  it('gives it too for weighted items, standards of one survey or shared across two, and a survey outside the catalogue', () => {
    const base = defaultCatalogue.surveys[0]!;
    const [first, second, third] = base.questions;
    const weighted: Survey = {
      ...base,
      id: 'weighted',
      questions: [
        { ...first!, standards: [{ standard: 'shared', weight: 2 }, ...first!.standards] },
        {
          ...second!,
          standards: [
            { standard: 'shared', weight: 0.5 },
            { standard: 'pair', weight: 1 },
          ],
        },
        {
          ...third!,
          standards: [
            { standard: 'only-here', weight: 1 },
            { standard: 'pair', weight: 3 },
          ],
        },
      ],
    };
    const elsewhere: Survey = {
      ...base,
      id: 'elsewhere',
      questions: [{ ...first!, id: 'elsewhere-q', standards: [{ standard: 'shared', weight: 1 }] }],
    };
    const catalogue: Catalogue = { ...defaultCatalogue, surveys: [weighted, elsewhere] };
    const outside: Survey = {
      ...weighted,
      id: 'outside',
      questions: [{ ...third!, standards: [{ standard: 'unknown', weight: 1 }] }],
    };
    const next = random(11);
    let complete = 0;
    for (const survey of [weighted, elsewhere, outside]) {
      for (let i = 0; i < 300; i++) {
        const answers = randomAnswers(survey, next);
        const got = responseContributions(catalogue, survey, answers);
        expect(got, `${survey.id} ${JSON.stringify(answers)}`).toEqual(byDefinition(catalogue, survey, answers));
        complete += got.filter((c) => c.completeItems !== null).length;
      }
    }
    // Both kinds were met: contributions with all their items answered and without.
    expect(complete).toBeGreaterThan(100);
  });
});
