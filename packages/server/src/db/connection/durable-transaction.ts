import type { Client, Transaction } from '@libsql/client';
import { StorageUnavailableError } from '../health/storage-error.js';

/** `PRAGMA synchronous` values: FULL syncs the WAL on every commit, so a commit survives power loss. */
const SYNCHRONOUS_FULL = 2;
const ATTEMPTS = 3;

/**
 * Opens a write transaction (`BEGIN IMMEDIATE`) whose connection syncs every
 * commit to disk.
 *
 * The `file:` client keeps a pool of connections and PRAGMAs are per
 * connection, and SQLite refuses to change `synchronous` inside a
 * transaction. So the level is read inside the transaction; if a connection
 * was left below FULL, the transaction is dropped, the PRAGMA set and the
 * transaction begun again. That reaches the same connection because the pool
 * keeps idle connections as a stack (the last released is the next
 * borrowed); if another borrower takes it in between, the next attempt
 * checks again, and after a few a 503 is better than a commit that is not
 * synced. Remote databases keep their own durability.
 *
 * @example
 * const tx = await durableTransaction(db);
 * try { await tx.batch(statements); await tx.commit(); } finally { tx.close(); }
 */
export async function durableTransaction(db: Client): Promise<Transaction> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const tx = await db.transaction('write');
    if (db.protocol !== 'file') return tx;
    let level: number;
    try {
      level = Number((await tx.execute('PRAGMA synchronous')).rows[0]?.[0]);
    } catch (error) {
      tx.close();
      throw error;
    }
    if (level >= SYNCHRONOUS_FULL) return tx;
    tx.close();
    await db.execute('PRAGMA synchronous=FULL');
  }
  throw new StorageUnavailableError('could not get a write connection with synchronous=FULL');
}
