import type { LanguagesResult } from '../api/languages-schemas.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { LANGUAGE_ORDER } from '../catalogue/language-names.js';
import { compareGroupsWithRest, sharesOfAll, type GroupCounters } from './groups-versus-rest.js';
import { DEFAULT_MIN_N } from './thresholds.js';

export interface LanguageComparisonInput {
  catalogue: Catalogue;
  from: string;
  to: string;
  minN?: number;
  /** Every response of the range and filters, whatever its language. */
  all: GroupCounters;
  /** Each response language with responses, by locale. */
  languages: ReadonlyMap<string, GroupCounters>;
  /** False Discovery Rate over every language × standard cell. */
  q?: number;
}

/**
 * The answer of `GET /api/v1/scores/languages` (docs/design.md §14): each
 * response language against every response in another, with the same test
 * and Benjamini–Hochberg correction as the department comparison. Languages
 * come in the order of the offered locales, then any other alphabetically.
 *
 * @example
 * buildLanguageComparison({ catalogue, from: '2026-04-01', to: '2026-06-30', all, languages })
 */
export function buildLanguageComparison(input: LanguageComparisonInput): LanguagesResult {
  const minN = input.minN ?? DEFAULT_MIN_N;
  const { catalogue, all } = input;
  const order = (locale: string) => {
    const at = LANGUAGE_ORDER.indexOf(locale);
    return at === -1 ? LANGUAGE_ORDER.length : at;
  };
  const ids = [...input.languages.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const rows = compareGroupsWithRest({ catalogue, minN, all, groups: input.languages, ids, q: input.q });
  return {
    from: input.from,
    to: input.to,
    minN,
    all: sharesOfAll(catalogue, all, minN),
    languages: rows.map(({ id, responses, standards }) => ({ locale: id, responses, standards })),
  };
}
