import type { Client } from '@libsql/client';
import { standardItems, type AlphaCounters, type Catalogue, type CountersByStandard } from '@mv-feedback/scoring';
import { ALL } from '../db/store/cube-cells.js';
import { overVerified } from '../db/schema/verified-twin.js';
import { mergeAlphaRows, type CubeSlice, type RangeCounts } from './cube-reader.js';

/** One language's responses over a slice: its totals and per-standard counters. */
export interface LanguageSlice extends RangeCounts {
  counters: CountersByStandard;
}

const cubeKey = (slice: CubeSlice) => [slice.department ?? ALL, slice.channel ?? ALL];

/**
 * Every language but English over a range, from the language cube (migration
 * 8, docs/design.md §14): one range scan of the slice's cell per day, with
 * each language's rows side by side, so a year reads a few thousand rows
 * whatever the filters. α is left out (`readLanguageAlpha` has it).
 *
 * @example
 * const byLanguage = await readLanguageSlices(db, { from: '2026-01-01', to: '2026-12-31' }); // → Map { 'es' → … }
 */
export async function readLanguageSlices(db: Client, slice: CubeSlice): Promise<Map<string, LanguageSlice>> {
  const surveyClause = slice.survey === undefined ? 'survey <> ?' : 'survey = ?';
  const [sums, counts] = await Promise.all([
    db.execute({
      sql: overVerified(
        `SELECT locale, standard, SUM(n) AS n, SUM(favorable) AS favorable, SUM(sum_v) AS sum_v, SUM(sum_v2) AS sum_v2
        FROM language_rollup_cube
        WHERE department = ? AND channel = ? AND survey = ? AND day BETWEEN ? AND ?
        GROUP BY locale, standard`,
        slice.verified,
      ),
      args: [...cubeKey(slice), slice.survey ?? ALL, slice.from, slice.to],
    }),
    db.execute({
      sql: overVerified(
        `SELECT locale, survey, SUM(responses) AS responses, SUM(comments) AS comments
        FROM language_count_cube
        WHERE department = ? AND channel = ? AND day BETWEEN ? AND ? AND ${surveyClause}
        GROUP BY locale, survey`,
        slice.verified,
      ),
      args: [...cubeKey(slice), slice.from, slice.to, slice.survey ?? ALL],
    }),
  ]);
  const languages = new Map<string, LanguageSlice>();
  const language = (locale: unknown) => {
    const key = String(locale);
    let found = languages.get(key);
    if (!found) languages.set(key, (found = { responses: 0, comments: 0, commentsBySurvey: {}, counters: {} }));
    return found;
  };
  for (const row of counts.rows) {
    const found = language(row.locale);
    found.responses += Number(row.responses);
    found.comments += Number(row.comments);
    found.commentsBySurvey[String(row.survey)] = Number(row.comments);
  }
  for (const row of sums.rows) {
    const n = Number(row.n);
    if (n === 0) continue;
    language(row.locale).counters[String(row.standard)] = {
      n,
      favorable: Number(row.favorable),
      sumV: Number(row.sum_v),
      sumV2: Number(row.sum_v2),
      alpha: null,
    };
  }
  return languages;
}

/**
 * α's sums per standard of the languages given (none of them English) over a
 * slice, merged together from the language cube's cells with every dimension
 * given, as the totals' are from the daily rollups.
 *
 * @example
 * const alpha = await readLanguageAlpha(db, catalogue, { from: '2026-01-01', to: '2026-01-31' }, ['es']);
 */
export async function readLanguageAlpha(
  db: Client,
  catalogue: Catalogue,
  slice: CubeSlice,
  locales: readonly string[],
): Promise<Map<string, AlphaCounters>> {
  if (locales.length === 0) return new Map();
  const where = [`locale IN (${locales.map(() => '?').join(', ')})`, 'day BETWEEN ? AND ?', 'alpha IS NOT NULL'];
  const args = [...locales, slice.from, slice.to];
  for (const key of ['department', 'channel', 'survey'] as const) {
    const value = slice[key];
    if (value !== undefined) {
      where.push(`${key} = ?`);
      args.push(value);
    }
  }
  const { rows } = await db.execute({
    sql: overVerified(`SELECT standard, alpha FROM language_alpha WHERE ${where.join(' AND ')}`, slice.verified),
    args,
  });
  return mergeAlphaRows(rows, standardItems(catalogue));
}
