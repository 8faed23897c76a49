import type { Client } from '@libsql/client';
import {
  wilsonInterval,
  addDays,
  daysBetweenInclusive,
  isIsoDay,
  type Catalogue,
  type TrendInterval,
  type TrendPoint,
  type TrendResult,
} from '@mv-feedback/scoring';
import { overVerified } from '../db/schema/verified-twin.js';
import { MAX_RANGE_DAYS, type StaffFilters } from '../filters/staff-filters.js';
import { countersSettled } from './settled-counters.js';

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
/** Months since year 0 of a `YYYY-MM-DD` day, for month arithmetic without a Date. */
const monthNumber = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const firstOfMonth = (month: number) =>
  `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;

/**
 * The most buckets a trend may have: the weeks of the longest range a query
 * may ask for, plus one for a week cut at each end (months are fewer).
 */
export const MAX_TREND_BUCKETS = Math.ceil(MAX_RANGE_DAYS / 7) + 2;

/**
 * The buckets covering a range, in order; the first and last are cut to the
 * range so each point says which days it counts. Their number is computed
 * before any is made and must lie within {@link MAX_TREND_BUCKETS}, so no
 * range (however it got here) can make the loop run on.
 *
 * @example
 * trendBuckets('2026-03-04', '2026-03-17', 'week').map(({ start, end }) => [start, end])
 * // → [['2026-03-04', '2026-03-08'], ['2026-03-09', '2026-03-15'], ['2026-03-16', '2026-03-17']]
 */
export function trendBuckets(from: string, to: string, interval: TrendInterval): Bucket[] {
  const refuse = () => new RangeError(`no trend from ${from} to ${to}: at most ${MAX_TREND_BUCKETS} buckets`);
  if (!isIsoDay(from) || !isIsoDay(to)) throw refuse();
  const firstWeek = mondayOf(from);
  // The Monday before 0000-01-01 has no YYYY-MM-DD spelling.
  if (!isIsoDay(firstWeek)) throw refuse();
  const count =
    interval === 'week' ? Math.ceil(daysBetweenInclusive(firstWeek, to) / 7) : monthNumber(to) - monthNumber(from) + 1;
  if (!(count >= 1 && count <= MAX_TREND_BUCKETS)) throw refuse();
  return Array.from({ length: count }, (_, i): Bucket => {
    const [key, next] =
      interval === 'week'
        ? [addDays(firstWeek, 7 * i), addDays(firstWeek, 7 * (i + 1))]
        : [firstOfMonth(monthNumber(from) + i), firstOfMonth(monthNumber(from) + i + 1)];
    const end = addDays(next, -1);
    return { start: key < from ? from : key, end: end > to ? to : end, key };
  });
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
  await countersSettled(db, catalogue);
  // Summed per bucket in SQL: a year by week is ~600 rows to read, not ~4,000.
  const { rows } = await db.execute({
    sql: overVerified(
      `SELECT ${BUCKET_KEY_SQL[interval]} AS bucket, standard, SUM(n) AS n, SUM(favorable) AS favorable
      FROM rollup_cube
      WHERE department = ? AND channel = ? AND survey = ? AND day BETWEEN ? AND ?
      GROUP BY bucket, standard`,
      filters.verified,
    ),
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
        // A point needs only the share and its Wilson interval (docs/design.md §4), with the same suppression as scores.
        const { start, end } = bucket;
        if (n === 0 || n < minN) return { start, end, n, score: null, ciLow: null, ciHigh: null, suppressed: true };
        const { low, high } = wilsonInterval(favorable, n);
        return { start, end, n, score: (100 * favorable) / n, ciLow: 100 * low, ciHigh: 100 * high, suppressed: false };
      }),
    })),
  };
}
