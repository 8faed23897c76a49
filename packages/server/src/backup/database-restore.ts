import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'libsql';
import { ConfigError } from '../config/config-error.js';
import { migrations } from '../db/schema/migrations.js';
import { PARTIAL_SUFFIX, syncFile } from './database-backup.js';
import { checkDatabaseFile, type DatabaseFileReport } from './database-file-check.js';

export interface RestoreOptions {
  /** Replace a database that holds responses. */
  force?: boolean;
}

/**
 * Puts a backup in place of the `file:` database at `target` (docs/design.md
 * §15), with the server stopped. Refuses, with a {@link ConfigError} and
 * nothing changed: a file that fails its check, one migrated by a newer
 * release, and a target that holds responses unless `force`. The backup is
 * copied under a temporary name, synced and renamed over the target; the
 * target's WAL is checkpointed first, so no stale `-wal` file can be replayed
 * onto the restored one. The caller migrates the result.
 *
 * @example
 * const report = restoreDatabase('/var/backups/mv-feedback-2026-12-04.db', '/srv/feedback/data/mv-feedback.db');
 */
export function restoreDatabase(
  source: string,
  target: string,
  { force = false }: RestoreOptions = {},
): DatabaseFileReport {
  const report = checkDatabaseFile(source, migrations);
  if (report.problem) throw new ConfigError(`refusing to restore ${source}: ${report.problem}`);
  if (report.unknownMigrations.length > 0) {
    throw new ConfigError(
      `refusing to restore ${source}: it was migrated by a newer mv-feedback (migration ${report.unknownMigrations.join(', ')} unknown to this one); restore it with that version`,
    );
  }
  if (existsSync(target)) {
    const held = heldResponses(target);
    if (held > 0 && !force) {
      throw new ConfigError(
        `refusing to restore over ${target}: it holds ${held} responses; add --force to replace them`,
      );
    }
  }
  const partial = join(dirname(target), `.${basename(target)}${PARTIAL_SUFFIX}-${process.pid}`);
  try {
    copyFileSync(source, partial);
    syncFile(partial);
    if (existsSync(target)) checkpoint(target);
    renameSync(partial, target);
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
    syncFile(dirname(target));
  } finally {
    rmSync(partial, { force: true });
  }
  return report;
}

/** Responses in the target; a file that is no database (or has no responses table) holds none. */
function heldResponses(file: string): number {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    return Number((db.prepare('SELECT count(*) AS n FROM responses').get() as { n: number }).n);
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}

function checkpoint(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').all();
  } finally {
    db.close();
  }
}
