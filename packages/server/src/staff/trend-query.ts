import type { Client } from '@libsql/client';
import {
  wilsonInterval,
  addDays,
  type Catalogue,
  type TrendInterval,
  type TrendPoint,
  type TrendResult,
} from '@mv-feedback/scoring';
import type { StaffFilters } from '../filters/staff-filters.js';

/** A bucket of the trend: an ISO week (Monday to Sunday) or a calendar month, cut to the range. */
interface Bucket {
  start: string;
  end: string;
  /** The first day of the whole week or month, as the SQL below names it. */
  key: string;
}

// The bucket key of a day in SQL: its week's Monday (%w is 0 on Sunday) or its month's first day.
const BUCKET_KEY_SQL: Record<TrendInterval, string> = {
  week: `date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')`,
  month: `substr(day, 1, 7) || '-01'`,
};

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
 * trendBuckets('2026-03-04', '2026-03-17', 'week').map(({ start, end }) => [start, end])
 * // → [['2026-03-04', '2026-03-08'], ['2026-03-09', '2026-03-15'], ['2026-03-16', '2026-03-17']]
 */
export function trendBuckets(from: string, to: string, interval: TrendInterval): Bucket[] {
  const buckets: Bucket[] = [];
  let start = interval === 'week' ? mondayOf(from) : `${from.slice(0, 7)}-01`;
  while (start <= to) {
    const next = interval === 'week' ? addDays(start, 7) : nextMonth(start);
    const end = addDays(next, -1);
    buckets.push({ start: start < from ? from : start, end: end > to ? to : end, key: start });
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
  // Summed per bucket in SQL: a year by week is ~600 rows to read, not ~4,000.
  const { rows } = await db.execute({
    sql: `SELECT ${BUCKET_KEY_SQL[interval]} AS bucket, standard, SUM(n) AS n, SUM(favorable) AS favorable
      FROM rollup_cube
      WHERE department = ? AND channel = ? AND survey = ? AND day BETWEEN ? AND ?
      GROUP BY bucket, standard`,
    args: [filters.department ?? '*', filters.channel ?? '*', filters.survey ?? '*', filters.from, filters.to],
  });
  const bucketIndex = new Map(buckets.map((bucket, i) => [bucket.key, i]));
  const sums = new Map<string, { n: number; favorable: number }[]>();
  for (const row of rows) {
    const standard = String(row.standard);
    let series = sums.get(standard);
    if (!series) sums.set(standard, (series = buckets.map(() => ({ n: 0, favorable: 0 }))));
    const cell = series[bucketIndex.get(String(row.bucket)) ?? -1];
    if (!cell) continue;
    cell.n += Number(row.n);
    cell.favorable += Number(row.favorable);
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
        const { n, favorable } = sums.get(standard.id)?.[i] ?? { n: 0, favorable: 0 };
        // A point needs only the share and its Wilson interval (SPEC 4), with the same suppression as scores.
        const { start, end } = bucket;
        if (n === 0 || n < minN) return { start, end, n, score: null, ciLow: null, ciHigh: null, suppressed: true };
        const { low, high } = wilsonInterval(favorable, n);
        return { start, end, n, score: (100 * favorable) / n, ciLow: 100 * low, ciHigh: 100 * high, suppressed: false };
      }),
    })),
  };
}
