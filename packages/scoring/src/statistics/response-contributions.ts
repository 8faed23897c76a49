import type { Catalogue, Question, Survey } from '../catalogue/catalogue-schema.js';
import type { AnswerValue, Answers } from '../submission/submission-schema.js';
import {
  FAVORABLE_THRESHOLD,
  type AlphaCounters,
  type CountersByStandard,
  type StandardContribution,
  type StandardCounters,
} from './counters.js';

/** An answer on the common [0, 1] scale, or null when it was not answered (docs/design.md §4). */
export function normalizeAnswer(question: Question, value: AnswerValue | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (question.type === 'agree5') return typeof value === 'number' ? (value - 1) / 4 : null;
  if (value === 'yes') return 1;
  if (value === 'no') return 0;
  return null;
}

const itemsByCatalogue = new WeakMap<Catalogue, ReadonlyMap<string, readonly string[]>>();

/**
 * Each standard's items across the whole catalogue: every question id that
 * counts towards it in any survey, in the order first met. Cronbach's α is
 * computed over respondents who answered all of them, whichever survey they
 * took, so surveys that ask a standard differently still share one α.
 *
 * @example
 * standardItems(defaultCatalogue).get('asking-and-listening') // → ['listened']
 */
export function standardItems(catalogue: Catalogue): ReadonlyMap<string, readonly string[]> {
  let items = itemsByCatalogue.get(catalogue);
  if (!items) {
    const map = new Map<string, string[]>();
    for (const survey of catalogue.surveys) {
      for (const question of survey.questions) {
        for (const { standard } of question.standards) {
          const list = map.get(standard) ?? [];
          if (!list.includes(question.id)) list.push(question.id);
          map.set(standard, list);
        }
      }
    }
    itemsByCatalogue.set(catalogue, (items = map));
  }
  return items;
}

/** How a survey's answers make each standard's contribution, worked out once per catalogue and survey. */
interface SurveyPlan {
  readonly questions: readonly Question[];
  /** In the order the survey's questions first name them. */
  readonly standards: readonly StandardPlan[];
}

interface StandardPlan {
  readonly standard: string;
  /** Each of the survey's questions that counts towards it, as its index in `questions`, in order. */
  readonly parts: readonly { readonly index: number; readonly weight: number }[];
  /** The standard's items across the catalogue; undefined when the catalogue does not know it. */
  readonly items: readonly string[] | undefined;
  /** The question each item is in this survey, or null when one is not (no response can answer all). */
  readonly itemIndexes: readonly number[] | null;
}

const plansByCatalogue = new WeakMap<Catalogue, WeakMap<Survey, SurveyPlan>>();

function surveyPlan(catalogue: Catalogue, survey: Survey): SurveyPlan {
  let plans = plansByCatalogue.get(catalogue);
  if (!plans) plansByCatalogue.set(catalogue, (plans = new WeakMap()));
  let plan = plans.get(survey);
  if (plan) return plan;
  const parts = new Map<string, { index: number; weight: number }[]>();
  survey.questions.forEach((question, index) => {
    for (const { standard, weight } of question.standards) {
      const list = parts.get(standard) ?? [];
      list.push({ index, weight });
      parts.set(standard, list);
    }
  });
  const catalogueItems = standardItems(catalogue);
  const standards = [...parts].map(([standard, list]): StandardPlan => {
    const items = catalogueItems.get(standard);
    // A question named twice for a standard counts with its last naming, as a map of answers would keep it.
    const indexOf = new Map(list.map(({ index }) => [survey.questions[index]!.id, index]));
    const itemIndexes = items?.map((id) => indexOf.get(id) ?? -1) ?? null;
    return { standard, parts: list, items, itemIndexes: itemIndexes?.includes(-1) ? null : itemIndexes };
  });
  plans.set(survey, (plan = { questions: survey.questions, standards }));
  return plan;
}

/**
 * What one response gives each standard its survey touches: v(r,s) as the
 * weighted mean of its answered items; a standard with no answered item is
 * left out. The survey's plan (which questions count for which standard,
 * and the catalogue's items of each) is worked out once: this runs for
 * every response the server counts (docs/design.md §4).
 *
 * @example
 * responseContributions(defaultCatalogue, quickSurvey, { listened: 5, positive: null })
 * // → [{ standard: 'asking-and-listening', v: 1, favorable: true, ... }]
 */
