import { existsSync, statSync } from 'node:fs';
import Database from 'libsql';
import type { Migration } from '../db/schema/migrations.js';

/** What a database file holds, as a backup or restore checks it. */
export interface DatabaseFileReport {
  /** Null when `PRAGMA integrity_check` answered ok; otherwise its first line. */
  problem: string | null;
  bytes: number;
  responses: number;
  /** Migrations recorded in the file that this version does not know (a newer release made it). */
  unknownMigrations: string[];
}

/**
 * Opens a database file read-only and checks it whole: `PRAGMA
 * integrity_check`, the responses it holds, and the migrations it records.
 * A file that is not an mv-feedback database at all reports a problem.
 *
 * @example
 * const report = checkDatabaseFile('/var/backups/mv-feedback-2026-12-04.db', migrations);
 * if (report.problem) throw new Error(report.problem);
 */
export function checkDatabaseFile(file: string, known: readonly Migration[]): DatabaseFileReport {
  if (!existsSync(file) || !statSync(file).isFile()) {
    return { problem: `${file} does not exist`, bytes: 0, responses: 0, unknownMigrations: [] };
  }
  const bytes = statSync(file).size;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const verdict = db.prepare('PRAGMA integrity_check').get() as { integrity_check?: string } | undefined;
    const first = (verdict?.integrity_check ?? 'no answer')
      .replace(/^\*\*\* in database main \*\*\*\n/, '')
      .split('\n')[0];
    if (first !== 'ok') return { problem: `integrity check: ${first}`, bytes, responses: 0, unknownMigrations: [] };
    const versions = new Set(known.map((m) => m.version));
    const applied = db.prepare('SELECT version, name FROM schema_migrations').all() as {
      version: number;
      name: string;
    }[];
    const unknownMigrations = applied
      .filter((m) => !versions.has(Number(m.version)))
      .map((m) => `${m.version} "${m.name}"`);
    const counted = db.prepare('SELECT count(*) AS n FROM responses').get() as { n: number };
    return { problem: null, bytes, responses: Number(counted.n), unknownMigrations };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problem: `not a readable mv-feedback database (${reason})`, bytes, responses: 0, unknownMigrations: [] };
  } finally {
    db?.close();
  }
}
