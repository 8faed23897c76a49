import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The numbered `.sql` files: beside this module in src/, and in dist/ where the build copies them. */
export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

const FILE_NAME = /^(\d{4})-[a-z0-9-]+\.sql$/;
const HEADER = /^-- Migration (\d+): (.+)\n/;

/** One migration as its file holds it. */
export interface MigrationFile {
  version: number;
  /** From the file's first line, `-- Migration N: name`; recorded in `schema_migrations`. */
  name: string;
  /** The whole file, run as one script. */
  sql: string;
  /** SHA-256 of the file's bytes, hex: recorded when applied and compared at every start. */
  checksum: string;
}

/**
 * Reads every `NNNN-slug.sql` in `dir`, in version order. A file whose name
 * and first line disagree, or a gap in the versions, is a broken release,
 * so it throws rather than migrate a database from a partial set.
 *
 * @example
 * readMigrationFiles() // → [{ version: 1, name: 'responses, daily rollups and staff tokens', sql: '…', checksum: '5d1c…' }, …]
 */
export function readMigrationFiles(dir: URL = MIGRATIONS_DIR): MigrationFile[] {
  const files = readdirSync(dir)
    .filter((fileName) => fileName.endsWith('.sql'))
    .sort()
    .map((fileName) => {
      const bytes = readFileSync(new URL(fileName, dir));
      const sql = bytes.toString('utf8');
      const version = Number(FILE_NAME.exec(fileName)?.[1]);
      const header = HEADER.exec(sql);
      if (!header || Number(header[1]) !== version) {
        throw new Error(
          `migration file ${fileName} must be named NNNN-slug.sql and begin "-- Migration N: name" with the same N`,
        );
      }
      return { version, name: header[2]!, sql, checksum: createHash('sha256').update(bytes).digest('hex') };
    });
  files.forEach((file, index) => {
    if (file.version !== index + 1) throw new Error(`migration ${index + 1} is missing from ${fileURLToPath(dir)}`);
  });
  return files;
}
