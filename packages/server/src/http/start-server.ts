import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Client } from '@libsql/client';
import { createApp } from '../app.js';
import type { AssetRoots } from '../assets/static-assets.js';
import type { ServerConfig } from '../config/server-config.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { groupCommitWriter, type GroupCommitWriter } from '../ingest/group-commit-writer.js';

export interface StartServerOptions {
  demo?: boolean;
  /** Overrides `config.port`; 0 picks a free port. */
  port?: number;
  /** Overrides `config.host`. */
  host?: string;
  assetRoots?: AssetRoots;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  port: number;
  /** The database, for reads and for writes outside ingest. */
  db: Client;
  /** The ingest writer's own connection (the same client for a remote database). */
  writeDb: Client;
  writer: GroupCommitWriter;
  /** Stops accepting, answers what is in flight, flushes the writer, closes the database. */
  close(): Promise<void>;
}

const DRAIN_MS = 3_000;
const WRITER_BUSY_TIMEOUT_MS = 20;

/**
 * Opens and migrates the database, then serves the app over HTTP.
 *
 * @example
 * const server = await startServer(loadConfig({ flags: { db: 'file:/tmp/f.db' } }), { port: 0 });
 * await fetch(`${server.url}/healthz`);
 * await server.close();
 */
export async function startServer(config: ServerConfig, options: StartServerOptions = {}): Promise<RunningServer> {
  const db = await openDatabase(config);
  let writeDb: Client = db;
  try {
    await migrate(db);
    // One dedicated connection for ingest: its PRAGMAs are known, and a short
    // driver wait keeps the event loop free while another process writes.
    if (db.protocol === 'file') writeDb = await openDatabase(config, { busyTimeoutMs: WRITER_BUSY_TIMEOUT_MS, concurrency: 1 });
  } catch (error) {
    db.close();
    throw error;
  }
  const closeDatabases = () => {
    if (writeDb !== db) writeDb.close();
    db.close();
  };
  const writer = groupCommitWriter(writeDb, { catalogue: config.catalogue, timezone: config.timezone });
  const app = createApp({ db, config, writer, demo: options.demo ?? false, ...(options.assetRoots ? { assetRoots: options.assetRoots } : {}) });
  const host = options.host ?? config.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, port: options.port ?? config.port, hostname: host }, () => resolve(created as Server));
    created.once('error', reject);
  }).catch((error: unknown) => {
    closeDatabases();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    db,
    writeDb,
    writer,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
        await stopped;
        clearTimeout(force);
        await writer.close();
        closeDatabases();
      })();
      return closing;
    },
  };
}
