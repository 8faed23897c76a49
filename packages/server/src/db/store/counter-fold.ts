import type { InValue } from '@libsql/client';
import type { WriteTransaction } from '../connection/write-connection.js';
import { counterWriteStatements, type CountedResponse, type ResponseStoreOptions } from './response-store.js';
import { chunked, placeholders, type SqlStatement } from './sql-batches.js';

/** Most responses one fold takes: enough that a batch's cells mostly collapse, few enough to keep a fold short. */
export const FOLD_LIMIT = 2_000;

const insertBacklog = (rows: number) => `INSERT INTO counter_backlog (id) VALUES ${placeholders(rows, 1)}`;
const deleteBacklog = (rows: number) => `DELETE FROM counter_backlog WHERE id IN (${placeholders(rows, 1)})`;

/** The statements that put new responses in the backlog (migration 9): run them with the responses' rows. */
export const backlogStatements = (ids: readonly string[]): SqlStatement[] =>
  chunked(
    ids.map((id) => [id]),
    insertBacklog,
  );

/**
 * Folds up to `limit` responses of the backlog into every counter, in the
 * open write transaction: reads them back from `responses` (so whichever
 * process stored them, and whether or not it lived on, they are counted
 * once), runs their counter upserts summed per cell, and takes them out
 * of the backlog. Returns how many it folded; fewer than `limit` means the
 * backlog is empty once this commits (docs/design.md §5).
 *
 * @example
 * const tx = await db.transaction(); await foldCounters(tx, { catalogue, timezone }); await tx.commit();
 */
export async function foldCounters(
  tx: WriteTransaction,
  options: Pick<ResponseStoreOptions, 'catalogue'>,
  limit = FOLD_LIMIT,
): Promise<number> {
  const rows = await tx.query({
    sql: `SELECT r.id, r.received_at, r.day, r.survey, r.locale, r.department, r.channel, r.answers, r.comment IS NOT NULL, r.verified
      FROM counter_backlog b JOIN responses r ON r.id = b.id LIMIT ?`,
    args: [limit],
  });
  if (rows.length === 0) return 0;
  const counted = rows.map(
    ([id, receivedAt, day, survey, locale, department, channel, answers, commented, verified]): CountedResponse => ({
      id: String(id),
      receivedAt: String(receivedAt),
      day: String(day),
      survey: String(survey),
      locale: String(locale),
      department: String(department),
      channel: String(channel),
      answers: JSON.parse(String(answers)) as CountedResponse['answers'],
      commented: Number(commented) === 1,
      verified: Number(verified) === 1,
    }),
  );
  await tx.run([
    ...counterWriteStatements(counted, options),
    ...chunked(
      counted.map(({ id }): InValue[] => [id]),
      deleteBacklog,
    ),
  ]);
  return rows.length;
}
