import type { Client, InValue } from '@libsql/client';
import { addDays, type CountersByStandard, type GroupCounters } from '@mv-feedback/scoring';
import { ALL } from '../db/store/cube-cells.js';
import { overVerified } from '../db/schema/verified-twin.js';
import type { StaffFilters } from '../filters/staff-filters.js';

/**
 * Every department that has ever had a response, sorted: a loose index scan,
 * one primary-key seek per department, not a pass over every cube row.
 * Slugs sort after '*' and the empty "no department".
 *
 * @example
 * await listDepartments(db) // → ['library', 'permits', …]
 */
export async function listDepartments(db: Client): Promise<string[]> {
  const { rows } = await db.execute(
    `WITH RECURSIVE next(department) AS (
      SELECT min(department) FROM count_cube WHERE department > '*'
      UNION ALL
      SELECT (SELECT min(department) FROM count_cube WHERE department > next.department) FROM next WHERE department IS NOT NULL
    )
    SELECT department FROM next WHERE department IS NOT NULL`,
  );
  return rows.map((row) => String(row.department));
}

/** A range cut into the whole calendar months it holds and the days left at either end. */
export interface MonthSplit {
  /** First and last whole month (`YYYY-MM`), or null when the range holds none. */
  months: [string, string] | null;
  days: [string, string][];
}

const lastDayOfMonth = (month: string) => {
  const next = new Date(`${month}-01T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return addDays(next.toISOString().slice(0, 10), -1);
};

/**
 * @example
 * splitByMonth('2026-01-20', '2026-04-10')
 * // → { months: ['2026-02', '2026-03'], days: [['2026-01-20', '2026-01-31'], ['2026-04-01', '2026-04-10']] }
 */
export function splitByMonth(from: string, to: string): MonthSplit {
  const firstWhole = from.endsWith('-01') ? from.slice(0, 7) : addDays(lastDayOfMonth(from.slice(0, 7)), 1).slice(0, 7);
  const lastWhole =
    to === lastDayOfMonth(to.slice(0, 7)) ? to.slice(0, 7) : addDays(`${to.slice(0, 7)}-01`, -1).slice(0, 7);
  if (firstWhole > lastWhole) return { months: null, days: [[from, to]] };
  const days: [string, string][] = [];
  if (from < `${firstWhole}-01`) days.push([from, addDays(`${firstWhole}-01`, -1)]);
  if (to > lastDayOfMonth(lastWhole)) days.push([`${to.slice(0, 7)}-01`, to]);
  return { months: [firstWhole, lastWhole], days };
}

/** The city (`*`) and each department, as the department comparison needs them. */
export interface DepartmentCounters {
  city: GroupCounters;
  departments: Map<string, GroupCounters>;
}

/**
 * Responses and per-standard counters over a range for the whole city and
 * for every department, from the month cubes for whole months and the day
 * cubes for the ragged ends (migration 3): a year over 30 departments reads
 * ~4,000 rows, not ~120,000.
 *
 * @example
 * const { city, departments } = await readDepartmentCounters(db, { from: '2026-01-01', to: '2026-03-31' });
 */
export async function readDepartmentCounters(
  db: Client,
  slice: Pick<StaffFilters, 'from' | 'to' | 'channel' | 'survey' | 'verified'>,
): Promise<DepartmentCounters> {
  const channel = slice.channel ?? ALL;
  const survey = slice.survey ?? ALL;
  const { months, days } = splitByMonth(slice.from, slice.to);
  const departments = days.length > 0 ? [ALL, ...(await listDepartments(db))] : [];
  const inList = departments.map(() => '?').join(', ');
  const counterQueries: { sql: string; args: InValue[] }[] = [];
  const responseQueries: { sql: string; args: InValue[] }[] = [];
  if (months) {
    counterQueries.push({
      sql: `SELECT department, standard, SUM(n) AS n, SUM(favorable) AS favorable, SUM(sum_v) AS sum_v, SUM(sum_v2) AS sum_v2
        FROM month_rollup_cube WHERE channel = ? AND survey = ? AND month BETWEEN ? AND ? GROUP BY department, standard`,
      args: [channel, survey, ...months],
    });
    responseQueries.push({
      sql: `SELECT department, SUM(responses) AS responses FROM month_count_cube
        WHERE channel = ? AND survey = ? AND month BETWEEN ? AND ? GROUP BY department`,
      args: [channel, survey, ...months],
    });
  }
  for (const [from, to] of days) {
    counterQueries.push({
      sql: `SELECT department, standard, SUM(n) AS n, SUM(favorable) AS favorable, SUM(sum_v) AS sum_v, SUM(sum_v2) AS sum_v2
        FROM rollup_cube WHERE department IN (${inList}) AND channel = ? AND survey = ? AND day BETWEEN ? AND ?
        GROUP BY department, standard`,
      args: [...departments, channel, survey, from, to],
    });
    responseQueries.push({
      sql: `SELECT department, SUM(responses) AS responses FROM count_cube
        WHERE department IN (${inList}) AND channel = ? AND day BETWEEN ? AND ? AND survey = ? GROUP BY department`,
      args: [...departments, channel, from, to, survey],
    });
  }
  // Verified responses only: the same queries over the verified twins of the cubes.
  const run = ({ sql, args }: { sql: string; args: InValue[] }) =>
    db.execute({ sql: overVerified(sql, slice.verified), args });
  const [counterResults, responseResults] = await Promise.all([
    Promise.all(counterQueries.map(run)),
    Promise.all(responseQueries.map(run)),
  ]);
  const groups = new Map<string, GroupCounters>();
  const group = (department: unknown) => {
    const key = String(department);
    let found = groups.get(key);
    if (!found) groups.set(key, (found = { responses: 0, counters: {} }));
    return found;
  };
  for (const row of responseResults.flatMap((result) => result.rows))
    group(row.department).responses += Number(row.responses);
  for (const row of counterResults.flatMap((result) => result.rows)) {
    addCounts(group(row.department).counters, String(row.standard), row);
  }
  const city = groups.get(ALL) ?? { responses: 0, counters: {} };
  groups.delete(ALL);
  // Responses without a department count for the city, never as a department.
  groups.delete('');
  for (const [department, { responses }] of groups) if (responses === 0) groups.delete(department);
  return { city, departments: groups };
}

function addCounts(counters: CountersByStandard, standard: string, row: Record<string, unknown>): void {
  const sofar = counters[standard] ?? { n: 0, favorable: 0, sumV: 0, sumV2: 0, alpha: null };
  counters[standard] = {
    n: sofar.n + Number(row.n),
    favorable: sofar.favorable + Number(row.favorable),
    sumV: sofar.sumV + Number(row.sum_v),
    sumV2: sofar.sumV2 + Number(row.sum_v2),
    alpha: null,
  };
}
