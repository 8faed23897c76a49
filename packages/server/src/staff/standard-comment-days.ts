import type { Client } from '@libsql/client';
import type { CommentTone } from '@mv-feedback/scoring';
import { ALL } from '../db/store/cube-cells.js';
import { overVerified } from '../db/schema/verified-twin.js';
import type { CubeSlice } from './cube-reader.js';
import { newestDaysCovering } from './newest-days.js';

/** The rollup cube's comment counts of one tone, or of both (migration 14). */
const commentColumns = (tone: CommentTone | undefined): string =>
  tone === undefined
    ? 'comments_favorable + comments_unfavorable'
    : tone === 'favourable'
      ? 'comments_favorable'
      : 'comments_unfavorable';

/** The comments about one standard over a slice, and the days, newest first, that hold the newest `wanted` of them. */
export interface StandardCommentDays {
  total: number;
  days: string[];
}

/**
 * How many comments about one standard (of one tone, when given) a slice
 * holds, and the days, newest first, that hold the newest `wanted` of them,
 * from the rollup cube's comment counts in one read (migration 14,
 * docs/design.md §10). A page of them then reads only those days' rows,
 * and picks them by their tones (migration 13). A comment the retention
 * purge erased is still counted, but every older one is erased too, so the
 * days found still hold every listed one of the page.
 *
 * @example
 * const { total, days } = await standardCommentDays(db, { from: '2026-01-01', to: '2026-12-31' }, 'asking-and-listening', 'unfavourable', 50);
 */
export async function standardCommentDays(
  db: Client,
  slice: CubeSlice,
  standard: string,
  tone: CommentTone | undefined,
  wanted: number,
): Promise<StandardCommentDays> {
  const { rows } = await db.execute({
    sql: overVerified(
      `SELECT day, ${commentColumns(tone)} AS comments FROM rollup_cube
      WHERE department = ? AND channel = ? AND survey = ? AND day BETWEEN ? AND ? AND standard = ?
        AND ${commentColumns(tone)} > 0
      ORDER BY day DESC`,
      slice.verified,
    ),
    args: [slice.department ?? ALL, slice.channel ?? ALL, slice.survey ?? ALL, slice.from, slice.to, standard],
  });
  return { total: rows.reduce((sum, row) => sum + Number(row.comments), 0), days: newestDaysCovering(rows, wanted) };
}
