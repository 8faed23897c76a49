import type { Client } from '@libsql/client';
import {
  summarizeStandard,
  type Catalogue,
  type TrendInterval,
  type TrendPoint,
  type TrendResult,
} from '@mv-feedback/scoring';
import { addDays } from '../time/city-day.js';
import type { StaffFilters } from './staff-filters.js';

/** A bucket of the trend: an ISO week (Monday to Sunday) or a calendar month, cut to the range. */
interface Bucket {
  start: string;
  end: string;
}

const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
const nextMonth = (day: string) => {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
};

/**
 * The buckets covering a range, in order; the first and last are cut to the
 * range so each point says which days it counts.
 *
 * @example
 * trendBuckets('2026-03-04', '2026-03-17', 'week')
 * // → [{ start: '2026-03-04', end: '2026-03-08' }, { start: '2026-03-09', end: '2026-03-15' }, { start: '2026-03-16', end: '2026-03-17' }]
 */
export function trendBuckets(from: string, to: string, interval: TrendInterval): Bucket[] {
  const buckets: Bucket[] = [];
  let start = interval === 'week' ? mondayOf(from) : `${from.slice(0, 7)}-01`;
  while (start <= to) {
    const next = interval === 'week' ? addDays(start, 7) : nextMonth(start);
    const end = addDays(next, -1);
    buckets.push({ start: start < from ? from : start, end: end > to ? to : end });
    start = next;
  }
  return buckets;
}

/**
 * The answer of `GET /api/v1/scores/trend`: per standard, one point per
 * bucket with n, percent favourable and its Wilson interval (null below minN).
 *
 * @example
 * const trend = await computeTrend(db, { catalogue, minN: 10 }, filters, 'month');
 */
export async function computeTrend(
  db: Client,
  { catalogue, minN }: { catalogue: Catalogue; minN: number },
  filters: StaffFilters,
  interval: TrendInterval,
): Promise<TrendResult> {
  const buckets = trendBuckets(filters.from, filters.to, interval);
  const { rows } = await db.execute({
    sql: `SELECT day, standard, SUM(n) AS n, SUM(favorable) AS favorable, SUM(sum_v) AS sum_v, SUM(sum_v2) AS sum_v2
      FROM rollup_cube
      WHERE department = ? AND channel = ? AND survey = ? AND day BETWEEN ? AND ?
      GROUP BY day, standard`,
    args: [filters.department ?? '*', filters.channel ?? '*', filters.survey ?? '*', filters.from, filters.to],
  });
  // Days arrive in any order; find each day's bucket by binary search over the sorted bucket starts.
  const sums = new Map<string, { n: number; favorable: number; sumV: number; sumV2: number }[]>();
  for (const row of rows) {
    const standard = String(row.standard);
    let series = sums.get(standard);
    if (!series) sums.set(standard, (series = buckets.map(() => ({ n: 0, favorable: 0, sumV: 0, sumV2: 0 }))));
    const cell = series[bucketIndex(buckets, String(row.day))];
    if (!cell) continue;
    cell.n += Number(row.n);
    cell.favorable += Number(row.favorable);
    cell.sumV += Number(row.sum_v);
    cell.sumV2 += Number(row.sum_v2);
  }
  return {
    from: filters.from,
    to: filters.to,
    interval,
    minN,
    series: catalogue.standards.map((standard) => ({
      id: standard.id,
      title: standard.title,
      points: buckets.map((bucket, i): TrendPoint => {
        const cell = sums.get(standard.id)?.[i] ?? { n: 0, favorable: 0, sumV: 0, sumV2: 0 };
        const summary = summarizeStandard({ ...cell, alpha: null }, { minN });
        return {
          start: bucket.start,
          end: bucket.end,
          n: summary.n,
          score: summary.score,
          ciLow: summary.ciLow,
          ciHigh: summary.ciHigh,
          suppressed: summary.suppressed,
        };
      }),
    })),
  };
}

function bucketIndex(buckets: readonly Bucket[], day: string): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((buckets[mid] as Bucket).start <= day) low = mid;
    else high = mid - 1;
  }
  return low;
}
