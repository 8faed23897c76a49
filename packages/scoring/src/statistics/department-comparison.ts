import type { DepartmentsResult, Share } from '../api/api-schemas.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { departmentTitle } from '../catalogue/department-titles.js';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import type { CountersByStandard, StandardCounters } from './counters.js';
import { proportionChange } from './proportion-change.js';
import { emptyCounters } from './response-contributions.js';
import { summarizeShare } from './summarize-standard.js';
import { DEFAULT_MIN_N } from './thresholds.js';

/** Responses and per-standard counters of one group: the whole city, or one department. */
export interface GroupCounters {
  responses: number;
  counters: CountersByStandard;
}

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

// Shares only: a comparison publishes no means, and their t-quantiles would cost more than all the rest.
const share = (id: string, counters: StandardCounters, minN: number): Share => ({
  id,
  ...summarizeShare(counters, { minN }),
});

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
  const rows = ids.map((id) => {
    const department = input.departments.get(id)!;
    const cells = catalogue.standards.map((standard) => {
      const own = department.counters[standard.id] ?? emptyCounters();
      const all = city.counters[standard.id] ?? emptyCounters();
      const rest = { n: all.n - own.n, favorable: all.favorable - own.favorable };
      const cell = share(standard.id, own, minN);
      const test = !cell.suppressed && rest.n >= minN ? proportionChange(own, rest) : null;
      return { cell, test };
    });
    return { id, responses: department.responses, cells };
  });
  const significant = benjaminiHochberg(
    rows.flatMap((row) => row.cells.map(({ test }) => test?.pValue ?? null)),
    input.q ?? 0.05,
  );
  let index = 0;
  return {
    from: input.from,
    to: input.to,
    minN,
    city: {
      responses: city.responses,
      standards: catalogue.standards.map((standard) => ({
        ...share(standard.id, city.counters[standard.id] ?? emptyCounters(), minN),
        title: standard.title,
      })),
    },
    departments: rows.map(({ id, responses, cells }) => ({
      id,
      title: departmentTitle(catalogue, id),
      responses,
      standards: cells.map(({ cell, test }) => ({
        ...cell,
        vsRest: {
          delta: test ? 100 * test.delta : null,
          pValue: test ? test.pValue : null,
          test: test ? test.test : null,
          significant: significant[index++] ?? false,
        },
      })),
    })),
  };
}
