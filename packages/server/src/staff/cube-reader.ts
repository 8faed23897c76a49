import type { Client, InValue } from '@libsql/client';
import {
  mergeAlphaCounters,
  standardItems,
  type AlphaCounters,
  type Catalogue,
  type CountersByStandard,
} from '@mv-feedback/scoring';
import { ALL } from '../db/store/cube-cells.js';
import { overVerified } from '../db/schema/verified-twin.js';
import type { StaffFilters } from '../filters/staff-filters.js';

/** A range of days and the slices of the cube to read. */
export type CubeSlice = Pick<StaffFilters, 'from' | 'to' | 'department' | 'channel' | 'survey' | 'verified'>;

const cubeKey = (slice: CubeSlice) => [slice.department ?? ALL, slice.channel ?? ALL];

/**
 * Per-standard counters over a range, summed in SQL from the rollup cube: one
 * row per day and standard whatever the filters. Cronbach's α sums cannot be
 * added in SQL, so they are merged here from the few rollup rows that carry them.
 *
 * @example
 * const counters = await readStandardCounters(db, catalogue, { from: '2026-01-01', to: '2026-03-31', department: 'permits' });
 */
export async function readStandardCounters(
  db: Client,
  catalogue: Catalogue,
  slice: CubeSlice,
): Promise<CountersByStandard> {
  const [sums, alphaRows] = await Promise.all([
    db.execute({
      sql: overVerified(
        `SELECT standard, SUM(n) AS n, SUM(favorable) AS favorable, SUM(sum_v) AS sum_v, SUM(sum_v2) AS sum_v2
        FROM rollup_cube
        WHERE department = ? AND channel = ? AND survey = ? AND day BETWEEN ? AND ?
        GROUP BY standard`,
        slice.verified,
      ),
      args: [...cubeKey(slice), slice.survey ?? ALL, slice.from, slice.to],
    }),
    db.execute(alphaQuery(slice)),
  ]);
  const counters: CountersByStandard = {};
  for (const row of sums.rows) {
    const n = Number(row.n);
    if (n === 0) continue;
    counters[String(row.standard)] = {
      n,
      favorable: Number(row.favorable),
      sumV: Number(row.sum_v),
      sumV2: Number(row.sum_v2),
      alpha: null,
    };
  }
  for (const [standard, alpha] of mergeAlphaRows(alphaRows.rows, standardItems(catalogue))) {
    const total = counters[standard];
    if (total) total.alpha = alpha;
  }
  return counters;
}

function alphaQuery(slice: CubeSlice): { sql: string; args: InValue[] } {
  const where = ['alpha IS NOT NULL', 'day BETWEEN ? AND ?'];
  const args: InValue[] = [slice.from, slice.to];
  for (const key of ['department', 'channel', 'survey'] as const) {
    const value = slice[key];
    if (value !== undefined) {
      where.push(`${key} = ?`);
      args.push(value);
    }
  }
  return {
    sql: overVerified(`SELECT standard, alpha FROM daily_rollups WHERE ${where.join(' AND ')}`, slice.verified),
    args,
  };
}

/**
 * α's sums per standard, merged over the rollup rows kept for the
 * catalogue's item set of that standard. Rows kept for another item set (from
 * an earlier catalogue) are left out: their respondents answered other items.
 */
export function mergeAlphaRows(
  rows: readonly Record<string, unknown>[],
  items: ReadonlyMap<string, readonly string[]>,
): Map<string, AlphaCounters> {
  const merged = new Map<string, AlphaCounters>();
  for (const row of rows) {
    const standard = String(row.standard);
    const alpha = JSON.parse(String(row.alpha)) as AlphaCounters;
    if (alpha.items.join('\u0000') !== (items.get(standard) ?? []).join('\u0000')) continue;
    const sofar = merged.get(standard);
    // The same item set on both sides: the merge is never null.
    merged.set(standard, sofar ? mergeAlphaCounters(sofar, alpha)! : alpha);
  }
  return merged;
}

/** Responses and comments over a range, in all and per survey. */
export interface RangeCounts {
  responses: number;
  comments: number;
  commentsBySurvey: Record<string, number>;
}

/**
 * Response and comment totals over a range from the count cube.
 *
 * @example
 * const { responses, comments } = await readCounts(db, { from: '2026-01-01', to: '2026-01-31' });
 */
export async function readCounts(db: Client, slice: CubeSlice): Promise<RangeCounts> {
  const surveyClause = slice.survey === undefined ? 'survey <> ?' : 'survey = ?';
  const { rows } = await db.execute({
    sql: overVerified(
      `SELECT survey, SUM(responses) AS responses, SUM(comments) AS comments
      FROM count_cube
      WHERE department = ? AND channel = ? AND day BETWEEN ? AND ? AND ${surveyClause}
      GROUP BY survey`,
      slice.verified,
    ),
    args: [...cubeKey(slice), slice.from, slice.to, slice.survey ?? ALL],
  });
  const counts: RangeCounts = { responses: 0, comments: 0, commentsBySurvey: {} };
  for (const row of rows) {
    counts.responses += Number(row.responses);
    counts.comments += Number(row.comments);
    counts.commentsBySurvey[String(row.survey)] = Number(row.comments);
  }
  return counts;
}

/**
 * How often a survey was offered over a range (impressions and hosted page
 * opens), from the offer cube, for the same slice as the scores; with
 * `verified`, the invitations made (each one offer of a verified response).
 *
 * @example
 * const offered = await readOffered(db, { from: '2026-01-01', to: '2026-01-31', department: 'permits' });
 */
export async function readOffered(db: Client, slice: CubeSlice): Promise<number> {
  const { rows } = await db.execute({
    sql: overVerified(
      `SELECT COALESCE(SUM(offers), 0) AS offers FROM offer_cube
      WHERE department = ? AND channel = ? AND survey = ? AND day BETWEEN ? AND ?`,
      slice.verified,
    ),
    args: [...cubeKey(slice), slice.survey ?? ALL, slice.from, slice.to],
  });
  return Number(rows[0]?.offers ?? 0);
}
