import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Client } from '@libsql/client';
import { migrations } from '../db/schema/migrations.js';
import { checkDatabaseFile } from './database-file-check.js';

export interface BackupResult {
  file: string;
  bytes: number;
  responses: number;
}

/** Marks a copy still being written or checked; never the name a backup is kept under. */
export const PARTIAL_SUFFIX = '.partial';

/** Raised when the copy fails its check: nothing is left under the final name. */
export class BackupCheckError extends Error {
  override name = 'BackupCheckError';
}

/**
 * A consistent copy of a live `file:` database (docs/design.md §15): `VACUUM
 * INTO` reads one snapshot in a read transaction, so the server's writers go
 * on (WAL) while it runs, and every response committed before it began is in
 * the copy. The libsql driver has no online-backup call (its `backup()` throws
 * "not implemented" in 0.5.29), so VACUUM INTO is the only way through it.
 * The copy is written under a temporary name beside the target, checked
 * (`PRAGMA integrity_check`), synced, and only then renamed: a crash or a
 * kill leaves at most a `.partial` file, never a half-written backup.
 *
 * @example
 * const { bytes, responses } = await backupDatabase(db, '/var/backups/mv-feedback-2026-12-04.db');
 */
export async function backupDatabase(db: Client, target: string): Promise<BackupResult> {
  if (existsSync(target)) throw new BackupCheckError(`${target} already exists; choose a new file name`);
  const partial = join(dirname(target), `.${basename(target)}${PARTIAL_SUFFIX}-${process.pid}`);
  rmSync(partial, { force: true });
  try {
    await db.execute({ sql: 'VACUUM INTO ?', args: [partial] });
    syncFile(partial);
    const report = checkDatabaseFile(partial, migrations);
    if (report.problem) throw new BackupCheckError(`the copy failed its check: ${report.problem}`);
    renameSync(partial, target);
    syncFile(dirname(target));
    return { file: target, bytes: report.bytes, responses: report.responses };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** fsync a file or folder, so a rename is not seen before the bytes it names. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
