import type { Client } from '@libsql/client';
import { buildScoresResult, type Catalogue, type ScoresResult } from '@mv-feedback/scoring';
import { MAJORITY_LOCALE } from '../db/store/language-cube.js';
import { previousPeriod, type StaffFilters } from '../filters/staff-filters.js';
import { countersLess } from './counters-less.js';
import { readCounts, readStandardCounters } from './cube-reader.js';
import { readLanguageAlpha, readLanguageSlices, type LanguageSlice } from './language-cube-reader.js';
import { commentsByStandard, type ScoresOptions } from './scores-query.js';
import { countersSettled } from './settled-counters.js';

const emptySlice = (): LanguageSlice => ({ responses: 0, comments: 0, commentsBySurvey: {}, counters: {} });

/**
 * One language's responses over a range, from the cubes: a language other
 * than English from the language cube, English as the totals less every
 * other language (α too), so no response row is read.
 */
async function readLocaleSlice(
  db: Client,
  catalogue: Catalogue,
  filters: StaffFilters,
  locale: string,
): Promise<LanguageSlice> {
  const others = await readLanguageSlices(db, filters);
  if (locale !== MAJORITY_LOCALE) {
    const slice = others.get(locale) ?? emptySlice();
    for (const [standard, alpha] of await readLanguageAlpha(db, catalogue, filters, [locale])) {
      const counted = slice.counters[standard];
      if (counted) counted.alpha = alpha;
    }
    return slice;
  }
  const [counters, counts, alpha] = await Promise.all([
    readStandardCounters(db, catalogue, filters),
    readCounts(db, filters),
    readLanguageAlpha(db, catalogue, filters, [...others.keys()]),
  ]);
  const slice: LanguageSlice = { ...counts, counters: {} };
  for (const other of others.values()) {
    slice.responses -= other.responses;
    slice.comments -= other.comments;
    for (const [survey, comments] of Object.entries(other.commentsBySurvey)) {
      slice.commentsBySurvey[survey] = (slice.commentsBySurvey[survey] ?? 0) - comments;
    }
  }
  slice.counters = countersLess(
    counters,
    [...others.values()].map((other) => other.counters),
    alpha,
  );
  return slice;
}

/**
 * `GET /api/v1/scores?locale=…` (docs/design.md §14): the scores of the
 * responses given in one language, with the change against the previous
 * period, from the cubes and the language cube. An offer has no language,
 * so `offered` is 0 and the response rate null.
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
  await countersSettled(db, options.catalogue);
  const previous = previousPeriod(filters);
  const [current, before] = await Promise.all([
    readLocaleSlice(db, options.catalogue, filters, locale),
    readLocaleSlice(db, options.catalogue, { ...filters, ...previous }, locale),
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
