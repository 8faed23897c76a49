import type { PeriodKind, PublicPeriod } from './fiscal-periods.js';
import { suppressedCells, WHOLE_CITY, type DisclosureCell } from './disclosure-control.js';
import type { PublicCell, PublicGroup, PublicScores } from '../api/public-schemas.js';
import type { Catalogue, LocalizedText } from '../catalogue/catalogue-schema.js';
import { departmentTitle } from '../catalogue/department-titles.js';
import type { GroupCounters } from '../statistics/department-comparison.js';
import { emptyCounters } from '../statistics/response-contributions.js';
import { responseRate } from '../statistics/response-rate.js';
import { summarizeShare } from '../statistics/summarize-standard.js';

/** A group's counters with how often its survey was offered. */
export interface OfferedGroupCounters extends GroupCounters {
  offered: number;
}

/** What the staff cubes hold for one period: the whole city and each department with responses. */
export interface PublicPeriodCounters {
  period: PublicPeriod;
  city: OfferedGroupCounters;
  departments: ReadonlyMap<string, OfferedGroupCounters>;
}

export interface PublicScoresInput {
  catalogue: Catalogue;
  kind: PeriodKind;
  fiscalYearStart: number;
  minN: number;
  /** The city's own name in both languages, the title of department `*`. */
  cityTitle: LocalizedText;
  periods: readonly PublicPeriodCounters[];
}

/**
 * The open data of docs/design.md §13 from the same counters the staff scores
 * are built from: every standard's share per period for the city and each
 * department, with disclosure control (`suppressedCells`) applied across each
 * period and standard.
 *
 * @example
 * buildPublicScores({ catalogue, kind: 'quarter', fiscalYearStart: 7, minN: 30, cityTitle, periods })
 */
export function buildPublicScores(input: PublicScoresInput): PublicScores {
  const { catalogue, minN } = input;
  const slugs = new Set<string>();
  const periods = input.periods.map(({ period, city, departments }) => {
    const groups: [string, OfferedGroupCounters][] = [[WHOLE_CITY, city], ...[...departments].sort(bySlug)];
    for (const [slug] of groups.slice(1)) slugs.add(slug);
    const cells: DisclosureCell[] = groups.flatMap(([department, group]) =>
      catalogue.standards.map((standard) => ({
        period: period.label,
        department,
        standard: standard.id,
        n: group.counters[standard.id]?.n ?? 0,
      })),
    );
    const withheld = suppressedCells(cells, { minN });
    const published: PublicGroup[] = groups.map(([department, group], g) => ({
      department,
      responses: group.responses,
      offered: group.offered,
      responseRate: responseRate(group.responses, group.offered),
      standards: catalogue.standards.map((standard, s): PublicCell => {
        const share = summarizeShare(group.counters[standard.id] ?? emptyCounters(), { minN });
        return withheld[g * catalogue.standards.length + s]
          ? {
              standard: standard.id,
              n: share.n,
              favorable: null,
              score: null,
              ciLow: null,
              ciHigh: null,
              suppressed: true,
            }
          : { standard: standard.id, ...share };
      }),
    }));
    return { period: period.label, start: period.start, end: period.end, groups: published };
  });
  return {
    period: input.kind,
    fiscalYearStart: input.fiscalYearStart,
    minN,
    standards: catalogue.standards.map(({ id, title }) => ({ id, title })),
    departments: [
      { id: WHOLE_CITY, title: input.cityTitle },
      ...[...slugs].sort().map((slug) => ({ id: slug, title: departmentTitle(catalogue, slug) })),
    ],
    periods,
  };
}

const bySlug = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** The columns of the open data's CSV, in order (docs/design.md §13). */
export const PUBLIC_CSV_COLUMNS = [
  'period',
  'department',
  'standard',
  'n',
  'favorable',
  'score',
  'ciLow',
  'ciHigh',
  'suppressed',
] as const;

/** One row of the CSV: a period × department × standard. */
export type PublicScoreRow = Record<(typeof PUBLIC_CSV_COLUMNS)[number], string | number | boolean | null>;

/**
 * The open data as rows, one per period × department × standard.
 *
 * @example
 * publicScoreRows(scores)[0] // → { period: 'FY2027-Q1', department: '*', standard: 'same-day-response', n: 412, … }
 */
export function publicScoreRows(scores: PublicScores): PublicScoreRow[] {
  return scores.periods.flatMap(({ period, groups }) =>
    groups.flatMap(({ department, standards }) => standards.map((cell) => ({ period, department, ...cell }))),
  );
}
