import type { Share, VersusRest } from '../api/api-schemas.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import type { CountersByStandard, StandardCounters } from './counters.js';
import { proportionChange } from './proportion-change.js';
import { emptyCounters } from './response-contributions.js';
import { summarizeShare } from './summarize-standard.js';

/** Responses and per-standard counters of one group: every response, one department, one language. */
export interface GroupCounters {
  responses: number;
  counters: CountersByStandard;
}

/** One group's row: its responses and, per standard of the catalogue, its share against the rest. */
export interface GroupVersusRest {
  id: string;
  responses: number;
  standards: (Share & { vsRest: VersusRest })[];
}

// Shares only: a comparison publishes no means, and their t-quantiles would cost more than all the rest.
export const shareOf = (id: string, counters: StandardCounters, minN: number): Share => ({
  id,
  ...summarizeShare(counters, { minN }),
});

/**
 * Each group against the rest (every response of `all` minus the group's),
 * tested as a change is (pooled z-test, or Fisher's exact test for small
 * expected counts) and only where neither side is suppressed;
 * Benjamini–Hochberg over every group × standard cell. Rows keep `ids`' order.
 *
 * @example
 * compareGroupsWithRest({ catalogue, minN: 10, all, groups, ids: ['permits', 'library'] })
 */
export function compareGroupsWithRest(input: {
  catalogue: Catalogue;
  minN: number;
  all: GroupCounters;
  groups: ReadonlyMap<string, GroupCounters>;
  ids: readonly string[];
  q?: number | undefined;
}): GroupVersusRest[] {
  const { catalogue, all, minN } = input;
  const rows = input.ids.map((id) => {
    const group = input.groups.get(id) ?? { responses: 0, counters: {} };
    const cells = catalogue.standards.map((standard) => {
      const own = group.counters[standard.id] ?? emptyCounters();
      const every = all.counters[standard.id] ?? emptyCounters();
      const rest = { n: every.n - own.n, favorable: every.favorable - own.favorable };
      const cell = shareOf(standard.id, own, minN);
      const test = !cell.suppressed && rest.n >= minN ? proportionChange(own, rest) : null;
      return { cell, test };
    });
    return { id, responses: group.responses, cells };
  });
  const significant = benjaminiHochberg(
    rows.flatMap((row) => row.cells.map(({ test }) => test?.pValue ?? null)),
    input.q ?? 0.05,
  );
  let index = 0;
  return rows.map(({ id, responses, cells }) => ({
    id,
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
  }));
}

/** Every response's share per standard, with the standards' titles. */
export function sharesOfAll(catalogue: Catalogue, all: GroupCounters, minN: number) {
  return {
    responses: all.responses,
    standards: catalogue.standards.map((standard) => ({
      ...shareOf(standard.id, all.counters[standard.id] ?? emptyCounters(), minN),
      title: standard.title,
    })),
  };
}
