import type { Client } from '@libsql/client';
import { defaultCatalogue, type Catalogue } from '@mv-feedback/scoring';
import { durableTransaction } from './durable-transaction.js';
import { migrations as allMigrations, type Migration } from './migrations.js';

export interface MigrateOptions {
  /** The migrations to bring the database to (default: all). */
  migrations?: readonly Migration[];
  /** The configured catalogue, which backfills score stored answers with (default: the default catalogue). */
  catalogue?: Catalogue;
}

const appliedVersions = async (db: Pick<Client, 'execute'>): Promise<Set<number>> =>
  new Set((await db.execute('SELECT version FROM schema_migrations')).rows.map((row) => Number(row[0])));

/** Whether every migration is applied already, read without taking the write lock. */
async function upToDate(db: Client, migrations: readonly Migration[]): Promise<boolean> {
  try {
    const applied = await appliedVersions(db);
    return migrations.every((m) => applied.has(m.version));
  } catch {
    // No schema_migrations table yet, or the read failed: take the locked path.
    return false;
  }
}

/**
 * Applies the migrations the database has not seen, in version order, in one
 * write transaction, recording each in `schema_migrations`. The write lock
 * is taken before the applied versions are read, so two processes migrating
 * at once run one after the other and the second finds nothing to do; an
 * up-to-date database is recognised first without the lock, so a command does
 * not wait for a busy server just to learn there is nothing to do.
 * Returns the versions applied by this call.
 *
 * @example
 * await migrate(await openDatabase(config), { catalogue: config.catalogue }); // → [1, 2, 3] on a new database, [] after
 */
export async function migrate(
  db: Client,
  { migrations = allMigrations, catalogue = defaultCatalogue }: MigrateOptions = {},
): Promise<number[]> {
  if (await upToDate(db, migrations)) return [];
  const tx = await durableTransaction(db);
  try {
    await tx.execute(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )`,
    );
    const applied = await appliedVersions(tx);
    const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.batch(migration.statements);
      await migration.backfill?.(tx, catalogue);
      await tx.execute({
        sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
        args: [migration.version, migration.name, new Date().toISOString()],
      });
    }
    await tx.commit();
    return pending.map((m) => m.version);
  } finally {
    tx.close();
  }
}
