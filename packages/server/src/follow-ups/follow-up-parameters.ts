import { addDays, cityDay, isIsoDay, SLUG_PATTERN, zonedInstant, type FollowUpStatus } from '@mv-feedback/scoring';
import { readableDepartment } from '../auth/department-scope.js';
import type { StaffPrincipal } from '../auth/tokens.js';
import { DEFAULT_RANGE_DAYS } from '../filters/staff-filters.js';
import type { ApiIssue } from '../http/api-error.js';
import { decodeCursor } from './follow-up-reads.js';

export const DEFAULT_FOLLOW_UPS_LIMIT = 50;
export const MAX_FOLLOW_UPS_LIMIT = 200;

type Query = Record<string, string | undefined>;
export type ParametersOutcome<T> =
  { ok: true; value: T } | { ok: false; status: 400 | 403; issues: ApiIssue[]; message: string };

export interface Period {
  from: string;
  to: string;
  start: string;
  end: string;
}

// The first and last days a list takes when none is named: every request kept.
const EARLIEST = '2000-01-01';
const LATEST = '9999-12-30';

/** A range of city days and its instants; unnamed ends default to `defaults`. */
function period(query: Query, timezone: string, defaults: { from: string; to: string }, issues: ApiIssue[]): Period {
  const from = query.from || defaults.from;
  const to = query.to || defaults.to;
  for (const [name, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isIsoDay(day)) issues.push({ path: name, message: 'must be a day written YYYY-MM-DD' });
  }
  if (issues.length === 0 && from > to) issues.push({ path: 'from', message: `must not be after "to" (${to})` });
  if (issues.length > 0) return { from, to, start: '', end: '' };
  return {
    from,
    to,
    start: zonedInstant(from, 0, timezone).toISOString(),
    end: zonedInstant(addDays(to, 1), 0, timezone).toISOString(),
  };
}

/** The department read: the one named (checked) or, for a scoped token, its own; another is 403. */
function department(query: Query, staff: StaffPrincipal, issues: ApiIssue[]): string | undefined | Error {
  const named = query.department || undefined;
  if (named !== undefined && !SLUG_PATTERN.test(named)) {
    issues.push({ path: 'department', message: 'must be a department slug' });
    return undefined;
  }
  const scoped = readableDepartment(staff, named);
  return scoped.ok ? scoped.department : new Error(scoped.message);
}

export interface ListParameters extends Period {
  status: FollowUpStatus | 'all';
  department?: string | undefined;
  after?: [string, string] | undefined;
  limit: number;
  contact: boolean;
}

/**
 * `GET /follow-ups`: status (default all), department, from/to (city days,
 * default every request), cursor, limit and contact.
 */
export function listParameters(
  query: Query,
  staff: StaffPrincipal,
  timezone: string,
): ParametersOutcome<ListParameters> {
  const issues: ApiIssue[] = [];
  const status = query.status || 'all';
  if (!['open', 'acknowledged', 'closed', 'all'].includes(status)) {
    issues.push({ path: 'status', message: 'must be open, acknowledged, closed or all' });
  }
  const range = period(query, timezone, { from: EARLIEST, to: LATEST }, issues);
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (after === null) issues.push({ path: 'cursor', message: 'is not a cursor this server gave' });
  const limit = query.limit ? Number(query.limit) : DEFAULT_FOLLOW_UPS_LIMIT;
  if (!/^\d+$/.test(query.limit ?? '1') || limit < 1 || limit > MAX_FOLLOW_UPS_LIMIT) {
    issues.push({ path: 'limit', message: `must be a whole number from 1 to ${MAX_FOLLOW_UPS_LIMIT}` });
  }
  const contact = query.contact || 'false';
  if (contact !== 'true' && contact !== 'false') issues.push({ path: 'contact', message: 'must be "true" or "false"' });
  const scoped = department(query, staff, issues);
  if (issues.length > 0) return { ok: false, status: 400, issues, message: 'The query parameters are not valid.' };
  if (scoped instanceof Error) return { ok: false, status: 403, issues: [], message: scoped.message };
  return {
    ok: true,
    value: {
      ...range,
      status: status as ListParameters['status'],
      department: scoped,
      after: after ?? undefined,
      limit,
      contact: contact === 'true',
    },
  };
}

/** `GET /follow-ups/summary`: department and from/to (default the last 30 days to today). */
export function summaryParameters(
  query: Query,
  staff: StaffPrincipal,
  { timezone, now }: { timezone: string; now: Date },
): ParametersOutcome<Period & { department?: string | undefined }> {
  const issues: ApiIssue[] = [];
  const today = cityDay(now, timezone);
  const to = query.to || today;
  const range = period(
    query,
    timezone,
    { from: addDays(isIsoDay(to) ? to : today, -(DEFAULT_RANGE_DAYS - 1)), to },
    issues,
  );
  const scoped = department(query, staff, issues);
  if (issues.length > 0) return { ok: false, status: 400, issues, message: 'The query parameters are not valid.' };
  if (scoped instanceof Error) return { ok: false, status: 403, issues: [], message: scoped.message };
  return { ok: true, value: { ...range, department: scoped } };
}