export function responseContributions(catalogue: Catalogue, survey: Survey, answers: Answers): StandardContribution[] {
  const plan = surveyPlan(catalogue, survey);
  const xs = plan.questions.map((question) => normalizeAnswer(question, answers[question.id]));
  const contributions: StandardContribution[] = [];
  for (const { standard, parts, items, itemIndexes } of plan.standards) {
    let weighted = 0;
    let weights = 0;
    for (const { index, weight } of parts) {
      const x = xs[index]!;
      if (x !== null) {
        weighted += weight * x;
        weights += weight;
      }
    }
    if (weights === 0) continue;
    const v = weighted / weights;
    let standardItemsOf: string[];
    let completeItems: number[] | null;
    if (items === undefined) {
      // A standard the catalogue does not know: its items are the ones answered, all of them complete.
      const answered = new Map<string, number>();
      for (const { index } of parts) {
        const x = xs[index]!;
        if (x !== null) answered.set(plan.questions[index]!.id, x);
      }
      standardItemsOf = [...answered.keys()];
      completeItems = [...answered.values()];
    } else {
      standardItemsOf = [...items];
      completeItems = itemIndexes?.every((index) => xs[index] !== null) ? itemIndexes.map((index) => xs[index]!) : null;
    }
    contributions.push({
      standard,
      v,
      // A tiny tolerance so that a weighted mean landing on 0.75 by floating-point sums is still favourable.
      favorable: v >= FAVORABLE_THRESHOLD - 1e-12,
      items: standardItemsOf,
      completeItems,
    });
  }
  return contributions;
}

export const emptyCounters = (): StandardCounters => ({ n: 0, favorable: 0, sumV: 0, sumV2: 0, alpha: null });

/** The counters of a single contribution: the unit that rollups add up. */
export function contributionCounters(contribution: StandardContribution): StandardCounters {
  const { v, completeItems, items } = contribution;
  let alpha: AlphaCounters | null = null;
  if (items.length >= 2) {
    const total = completeItems ? completeItems.reduce((a, b) => a + b, 0) : 0;
    alpha = {
      items: [...items],
      complete: completeItems ? 1 : 0,
      itemSums: completeItems ? [...completeItems] : items.map(() => 0),
      itemSquares: completeItems ? completeItems.map((x) => x * x) : items.map(() => 0),
      totalSum: total,
      totalSquares: total * total,
    };
  }
  return { n: 1, favorable: contribution.favorable ? 1 : 0, sumV: v, sumV2: v * v, alpha };
}

const sameItems = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** Adds α's sums of two parts; null unless both have them for the same item set. */
export function mergeAlphaCounters(a: AlphaCounters | null, b: AlphaCounters | null): AlphaCounters | null {
  if (!a || !b || !sameItems(a.items, b.items)) return null;
  return {
    items: a.items,
    complete: a.complete + b.complete,
    itemSums: a.itemSums.map((x, i) => x + (b.itemSums[i] ?? 0)),
    itemSquares: a.itemSquares.map((x, i) => x + (b.itemSquares[i] ?? 0)),
    totalSum: a.totalSum + b.totalSum,
    totalSquares: a.totalSquares + b.totalSquares,
  };
}

/**
 * Adds two sets of counters, as for merging daily rollups. Empty counters are
 * the identity; α survives only while every part shares the same item set
 * (within one catalogue it always does: see `standardItems`).
 */
export function mergeCounters(a: StandardCounters, b: StandardCounters): StandardCounters {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  return {
    n: a.n + b.n,
    favorable: a.favorable + b.favorable,
    sumV: a.sumV + b.sumV,
    sumV2: a.sumV2 + b.sumV2,
    alpha: mergeAlphaCounters(a.alpha, b.alpha),
  };
}

/** Merges per-standard counters, e.g. the rollup rows of several days. */
export function mergeCountersByStandard(a: CountersByStandard, b: CountersByStandard): CountersByStandard {
  const merged: CountersByStandard = { ...a };
  for (const [standard, counters] of Object.entries(b)) {
    merged[standard] = mergeCounters(merged[standard] ?? emptyCounters(), counters);
  }
  return merged;
}

/** A response as the statistics need it: which survey, and the answers given. */
export interface ScoredResponse {
  survey: string;
  answers: Answers;
}

/**
 * Counters per standard straight from raw responses; equal to merging the
 * rollups of the same responses.
 */
export function countersFromResponses(catalogue: Catalogue, responses: Iterable<ScoredResponse>): CountersByStandard {
  const surveys = new Map(catalogue.surveys.map((s) => [s.id, s]));
  const counters: CountersByStandard = {};
  for (const response of responses) {
    const survey = surveys.get(response.survey);
    if (!survey) throw new Error(`unknown survey "${response.survey}"`);
    for (const contribution of responseContributions(catalogue, survey, response.answers)) {
      counters[contribution.standard] = mergeCounters(
        counters[contribution.standard] ?? emptyCounters(),
        contributionCounters(contribution),
      );
    }
  }
  return counters;
}
