import type { Catalogue } from '@mv-feedback/scoring';
import type { Client } from '@libsql/client';
import { retryWhileBusy } from '../db/connection/busy-retry.js';
import { clientWriteConnection } from '../db/connection/client-write-connection.js';
import { counterFolder, stepInTransaction } from '../db/store/counter-fold.js';
import { withinCommitDeadline } from '../writer/commit-deadline.js';

/** Each read connection's writer, which folds the backlog between its batches. */
const writers = new WeakMap<Client, () => Promise<void>>();

/**
 * Makes the counters reads on `db` wait for `settle` (the writer's) when
 * responses stored are not counted yet (migration 9).
 *
 * @example
 * readsSettleWith(db, () => writer.settle());
 */
export function readsSettleWith(db: Client, settle: () => Promise<void>): void {
  writers.set(db, settle);
}

/**
 * Resolves once every stored response is in the counters, so a read of
 * them is exact: at once when the backlog is empty (one indexed read), else
 * after the writer has folded it, or, with no writer in this process (the
 * `report` command), after folding it here.
 *
 * @example
 * await countersSettled(db, catalogue); // then read the cubes
 */
export async function countersSettled(db: Client, catalogue: Catalogue): Promise<void> {
  const { rows } = await db.execute('SELECT 1 FROM counter_backlog LIMIT 1');
  if (rows.length === 0) return;
  const settle = writers.get(db);
  // A stalled disk holds the writer's fold: the read answers 503 rather than wait for it.
  if (settle) return withinCommitDeadline(settle());
  const connection = clientWriteConnection(db);
  const folder = counterFolder({ catalogue });
  while ((await retryWhileBusy(() => stepInTransaction(connection, folder))).state !== 'idle');
}
