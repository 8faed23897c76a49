import type { Client } from '@libsql/client';
import { durableTransaction } from './durable-transaction.js';
import { healthReads } from '../health/integrity-check.js';
import type { WriteConnection } from './write-connection.js';

/**
 * A {@link WriteConnection} through @libsql/client: every URL the client
 * takes (`libsql://`, `https://`, `file:`), each statement prepared anew.
 *
 * @example
 * const writer = groupCommitWriter(clientWriteConnection(db), { catalogue, timezone });
 */
export function clientWriteConnection(db: Client): WriteConnection {
  return {
    async transaction() {
      const tx = await durableTransaction(db);
      return {
        query: async (statement) => (await tx.execute(statement)).rows.map((row) => Array.from(row)),
        run: async (statements) => void (await tx.batch([...statements])),
        commit: () => tx.commit(),
        close: () => tx.close(),
      };
    },
    check: () => healthReads(db),
    // A statement that failed with SQLITE_BUSY stays unfinished on its
    // connection in the `file:` driver, and a later COMMIT there fails with
    // "SQL statements in progress"; fresh connections avoid that. The `file:`
    // client's reconnect returns a promise, though the Client type says void.
    async recover() {
      if (db.protocol === 'file' && !db.closed) await Promise.resolve(db.reconnect());
    },
    close: () => db.close(),
  };
}
