import type { Client } from '@libsql/client';
import { defaultCatalogue, type Catalogue } from '@mv-feedback/scoring';
import { ConfigError } from '../../config/config-error.js';
import { durableTransaction } from '../connection/durable-transaction.js';
import {
  prepareLedger,
  readLedger,
  recordApplied,
  recordMissingChecksums,
  type AppliedMigrations,
} from './migration-ledger.js';
import { migrations as allMigrations, type Migration } from './migrations.js';

export interface MigrateOptions {
  /** The migrations to bring the database to (default: all). */
  migrations?: readonly Migration[];
  /** The configured catalogue, which backfills score stored answers with (default: the default catalogue). */
  catalogue?: Catalogue;
}

/** The applied migrations, read without taking the write lock; null before the first migration or the first checksum. */
async function readApplied(db: Client): Promise<AppliedMigrations | null> {
  try {
    return await readLedger(db);
  } catch {
    // No schema_migrations table or checksum column yet, or the read failed: the locked path finds out.
    return null;
  }
}

/**
 * A database a newer release migrated has a schema this code does not know
 * (docs/design.md §11): writing to it could break what that release relies on, so it is
 * refused before anything is read or written.
 */
function refuseUnknown(applied: AppliedMigrations, migrations: readonly Migration[]): void {
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied].filter(([version]) => !known.has(version)).sort(([a], [b]) => a - b);
  if (unknown.length === 0) return;
  const named = unknown.map(([version, { name }]) => `${version} "${name}"`).join(', ');
  throw new ConfigError(
    `the database was migrated by a newer mv-feedback (migration ${named} ${unknown.length === 1 ? 'is' : 'are'} unknown to this one); run that version or restore a backup`,
  );
}

/**
 * A migration whose file changed after a database applied it would leave
 * that database with a schema no fresh one has, so it is refused (a
 * checksum not yet recorded is not compared).
 */
function refuseChanged(applied: AppliedMigrations, migrations: readonly Migration[]): void {
  for (const migration of migrations) {
    const recorded = applied.get(migration.version)?.checksum;
    if (!recorded || recorded === migration.checksum) continue;
    throw new ConfigError(
      `migration ${migration.version} "${migration.name}" is not the one this database applied (sha-256 ${migration.checksum.slice(0, 12)}, applied ${recorded.slice(0, 12)}); an applied migration never changes: restore its file or run the release that applied it`,
    );
  }
}

/**
 * Applies the migrations the database has not seen, in version order, in one
 * write transaction, recording each and its checksum in `schema_migrations`. The write lock
 * is taken before the applied versions are read, so two processes migrating
 * at once run one after the other and the second finds nothing to do; an
 * up-to-date database is recognised first without the lock, so a command does
 * not wait for a busy server just to learn there is nothing to do. A
 * database with a migration this code does not know, or one whose file
 * changed since it was applied, is refused with a {@link ConfigError}. Returns the versions applied by this call.
 *
 * @example
 * await migrate(await openDatabase(config), { catalogue: config.catalogue }); // → [1, 2, 3] on a new database, [] after
 */
export async function migrate(
  db: Client,
  { migrations = allMigrations, catalogue = defaultCatalogue }: MigrateOptions = {},
): Promise<number[]> {
  const before = await readApplied(db);
  if (before) {
    refuseUnknown(before, migrations);
    refuseChanged(before, migrations);
    if (migrations.every((m) => before.get(m.version)?.checksum)) return [];
  }
  const tx = await durableTransaction(db);
  try {
    await prepareLedger(tx);
    const applied = await readLedger(tx);
    refuseUnknown(applied, migrations);
    refuseChanged(applied, migrations);
    await recordMissingChecksums(tx, applied, migrations);
    const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.executeMultiple(migration.sql);
      await migration.backfill?.(tx, catalogue);
      await recordApplied(tx, migration, new Date());
    }
    await tx.commit();
    return pending.map((m) => m.version);
  } finally {
    tx.close();
  }
}
