import type { Client, InValue } from '@libsql/client';

/** Rows changed per write transaction, so ingest never waits long behind a purge. */
export const PURGE_BATCH = 500;

/**
 * Runs an `UPDATE … WHERE id IN (SELECT id … LIMIT ?)` again until a batch
 * changes fewer than PURGE_BATCH rows, each batch its own transaction, and
 * returns how many rows it changed. `sql` ends with the `LIMIT ?` whose value
 * this adds after `args`.
 *
 * @example
 * await updateInBatches(db, 'UPDATE t SET x = NULL WHERE id IN (SELECT id FROM t WHERE x IS NOT NULL LIMIT ?)', []);
 */
export async function updateInBatches(db: Client, sql: string, args: InValue[]): Promise<number> {
  let changed = 0;
  for (;;) {
    const { rowsAffected } = await db.execute({ sql, args: [...args, PURGE_BATCH] });
    changed += rowsAffected;
    if (rowsAffected < PURGE_BATCH) return changed;
  }
}

/** The instant `days` days before `now`, as stored (ISO 8601). */
export const daysBefore = (now: Date, days: number): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString();
