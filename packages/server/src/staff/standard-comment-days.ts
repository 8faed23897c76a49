import type { Client } from '@libsql/client';
import type { CommentTone } from '@mv-feedback/scoring';
import { ALL } from '../db/store/cube-cells.js';
import { overVerified } from '../db/schema/verified-twin.js';
import type { CubeSlice } from './cube-reader.js';
import { newestDaysCovering } from './newest-days.js';

/**
 * The days, newest first, that hold the newest `wanted` comments about one
 * standard (of one tone, when given), from the comment cube (docs/design.md
 * §10). A page of them then reads only those days' rows, and picks them by
 * their tones (migration 13). A comment the retention purge erased is still
 * counted, but every older one is erased too, so the days found still hold
 * every listed one of the page.
 *
 * @example
 * const days = await standardCommentDays(db, { from: '2026-01-01', to: '2026-12-31' }, 'asking-and-listening', 'unfavourable', 50);
 */
export async function standardCommentDays(
  db: Client,
  slice: CubeSlice,
  standard: string,
  tone: CommentTone | undefined,
  wanted: number,
): Promise<string[]> {
  const { rows } = await db.execute({
    sql: overVerified(
      `SELECT day, SUM(comments) AS comments FROM comment_cube
      WHERE department = ? AND channel = ? AND survey = ? AND standard = ? AND day BETWEEN ? AND ?
      ${tone ? 'AND favorable = ?' : ''} GROUP BY day HAVING SUM(comments) > 0 ORDER BY day DESC`,
      slice.verified,
    ),
    args: [
      slice.department ?? ALL,
      slice.channel ?? ALL,
      slice.survey ?? ALL,
      standard,
      slice.from,
      slice.to,
      ...(tone ? [tone === 'favourable' ? 1 : 0] : []),
    ],
  });
  return newestDaysCovering(rows, wanted);
}
