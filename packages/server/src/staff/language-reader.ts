import type { Client } from '@libsql/client';
import type { Catalogue, CountersByStandard, GroupCounters } from '@mv-feedback/scoring';
import { responseFilterSql } from '../filters/response-filter-sql.js';
import type { StaffFilters } from '../filters/staff-filters.js';
import { countersOfAnswerSets, type AnswerSet } from './answer-sets.js';
import { readCounts, readStandardCounters } from './cube-reader.js';

/** The language the cubes' totals are split from: most responses are in it, so its rows are never read. */
export const MAJORITY_LOCALE = 'en';

/** Every response of a slice, and each language's share of it. */
export interface LanguageCounters {
  all: GroupCounters;
  languages: Map<string, GroupCounters>;
}

/**
 * Responses and per-standard counters of each response language over a
 * slice. The cubes have no language (docs/design.md §14), so the responses
 * not in English are read, grouped by their answer sets (`answer-sets.ts`);
 * English is what the cubes hold less the rest, so its rows are never scored.
 *
 * @example
 * const { all, languages } = await readLanguageCounters(db, catalogue, { from: '2026-01-01', to: '2026-03-31' });
 */
export async function readLanguageCounters(
  db: Client,
  catalogue: Catalogue,
  filters: StaffFilters,
): Promise<LanguageCounters> {
  const { where, args } = responseFilterSql(filters);
  const [counters, counts, grouped] = await Promise.all([
    readStandardCounters(db, catalogue, filters),
    readCounts(db, filters),
    db.execute({
      sql: `SELECT locale, survey, answers, count(*) AS given FROM responses
        WHERE ${where} AND locale <> ? GROUP BY locale, survey, answers`,
      args: [...args, MAJORITY_LOCALE],
    }),
  ]);
  const all: GroupCounters = { responses: counts.responses, counters };
  const setsByLocale = new Map<string, AnswerSet[]>();
  for (const row of grouped.rows) {
    const locale = String(row.locale);
    const sets = setsByLocale.get(locale) ?? [];
    sets.push({ survey: String(row.survey), answers: String(row.answers), given: Number(row.given) });
    setsByLocale.set(locale, sets);
  }
  const languages = new Map<string, GroupCounters>();
  for (const [locale, sets] of setsByLocale) {
    languages.set(locale, {
      responses: sets.reduce((sum, set) => sum + set.given, 0),
      counters: countersOfAnswerSets(catalogue, sets),
    });
  }
  const majority = remainder(all, [...languages.values()]);
  if (majority.responses > 0) languages.set(MAJORITY_LOCALE, majority);
  return { all, languages };
}

/** Every response less the groups given. */
function remainder(all: GroupCounters, groups: readonly GroupCounters[]): GroupCounters {
  const counters: CountersByStandard = {};
  // Shares only: α's sums are not split by language.
  for (const [standard, total] of Object.entries(all.counters)) {
    const left = { ...total, alpha: null };
    for (const group of groups) {
      const part = group.counters[standard];
      if (!part) continue;
      left.n -= part.n;
      left.favorable -= part.favorable;
      left.sumV -= part.sumV;
      left.sumV2 -= part.sumV2;
    }
    if (left.n > 0) counters[standard] = left;
  }
  return { responses: all.responses - groups.reduce((sum, group) => sum + group.responses, 0), counters };
}
