import {
  contributionCounters,
  emptyCounters,
  mergeCounters,
  responseContributions,
  type Answers,
  type Catalogue,
  type CountersByStandard,
  type StandardCounters,
} from '@mv-feedback/scoring';

/** Identical responses counted once: a survey, its answers as stored, and how many gave them. */
export interface AnswerSet {
  survey: string;
  answers: string;
  given: number;
}

const times = (counters: StandardCounters, k: number): StandardCounters => ({
  n: counters.n * k,
  favorable: counters.favorable * k,
  sumV: counters.sumV * k,
  sumV2: counters.sumV2 * k,
  alpha: counters.alpha && {
    ...counters.alpha,
    complete: counters.alpha.complete * k,
    itemSums: counters.alpha.itemSums.map((x) => x * k),
    itemSquares: counters.alpha.itemSquares.map((x) => x * k),
    totalSum: counters.alpha.totalSum * k,
    totalSquares: counters.alpha.totalSquares * k,
  },
});

/**
 * Per-standard counters of responses read from the `responses` table where
 * no cube has the slice: grouped by their answers in SQL, since a survey of a
 * few questions has few distinct answer sets, each scored once and counted
 * as many times as it was given. Sets of a survey no longer in the
 * catalogue are left out: their questions are unknown.
 *
 * @example
 * countersOfAnswerSets(catalogue, [{ survey: 'quick', answers: '{"accurate":5}', given: 12 }])
 */
export function countersOfAnswerSets(catalogue: Catalogue, sets: Iterable<AnswerSet>): CountersByStandard {
  const surveys = new Map(catalogue.surveys.map((survey) => [survey.id, survey]));
  const counters: CountersByStandard = {};
  for (const { survey: id, answers, given } of sets) {
    const survey = surveys.get(id);
    if (!survey) continue;
    for (const contribution of responseContributions(catalogue, survey, JSON.parse(answers) as Answers)) {
      const { standard } = contribution;
      counters[standard] = mergeCounters(
        counters[standard] ?? emptyCounters(),
        times(contributionCounters(contribution), given),
      );
    }
  }
  return counters;
}
