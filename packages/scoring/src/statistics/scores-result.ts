import type { ScoresResult, StandardScore } from '../api/api-schemas.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import type { CountersByStandard } from './counters.js';
import { proportionChange } from './proportion-change.js';
import { responseRate } from './response-rate.js';
import { emptyCounters } from './response-contributions.js';
import { summarizeStandard } from './summarize-standard.js';
import { DEFAULT_MIN_N } from './thresholds.js';

/** Counters per standard over a range of days. */
export interface PeriodCounters {
  from: string;
  to: string;
  counters: CountersByStandard;
}

export interface ScoresInput {
  catalogue: Catalogue;
  from: string;
  to: string;
  minN?: number;
  /** Responses in the period (all of them, scored or comment-only). */
  responses: number;
  /** Times the survey was offered over the same filters (impressions and hosted page opens). */
  offered: number;
  /** Comments in the period, in all and by the standard their survey files them under. */
  comments: number;
  commentsByStandard?: Record<string, number>;
  current: CountersByStandard;
  /** The previous period of equal length (its days and counters); omit to give no change. */
  previous?: PeriodCounters;
  /** False Discovery Rate for the change tests. */
  q?: number;
}

/**
 * The answer of `GET /api/v1/scores`: every standard of the catalogue in
 * catalogue order, with its change against the previous period and
 * significance after Benjamini–Hochberg across the standards.
 *
 * @example
 * buildScoresResult({ catalogue, from: '2026-02-01', to: '2026-02-28', responses: 40, offered: 300, comments: 3, current,
 *   previous: { from: '2026-01-04', to: '2026-01-31', counters } })
 */
export function buildScoresResult(input: ScoresInput): ScoresResult {
  const minN = input.minN ?? DEFAULT_MIN_N;
  const rows = input.catalogue.standards.map((standard) => {
    const current = input.current[standard.id] ?? emptyCounters();
    const summary = summarizeStandard(current, { minN });
    let change: StandardScore['change'] = null;
    if (input.previous) {
      const previous = input.previous.counters[standard.id] ?? emptyCounters();
      const previousSummary = summarizeStandard(previous, { minN });
      const testable = !summary.suppressed && !previousSummary.suppressed;
      const test = testable ? proportionChange(current, previous) : null;
      change = {
        previousFrom: input.previous.from,
        previousTo: input.previous.to,
        previousN: previous.n,
        previousScore: previousSummary.score,
        delta: test ? 100 * test.delta : null,
        pValue: test ? test.pValue : null,
        test: test ? test.test : null,
        significant: false,
      };
    }
    return { standard, summary, change };
  });
  const significant = benjaminiHochberg(
    rows.map((row) => row.change?.pValue ?? null),
    input.q ?? 0.05,
  );
  return {
    from: input.from,
    to: input.to,
    minN,
    responses: input.responses,
    offered: input.offered,
    responseRate: responseRate(input.responses, input.offered),
    comments: input.comments,
    standards: rows.map(({ standard, summary, change }, i) => ({
      id: standard.id,
      title: standard.title,
      ...summary,
      comments: input.commentsByStandard?.[standard.id] ?? 0,
      change: change && { ...change, significant: significant[i] ?? false },
    })),
  };
}
