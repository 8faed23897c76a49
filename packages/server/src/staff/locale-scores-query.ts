import type { Client } from '@libsql/client';
import { buildScoresResult, type CountersByStandard, type ScoresResult } from '@mv-feedback/scoring';
import { responseFilterSql } from '../filters/response-filter-sql.js';
import { previousPeriod, type StaffFilters } from '../filters/staff-filters.js';
import { countersOfAnswerSets, type AnswerSet } from './answer-sets.js';
import { commentsByStandard, type ScoresOptions } from './scores-query.js';

interface LocaleSlice {
  responses: number;
  comments: number;
  commentsBySurvey: Record<string, number>;
  counters: CountersByStandard;
}

/** One language's responses over a range, read from the `responses` table grouped by answer set. */
async function readLocaleSlice(
  db: Client,
  options: ScoresOptions,
  filters: StaffFilters,
  locale: string,
): Promise<LocaleSlice> {
  const { where, args } = responseFilterSql(filters);
  const { rows } = await db.execute({
    sql: `SELECT survey, answers, count(*) AS given, count(comment) AS comments FROM responses
      WHERE ${where} AND locale = ? GROUP BY survey, answers`,
    args: [...args, locale],
  });
  const sets: AnswerSet[] = [];
  const slice: LocaleSlice = { responses: 0, comments: 0, commentsBySurvey: {}, counters: {} };
  for (const row of rows) {
    const set = { survey: String(row.survey), answers: String(row.answers), given: Number(row.given) };
    sets.push(set);
    slice.responses += set.given;
    slice.comments += Number(row.comments);
    slice.commentsBySurvey[set.survey] = (slice.commentsBySurvey[set.survey] ?? 0) + Number(row.comments);
  }
  slice.counters = countersOfAnswerSets(options.catalogue, sets);
  return slice;
}

/**
 * `GET /api/v1/scores?locale=…` (docs/design.md §14): the scores of the
 * responses given in one language, with the change against the previous
 * period. The cubes have no language, so the rows are read; an offer has no
 * language either, so `offered` is 0 and the response rate null.
 *
 * @example
 * const result = await computeLocaleScores(db, { catalogue, minN: 10 }, { from: '2026-01-01', to: '2026-01-31' }, 'es');
 */
export async function computeLocaleScores(
  db: Client,
  options: ScoresOptions,
  filters: StaffFilters,
  locale: string,
): Promise<ScoresResult> {
  const previous = previousPeriod(filters);
  const [current, before] = await Promise.all([
    readLocaleSlice(db, options, filters, locale),
    readLocaleSlice(db, options, { ...filters, ...previous }, locale),
  ]);
  return buildScoresResult({
    catalogue: options.catalogue,
    from: filters.from,
    to: filters.to,
    minN: options.minN,
    responses: current.responses,
    offered: 0,
    comments: current.comments,
    commentsByStandard: commentsByStandard(options.catalogue, current.commentsBySurvey),
    current: current.counters,
    previous: { ...previous, counters: before.counters },
  });
}
