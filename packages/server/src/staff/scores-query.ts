import type { Client } from '@libsql/client';
import { buildScoresResult, type Catalogue, type ScoresResult } from '@mv-feedback/scoring';
import { readCounts, readOffered, readStandardCounters } from './cube-reader.js';
import { previousPeriod, type StaffFilters } from '../filters/staff-filters.js';
import { countersSettled } from './settled-counters.js';

export interface ScoresOptions {
  catalogue: Catalogue;
  minN: number;
}

/**
 * The answer of `GET /api/v1/scores` (and `mv-feedback report --format json`):
 * every standard over the range, with the change against the previous period
 * of equal length and the response rate, computed by the scoring library from the rollup cube.
 *
 * @example
 * const result = await computeScores(db, { catalogue, minN: 10 }, { from: '2026-01-01', to: '2026-01-31' });
 */
export async function computeScores(
  db: Client,
  { catalogue, minN }: ScoresOptions,
  filters: StaffFilters,
): Promise<ScoresResult> {
  await countersSettled(db, catalogue);
  const previous = previousPeriod(filters);
  const [current, before, counts, offered] = await Promise.all([
    readStandardCounters(db, catalogue, filters),
    readStandardCounters(db, catalogue, { ...filters, ...previous }),
    readCounts(db, filters),
    readOffered(db, filters),
  ]);
  return buildScoresResult({
    catalogue,
    from: filters.from,
    to: filters.to,
    minN,
    responses: counts.responses,
    offered,
    comments: counts.comments,
    commentsByStandard: commentsByStandard(catalogue, counts.commentsBySurvey),
    current,
    previous: { ...previous, counters: before },
  });
}

/** Comments are filed under the standard of their survey's comment prompt. */
export function commentsByStandard(
  catalogue: Catalogue,
  commentsBySurvey: Readonly<Record<string, number>>,
): Record<string, number> {
  const byStandard: Record<string, number> = {};
  for (const survey of catalogue.surveys) {
    const comments = commentsBySurvey[survey.id] ?? 0;
    if (survey.comment && comments > 0) {
      byStandard[survey.comment.standard] = (byStandard[survey.comment.standard] ?? 0) + comments;
    }
  }
  return byStandard;
}
