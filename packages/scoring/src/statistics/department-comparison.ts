import type { DepartmentsResult } from '../api/api-schemas.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { departmentTitle } from '../catalogue/department-titles.js';
import { compareGroupsWithRest, sharesOfAll, type GroupCounters } from './groups-versus-rest.js';
import { DEFAULT_MIN_N } from './thresholds.js';

export type { GroupCounters } from './groups-versus-rest.js';

export interface DepartmentComparisonInput {
  catalogue: Catalogue;
  from: string;
  to: string;
  minN?: number;
  /** Every response of the range and filters, with or without a department. */
  city: GroupCounters;
  /** Each department with responses, by slug. */
  departments: ReadonlyMap<string, GroupCounters>;
  /** False Discovery Rate over every department × standard cell. */
  q?: number;
}

/**
 * The answer of `GET /api/v1/scores/departments`: each department against the
 * rest of the city (every response of the range minus the department's),
 * tested as a change is (pooled z-test, or Fisher's exact test for small
 * expected counts) and only where neither side is suppressed;
 * Benjamini–Hochberg over every department × standard cell. Departments come
 * in catalogue order, then unlisted slugs alphabetically.
 *
 * @example
 * buildDepartmentComparison({ catalogue, from: '2026-04-01', to: '2026-06-30', city, departments })
 */
export function buildDepartmentComparison(input: DepartmentComparisonInput): DepartmentsResult {
  const minN = input.minN ?? DEFAULT_MIN_N;
  const { catalogue, city } = input;
  const listed = (catalogue.departments ?? []).map((d) => d.id);
  const order = (id: string) => (listed.includes(id) ? listed.indexOf(id) : listed.length);
  const ids = [...input.departments.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const rows = compareGroupsWithRest({ catalogue, minN, all: city, groups: input.departments, ids, q: input.q });
  return {
    from: input.from,
    to: input.to,
    minN,
    city: sharesOfAll(catalogue, city, minN),
    departments: rows.map(({ id, responses, standards }) => ({
      id,
      title: departmentTitle(catalogue, id),
      responses,
      standards,
    })),
  };
}
