import type { Client } from '@libsql/client';
import { ALL } from '../db/store/cube-cells.js';
import { overVerified } from '../db/schema/verified-twin.js';
import { readCounts, type CubeSlice } from './cube-reader.js';

/**
 * How many comments residents wrote in one language over a slice, from the
 * language cube (migration 8, docs/design.md §14) rather than by counting
 * responses: a year of a million responses reads a few thousand cells.
 * English is the count cube's total less every other language's, as the
 * cube keeps it.
 *
 * @example
 * const total = await localeCommentTotal(db, { from: '2026-01-01', to: '2026-12-31' }, 'es');
 */
export async function localeCommentTotal(db: Client, slice: CubeSlice, locale: string): Promise<number> {
  const english = locale === 'en';
  const [languages, all] = await Promise.all([
    db.execute({
      sql: overVerified(
        `SELECT COALESCE(SUM(comments), 0) AS comments FROM language_count_cube
        WHERE department = ? AND channel = ? AND day BETWEEN ? AND ? AND survey = ?${english ? '' : ' AND locale = ?'}`,
        slice.verified,
      ),
      args: [
        slice.department ?? ALL,
        slice.channel ?? ALL,
        slice.from,
        slice.to,
        slice.survey ?? ALL,
        ...(english ? [] : [locale]),
      ],
    }),
    english ? readCounts(db, slice) : undefined,
  ]);
  const written = Number(languages.rows[0]?.comments ?? 0);
  return all ? all.comments - written : written;
}
