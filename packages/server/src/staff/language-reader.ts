import type { Client } from '@libsql/client';
import type { Catalogue, GroupCounters } from '@mv-feedback/scoring';
import { MAJORITY_LOCALE } from '../db/store/language-cube.js';
import type { StaffFilters } from '../filters/staff-filters.js';
import { countersLess } from './counters-less.js';
import { readCounts, readStandardCounters } from './cube-reader.js';
import { readLanguageSlices } from './language-cube-reader.js';

/** Every response of a slice, and each language's share of it. */
export interface LanguageCounters {
  all: GroupCounters;
  languages: Map<string, GroupCounters>;
}

/**
 * Responses and per-standard counters of each response language over a
 * slice, from the cubes (docs/design.md §14): the languages other than
 * English from the language cube, English as the totals less the rest.
 * Shares only: α is not split by language here.
 *
 * @example
 * const { all, languages } = await readLanguageCounters(db, catalogue, { from: '2026-01-01', to: '2026-03-31' });
 */
export async function readLanguageCounters(
  db: Client,
  catalogue: Catalogue,
  filters: StaffFilters,
): Promise<LanguageCounters> {
  const [counters, counts, slices] = await Promise.all([
    readStandardCounters(db, catalogue, filters),
    readCounts(db, filters),
    readLanguageSlices(db, filters),
  ]);
  const all: GroupCounters = { responses: counts.responses, counters };
  const languages = new Map<string, GroupCounters>();
  for (const [locale, { responses, counters: counted }] of slices) {
    if (responses > 0) languages.set(locale, { responses, counters: counted });
  }
  const others = [...languages.values()];
  const majority: GroupCounters = {
    responses: all.responses - others.reduce((sum, group) => sum + group.responses, 0),
    counters: countersLess(
      all.counters,
      others.map((group) => group.counters),
    ),
  };
  if (majority.responses > 0) languages.set(MAJORITY_LOCALE, majority);
  return { all, languages };
}
