import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { loadConfig } from '../config/load-config.js';
import { clientWriteConnection } from '../db/connection/client-write-connection.js';
import { openDatabase } from '../db/connection/open-database.js';
import { migrate } from '../db/schema/migrate.js';
import { groupCommitWriter } from '../writer/group-commit-writer.js';
import { readsSettleWith } from '../staff/settled-counters.js';

export interface InProcessApp {
  /** The whole app, as `serve` builds it, for `app.request()`. */
  app: Hono;
  /** Its database, to read what a request stored. */
  db: Client;
  /** Closes the writer and the database and deletes the temporary folder. */
  close(): Promise<void>;
}

/**
 * The whole app on a real libSQL file in a temporary folder, migrated, with
 * its writer on this thread: for colocated tests that ask it in process with
 * `app.request()`, without a socket. Not part of the package's API.
 *
 * @example
 * const served = await inProcessApp({ MV_RATE_LIMIT: '0' });
 * const answer = await served.app.request('/healthz');
 * await served.close();
 */
export async function inProcessApp(env: Record<string, string> = {}): Promise<InProcessApp> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-in-process-'));
  const config = loadConfig({ env, flags: { db: `file:${join(dir, 'feedback.db')}` } });
  const db = await openDatabase(config);
  await migrate(db, { catalogue: config.catalogue });
  const writer = groupCommitWriter(clientWriteConnection(db), {
    catalogue: config.catalogue,
    timezone: config.timezone,
  });
  readsSettleWith(db, () => writer.settle());
  return {
    app: createApp({ db, config, writer }),
    db,
    async close() {
      await writer.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
