import type { InValue } from '@libsql/client';
import { mergeCounters, type StandardCounters } from '@mv-feedback/scoring';
import { cubeSums } from './cube-cells.js';
import { mergedAlphaSql } from './merged-alpha-sql.js';
import { SummedRows, chunked, placeholders, upsertSums, type SqlStatement } from './sql-batches.js';

/** The language the cubes' totals are split from: most responses are in it, so it has no rows of its own. */
export const MAJORITY_LOCALE = 'en';

/** One stored response as the language cube counts it: where, when, in which language, and its counters. */
export interface LanguageCubeEntry {
  locale: string;
  day: string;
  department: string;
  channel: string;
  survey: string;
  commented: boolean;
  /** Its counters for each standard it counts for. */
  counters: readonly { standard: string; counters: StandardCounters }[];
}

const upsertRollups = upsertSums(
  'language_rollup_cube',
  ['department', 'channel', 'survey', 'day', 'locale', 'standard'],
  ['n', 'favorable', 'sum_v', 'sum_v2'],
);
const upsertCounts = upsertSums(
  'language_count_cube',
  ['department', 'channel', 'day', 'survey', 'locale'],
  ['responses', 'comments'],
);
const upsertAlpha = (
  rows: number,
) => `INSERT INTO language_alpha (locale, day, department, channel, survey, standard, alpha)
  VALUES ${placeholders(rows, 7)}
  ON CONFLICT (locale, day, department, channel, survey, standard) DO UPDATE SET
    alpha = ${mergedAlphaSql('language_alpha')}`;

/**
 * The upserts that add a batch of responses to the language cube (migration
 * 8, docs/design.md §14): one row per distinct cell of the batch in the 8
 * cells of department, channel and survey, and α's sums per cell with every
 * dimension given. English responses are skipped, so they cost nothing here:
 * English is read as the totals less the other languages. Run them in the
 * transaction that stores the responses.
 *
 * @example
 * await tx.batch(languageCubeStatements([{ locale: 'es', day: '2026-05-12', department: 'library', channel: 'web',
 *   survey: 'quick', commented: false, counters: [{ standard: 'knowing-our-business', counters }] }]));
 */
export function languageCubeStatements(entries: Iterable<LanguageCubeEntry>): SqlStatement[] {
  const counts = new SummedRows();
  const list: LanguageCubeEntry[] = [];
  for (const entry of entries) {
    if (entry.locale === MAJORITY_LOCALE) continue;
    list.push(entry);
    const { locale, day, department, channel, survey } = entry;
    counts.add([department, channel, survey, day, locale], [1, entry.commented ? 1 : 0]);
  }
  const cells = cubeSums(counts, (d, c, s, [day, locale]) => [d, c, day!, s, locale!]);
  return [...languageCounterStatements(list), ...chunked(cells, upsertCounts)];
}

/**
 * The per-standard part of `languageCubeStatements` alone: the rollup cells
 * and α, for migration 8's backfill (its SQL counts the responses).
 */
export function languageCounterStatements(entries: Iterable<LanguageCubeEntry>): SqlStatement[] {
  const rollups = new SummedRows();
  const alphas = new Map<string, { key: string[]; counters: StandardCounters }>();
  for (const entry of entries) {
    const { locale, day, department, channel, survey } = entry;
    if (locale === MAJORITY_LOCALE) continue;
    for (const { standard, counters } of entry.counters) {
      rollups.add(
        [department, channel, survey, day, locale, standard],
        [counters.n, counters.favorable, counters.sumV, counters.sumV2],
      );
    }
    for (const { standard, counters } of entry.counters) {
      if (!counters.alpha) continue;
      const key = [locale, day, department, channel, survey, standard];
      const id = key.join('\u0000');
      const sofar = alphas.get(id);
      alphas.set(id, { key, counters: sofar ? mergeCounters(sofar.counters, counters) : counters });
    }
  }
  const alphaRows = [...alphas.values()].map(({ key, counters }): InValue[] => [
    ...key,
    counters.alpha ? JSON.stringify(counters.alpha) : null,
  ]);
  const cells = cubeSums(rollups, (d, c, s, rest) => [d, c, s, ...rest]);
  return [...chunked(cells, upsertRollups), ...chunked(alphaRows, upsertAlpha)];
}
