import { ScoreFiltersSchema, addDays, cityDay, daysBetweenInclusive, formatPath } from '@mv-feedback/scoring';
import type { ApiIssue } from '../http/api-error.js';
import { readableDepartment } from '../auth/department-scope.js';
import type { StaffPrincipal } from '../auth/tokens.js';

/** Days a staff query covers by default, ending today (docs/design.md §5). */
export const DEFAULT_RANGE_DAYS = 30;
/** The longest range one query may ask for: ten years, so a trend stays a sane size. */
export const MAX_RANGE_DAYS = 3660;

/** Filters after defaults: a closed range of city days and optional slices. */
export interface StaffFilters {
  from: string;
  to: string;
  department?: string;
  channel?: string;
  survey?: string;
  /** Only responses that answered an invitation (docs/design.md §9): read from the verified twins of the cubes. */
  verified?: boolean;
}

export type FiltersOutcome =
  | { ok: true; filters: StaffFilters }
  | { ok: false; status: 400 | 403; code: string; message: string; issues?: ApiIssue[] };

/** The query parameters of every staff query. */
export const FILTER_KEYS = ['from', 'to', 'department', 'channel', 'survey', 'verified'] as const;

/**
 * Reads the filters every staff query takes from query parameters, fills the
 * default range (the last 30 days up to today in the city's time zone) and
 * applies a department-scoped token: naming no department means its own,
 * naming another is refused (403).
 *
 * @example
 * parseStaffFilters({ from: '2026-01-01', to: '2026-01-31' }, { timezone: 'America/Los_Angeles' })
 */
export function parseStaffFilters(
  query: Record<string, string | undefined>,
  {
    timezone,
    now = new Date(),
    staff,
    surveys,
  }: { timezone: string; now?: Date; staff?: StaffPrincipal; surveys?: readonly string[] },
): FiltersOutcome {
  // An empty parameter (`department=`) means "not filtered", as a form would send it.
  const raw: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = ScoreFiltersSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      status: 400,
      code: 'invalid_filters',
      message: 'The query filters are not valid.',
      issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const { from: givenFrom, to: givenTo, ...slices } = parsed.data;
  const to = givenTo ?? (givenFrom ? maxDay(givenFrom, cityDay(now, timezone)) : cityDay(now, timezone));
  const from = givenFrom ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  const issues: ApiIssue[] = [];
  if (slices.survey && surveys && !surveys.includes(slices.survey)) {
    issues.push({ path: 'survey', message: `unknown survey "${slices.survey}" (known: ${surveys.join(', ')})` });
  }
  if (from > to) issues.push({ path: 'from', message: `must not be after "to" (${to})` });
  else if (daysBetweenInclusive(from, to) > MAX_RANGE_DAYS) {
    issues.push({ path: 'to', message: `a range may span at most ${MAX_RANGE_DAYS} days` });
  }
  if (issues.length > 0) {
    return { ok: false, status: 400, code: 'invalid_filters', message: 'The query filters are not valid.', issues };
  }
  const scoped = readableDepartment(staff, slices.department);
  if (!scoped.ok) return { ok: false, status: 403, code: 'forbidden', message: scoped.message };
  if (scoped.department !== undefined) slices.department = scoped.department;
  return { ok: true, filters: { from, to, ...slices } };
}

const maxDay = (a: string, b: string) => (a > b ? a : b);

/** The period of equal length just before a range. */
export function previousPeriod({ from, to }: { from: string; to: string }): { from: string; to: string } {
  const length = daysBetweenInclusive(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}
