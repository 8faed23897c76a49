import {
  PeriodKindSchema,
  QueryDaySchema,
  addDays,
  cityDay,
  daysBetweenInclusive,
  endedPeriods,
  lastEndedPeriods,
  type PeriodKind,
  type PublicPeriod,
} from '@mv-feedback/scoring';
import type { ApiIssue } from '../http/api-error.js';
import { MAX_RANGE_DAYS } from '../filters/staff-filters.js';
import { unexpectedParameters } from '../filters/query-parameters.js';

/** Without `from`, the open data covers the last two years of quarters, or the last year of months. */
const DEFAULT_PERIODS: Record<PeriodKind, number> = { quarter: 8, month: 12 };

export const PUBLIC_PARAMETERS = ['period', 'from', 'to'] as const;

export type PublicPeriodsOutcome =
  { ok: true; kind: PeriodKind; periods: PublicPeriod[] } | { ok: false; issues: ApiIssue[] };

export interface PublicPeriodsContext {
  timezone: string;
  fiscalYearStart: number;
  now: Date;
}

/**
 * The ended periods a public request asks for: `period=quarter|month`
 * (default quarter), and the days `from`–`to` whose periods are given whole
 * (default: the last 8 quarters or 12 months). A period still running is
 * never given (docs/design.md §13).
 *
 * @example
 * publicPeriods(new URLSearchParams('period=month&from=2026-01-01&to=2026-03-31'), { timezone, fiscalYearStart: 7, now })
 */
export function publicPeriods(search: URLSearchParams, context: PublicPeriodsContext): PublicPeriodsOutcome {
  const issues = unexpectedParameters(search, PUBLIC_PARAMETERS);
  const kind = PeriodKindSchema.safeParse(search.get('period') ?? 'quarter');
  if (!kind.success) issues.push({ path: 'period', message: 'must be quarter or month' });
  const day = (key: 'from' | 'to') => {
    const raw = search.get(key);
    if (raw === null || raw === '') return undefined;
    const parsed = QueryDaySchema.safeParse(raw);
    if (!parsed.success) issues.push({ path: key, message: parsed.error.issues[0]?.message ?? 'must be YYYY-MM-DD' });
    return parsed.data;
  };
  const given = { from: day('from'), to: day('to') };
  if (issues.length > 0 || !kind.success) return { ok: false, issues };
  const today = cityDay(context.now, context.timezone);
  const to = given.to ?? addDays(today, -1);
  const from =
    given.from ??
    lastEndedPeriods(
      kind.data,
      DEFAULT_PERIODS[kind.data],
      to < today ? addDays(to, 1) : today,
      context.fiscalYearStart,
    )[0]?.start ??
    to;
  if (from > to) return { ok: false, issues: [{ path: 'from', message: `must not be after "to" (${to})` }] };
  if (daysBetweenInclusive(from, to) > MAX_RANGE_DAYS) {
    return { ok: false, issues: [{ path: 'to', message: `a range may span at most ${MAX_RANGE_DAYS} days` }] };
  }
  const periods = endedPeriods({ kind: kind.data, from, to, today, fiscalYearStart: context.fiscalYearStart });
  return { ok: true, kind: kind.data, periods };
}
