import type { Client } from '@libsql/client';
import { buildLanguageComparison, type Catalogue, type LanguagesResult } from '@mv-feedback/scoring';
import type { StaffFilters } from '../filters/staff-filters.js';
import { readLanguageCounters } from './language-reader.js';
import { countersSettled } from './settled-counters.js';

/**
 * The answer of `GET /api/v1/scores/languages` (docs/design.md §14): every
 * response language against the rest, over the range and filters.
 *
 * @example
 * const comparison = await computeLanguageComparison(db, { catalogue, minN: 10 }, { from: '2026-04-01', to: '2026-06-30' });
 */
export async function computeLanguageComparison(
  db: Client,
  { catalogue, minN }: { catalogue: Catalogue; minN: number },
  filters: StaffFilters,
): Promise<LanguagesResult> {
  await countersSettled(db, catalogue);
  const { all, languages } = await readLanguageCounters(db, catalogue, filters);
  return buildLanguageComparison({ catalogue, from: filters.from, to: filters.to, minN, all, languages });
}
