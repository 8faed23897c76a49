import type { Client, Transaction } from '@libsql/client';

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
 * was left below FULL, the transaction is dropped, the PRAGMA set on that
 * same connection (the pool hands back the connection just released) and the
 * transaction begun again. Remote databases keep their own durability.
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
  throw new Error('could not get a write connection with synchronous=FULL');
}
