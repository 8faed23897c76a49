import Database from 'libsql';
import type { InStatement, InValue } from '@libsql/client';
import { healthReads } from '../health/integrity-check.js';
import type { WriteConnection } from './write-connection.js';

/** A synchronous driver call as a promise: a throw becomes a rejection. */
const promised = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));

/** Distinct statements kept prepared; multi-row statements differ by row count, so the set is bounded but can grow. */
const MAX_PREPARED = 256;

/**
 * A {@link WriteConnection} on one embedded connection of its own (the
 * `libsql` driver @libsql/client uses for `file:` URLs), with each distinct
 * statement prepared once and kept. @libsql/client prepares every statement
 * anew, and compiling the multi-row upserts was most of a small batch's time. The connection is set to WAL,
 * `synchronous=FULL` and a short busy timeout when opened; nothing else uses
 * it, so the settings hold. Like the client, the driver is synchronous: each
 * statement and the commit's fsync block the calling thread.
 *
 * @example
 * const writer = groupCommitWriter(preparedWriteConnection('/srv/feedback/data/mv-feedback.db', 20), { catalogue, timezone });
 */
export function preparedWriteConnection(file: string, busyTimeoutMs: number): WriteConnection {
  let db = open(file, busyTimeoutMs);
  let prepared = new Map<string, Database.Statement>();
  let closed = false;

  const statement = (text: string): Database.Statement => {
    let stmt = prepared.get(text);
    if (!stmt) {
      if (prepared.size >= MAX_PREPARED) prepared = new Map();
      stmt = db.prepare(text);
      prepared.set(text, stmt);
    }
    return stmt;
  };

  return {
    transaction: () =>
      promised(() => {
        if (closed) throw new Error('the write connection is closed');
        db.exec('BEGIN IMMEDIATE');
        let open = true;
        return {
          query: (s) => promised(() => statement(sql(s)).raw(true).all(args(s)) as unknown[][]),
          run: (statements) =>
            promised(() => {
              for (const s of statements) statement(sql(s)).run(args(s));
            }),
          commit: () =>
            promised(() => {
              db.exec('COMMIT');
              open = false;
            }),
          close() {
            if (open && db.inTransaction) db.exec('ROLLBACK');
            open = false;
          },
        };
      }),
    check: () =>
      healthReads({
        execute: (text) => promised(() => ({ rows: db.prepare(text).all() as Record<string, unknown>[] })),
      }),
    // As with the client: a fresh connection, so nothing of a statement that
    // failed (SQLITE_BUSY, say) stays in progress for the next commit.
    recover: () =>
      promised(() => {
        if (closed) return;
        db.close();
        prepared = new Map();
        db = open(file, busyTimeoutMs);
      }),
    close() {
      closed = true;
      db.close();
    },
  };
}

const sql = (s: InStatement): string => (typeof s === 'string' ? s : s.sql);
// The writer binds by position only.
const args = (s: InStatement): InValue[] => (typeof s !== 'string' && Array.isArray(s.args) ? s.args : []);

function open(file: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    db.exec('PRAGMA journal_mode=WAL');
    db.exec('PRAGMA synchronous=FULL');
    db.exec(`PRAGMA busy_timeout=${Math.round(busyTimeoutMs)}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
