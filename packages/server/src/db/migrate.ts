import type { Client } from '@libsql/client';
import { durableTransaction } from './durable-transaction.js';
import { migrations as allMigrations, type Migration } from './migrations.js';

/**
 * Applies the migrations the database has not seen, in version order, in one
 * write transaction, recording each in `schema_migrations`. The write lock
 * is taken before the applied versions are read, so two processes migrating
 * at once run one after the other and the second finds nothing to do.
 * Returns the versions applied by this call.
 *
 * @example
 * await migrate(await openDatabase(config)); // → [1] on a new database, [] after
 */
export async function migrate(db: Client, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  const tx = await durableTransaction(db);
  try {
    await tx.execute(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )`,
    );
    const applied = new Set((await tx.execute('SELECT version FROM schema_migrations')).rows.map((row) => Number(row[0])));
    const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.batch([
        ...migration.statements,
        {
          sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
          args: [migration.version, migration.name, new Date().toISOString()],
        },
      ]);
    }
    await tx.commit();
    return pending.map((m) => m.version);
  } finally {
    tx.close();
  }
}
