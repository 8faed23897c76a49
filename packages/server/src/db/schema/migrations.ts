import type { Transaction } from '@libsql/client';
import type { Catalogue } from '@mv-feedback/scoring';
import { backfillCommentStandards } from './comment-standards-backfill.js';
import { backfillCommentTones } from './comment-tones-backfill.js';
import { backfillLanguageCube } from './language-cube-backfill.js';
import { readMigrationFiles, type MigrationFile } from './migration-files.js';
import { makeInvitationSecret } from '../store/server-secrets.js';

/**
 * Work SQL alone cannot do, run after its migration's SQL in the same
 * transaction: filling a new table from rows only the scoring library can read.
 */
export type Backfill = (tx: Transaction, catalogue: Catalogue) => Promise<void>;

/**
 * One of the database's versioned migrations, applied in order and recorded
 * in `schema_migrations` with its checksum. Append only: a migration that
 * has shipped never changes (docs/migrations.md).
 */
export interface Migration extends MigrationFile {
  backfill?: Backfill;
}

// The steps that need JS, by the version of the migration they belong to.
const backfills: Readonly<Record<number, Backfill>> = {
  3: backfillCommentStandards,
  4: makeInvitationSecret,
  8: backfillLanguageCube,
  13: backfillCommentTones,
};

export const migrations: Migration[] = readMigrationFiles().map((file) => {
  const backfill = backfills[file.version];
  return backfill ? { ...file, backfill } : file;
});
