import type { Client } from '@libsql/client';
import { ALL } from '../db/store/cube-cells.js';
import { overVerified } from '../db/schema/verified-twin.js';
import type { CubeSlice } from './cube-reader.js';
import { newestDaysCovering } from './newest-days.js';

/**
 * The days, newest first, that hold the newest `wanted` comments in one
 * language but English (all its days when it has fewer), from the language
 * cube (migration 8, docs/design.md §14). A page of that language's comments
 * then reads only those days' rows: without it, a language few residents
 * write in had every commented row of the range scanned to find a page. A
 * comment the retention purge erased is still counted, but every older one
 * is erased too, so the days found still hold every listed one of the page.
 *
 * @example
 * const days = await localeCommentDays(db, { from: '2026-01-01', to: '2026-12-31' }, 'ko', 50);
 */
export async function localeCommentDays(
  db: Client,
  slice: CubeSlice,
  locale: string,
  wanted: number,
): Promise<string[]> {
  const { rows } = await db.execute({
    sql: overVerified(
      `SELECT day, comments FROM language_count_cube
      WHERE department = ? AND channel = ? AND day BETWEEN ? AND ? AND survey = ? AND locale = ? AND comments > 0
      ORDER BY day DESC`,
      slice.verified,
    ),
    args: [slice.department ?? ALL, slice.channel ?? ALL, slice.from, slice.to, slice.survey ?? ALL, locale],
  });
  return newestDaysCovering(rows, wanted);
}
