import type { Client, Transaction } from '@libsql/client';
import type { Migration } from './migrations.js';

/** What `schema_migrations` says of one applied migration; checksum null where a release before checksums applied it. */
export interface AppliedMigration {
  name: string;
  checksum: string | null;
}

export type AppliedMigrations = Map<number, AppliedMigration>;

/** The applied migrations by version; throws while the table, or its checksum column, does not exist. */
export const readLedger = async (db: Pick<Client, 'execute'>): Promise<AppliedMigrations> =>
  new Map(
    (await db.execute('SELECT version, name, checksum FROM schema_migrations')).rows.map((row) => [
      Number(row[0]),
      { name: String(row[1]), checksum: row[2] === null ? null : String(row[2]) },
    ]),
  );

/**
 * Makes `schema_migrations` as the first release did, then adds the checksum
 * column where it is missing, so a new database and one from before
 * checksums end with the same table.
 */
export async function prepareLedger(tx: Transaction): Promise<void> {
  await tx.execute(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )`,
  );
  const { rows } = await tx.execute("SELECT 1 FROM pragma_table_info('schema_migrations') WHERE name = 'checksum'");
  if (rows.length === 0) await tx.execute('ALTER TABLE schema_migrations ADD COLUMN checksum TEXT');
}

/**
 * Records the checksums of the migrations a release before checksums applied:
 * that release ran the same SQL these files hold (they were written out from
 * it unchanged), so the files' checksums are the ones it would have kept.
 */
export async function recordMissingChecksums(
  tx: Transaction,
  applied: AppliedMigrations,
  migrations: readonly Migration[],
): Promise<void> {
  for (const migration of migrations) {
    const row = applied.get(migration.version);
    if (!row || row.checksum !== null) continue;
    await tx.execute({
      sql: 'UPDATE schema_migrations SET checksum = ? WHERE version = ?',
      args: [migration.checksum, migration.version],
    });
    row.checksum = migration.checksum;
  }
}

/** Records a migration this call applied. */
export async function recordApplied(tx: Transaction, migration: Migration, now: Date): Promise<void> {
  await tx.execute({
    sql: 'INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES (?, ?, ?, ?)',
    args: [migration.version, migration.name, now.toISOString(), migration.checksum],
  });
}
