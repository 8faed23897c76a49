import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Client } from '@libsql/client';
import { createApp } from './app.js';
import { followUpPurgeJob } from './follow-ups/follow-up-purge.js';
import { startNoticeSender } from './follow-ups/notice-setup.js';
import type { NoticeSender } from './follow-ups/notice-sender.js';
import { followUpConfig } from './follow-ups/follow-up-settings.js';
import type { AssetRoots } from './assets/static-assets.js';
import { ConfigError } from './config/config-error.js';
import { databaseFilePath } from './config/database-location.js';
import { configuredPublicUrl, type ServerConfig } from './config/server-config.js';
import { clientWriteConnection } from './db/connection/client-write-connection.js';
import { startupIntegrityCheck } from './db/health/integrity-check.js';
import { migrate } from './db/schema/migrate.js';
import { openDatabase } from './db/connection/open-database.js';
import { preparedWriteConnection } from './db/connection/prepared-write-connection.js';
import { storageHealth, type StorageHealth } from './db/health/storage-health.js';
import type { WriteConnection } from './db/connection/write-connection.js';
import { SERVER_TIMEOUTS, connectionCap } from './http/connection-limits.js';
import { groupCommitWriter, type GroupCommitWriter } from './writer/group-commit-writer.js';
import { canUseWriterThread, threadedWriter } from './writer/threaded-writer.js';
import { dailyBackupJob } from './backup/daily-backups.js';
import { dailyJobs, type DailyJob } from './jobs/daily-jobs.js';
import { retentionJob } from './retention/retention-job.js';
import { readsSettleWith } from './staff/settled-counters.js';

export interface StartServerOptions {
  demo?: boolean;
  /** Overrides `config.port`; 0 picks a free port. */
  port?: number;
  /** Overrides `config.host`. */
  host?: string;
  assetRoots?: AssetRoots;
  /**
   * Run group commits of a `file:` database on a worker thread (default: yes,
   * when running the built package), so fsyncs never stall request handling.
   * False runs them on the HTTP thread: less CPU per request, but a disk that
   * stalls an fsync stalls every request with it.
   */
  writerThread?: boolean;
  /** Most client connections at once (default: {@link connectionCap} of the open-file limit). */
  maxConnections?: number;
  /** The clock responses are received by, invitations expire against and the public report's periods end by (default: the system's); tests set it. */
  now?: () => Date;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  /** The base of links and QR codes: MV_PUBLIC_URL, else `url`. */
  publicUrl: string;
  port: number;
  /** The database, for reads and for writes outside ingest. */
  db: Client;
  /** The ingest writer's connection when it runs on this thread; otherwise one through `db`. */
  writeDb: WriteConnection;
  writer: GroupCommitWriter;
  /** The follow-up notice sender, with MV_SMTP_URL (docs/design.md §12); `sendDue()` sends what is due now. */
  notices: NoticeSender | null;
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
  // The writer's own connection, when it has one on this thread.
  let ownWriteDb: WriteConnection | null = null;
  let writer: GroupCommitWriter;
  const health = storageHealth();
  try {
    await migrate(db, { catalogue: config.catalogue });
    await checkIntegrityAtStart(db, config.dbUrl, health);
    const store = { catalogue: config.catalogue, timezone: config.timezone };
    // A remote database, or an in-memory one that a second connection would not see.
    const file = db.protocol === 'file' ? databaseFilePath(config.dbUrl) : null;
    if (file === null) {
      writer = groupCommitWriter(clientWriteConnection(db), store);
    } else if (options.writerThread ?? canUseWriterThread()) {
      writer = await threadedWriter({
        role: 'mv-feedback-writer',
        file,
        ...store,
        busyTimeoutMs: WRITER_BUSY_TIMEOUT_MS,
      });
    } else {
      // One dedicated connection for ingest: its PRAGMAs are known, and a short
      // driver wait keeps the event loop free while another process writes.
      ownWriteDb = preparedWriteConnection(file, WRITER_BUSY_TIMEOUT_MS);
      writer = groupCommitWriter(ownWriteDb, store);
    }
  } catch (error) {
    ownWriteDb?.close();
    db.close();
    throw error;
  }
  // Counters reads wait for the writer's fold of what it stored before them (migration 9).
  readsSettleWith(db, () => writer.settle());
  const closeDatabases = () => {
    ownWriteDb?.close();
    db.close();
  };
  // Known once the server listens (port 0 picks one); links are made only after that.
  let publicUrl = configuredPublicUrl(config);
  let notices: NoticeSender | null = null;
  const app = createApp({
    onFollowUpStored: () => notices?.wake(),
    db,
    config,
    writer,
    health,
    publicUrl: () => publicUrl,
    demo: options.demo ?? false,
    ...(options.now ? { now: options.now } : {}),
    ...(options.assetRoots ? { assetRoots: options.assetRoots } : {}),
  });
  const host = options.host ?? config.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const created = serve(
      { fetch: app.fetch, port: options.port ?? config.port, hostname: host, serverOptions: SERVER_TIMEOUTS },
      () => resolve(created),
    ) as Server;
    created.maxConnections = options.maxConnections ?? connectionCap();
    created.once('error', reject);
  }).catch(async (error: unknown) => {
    await writer.close();
    closeDatabases();
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const where = `${host}:${options.port ?? config.port}`;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new ConfigError(`cannot listen on ${where} (${code}); choose another with --port or MV_PORT`);
    }
    // A name that does not resolve, or an address of another machine.
    if (code === 'EADDRNOTAVAIL' || code.startsWith('EAI_') || code === 'ENOTFOUND') {
      throw new ConfigError(
        `cannot listen on ${where} (${code}); choose an address of this machine with --host or MV_HOST`,
      );
    }
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  const url = configuredPublicUrl({ host, port });
  publicUrl = configuredPublicUrl({ ...config, host, port });
  const daily = startDailyJobs(db, config);
  notices = startNoticeSender(db, config, { publicUrl: () => publicUrl, now: options.now });
  let closing: Promise<void> | null = null;
  return {
    url,
    publicUrl,
    port,
    db,
    writeDb: ownWriteDb ?? clientWriteConnection(db),
    writer,
    notices,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
        await stopped;
        clearTimeout(force);
        await daily?.stop();
        await notices?.stop();
        await writer.close();
        closeDatabases();
      })();
      return closing;
    },
  };
}

/** The daily backup and retention purge, when configured (docs/design.md §15), and the follow-up purge (§12). */
function startDailyJobs(db: Client, config: ServerConfig) {
  const jobs: DailyJob[] = [];
  if (config.backupDir && db.protocol === 'file') {
    jobs.push(
      dailyBackupJob({
        db,
        dbUrl: config.dbUrl,
        dir: config.backupDir,
        keep: config.backupKeep ?? 7,
        timezone: config.timezone,
      }),
    );
  }
  if (config.retentionDays) jobs.push(retentionJob({ db, days: config.retentionDays }));
  jobs.push(followUpPurgeJob({ db, days: followUpConfig(config).retentionDays }));
  return dailyJobs({ jobs, timezone: config.timezone });
}

/**
 * A damaged `file:` database is noted at start, with one log line, rather
 * than refused: the server then answers /healthz (so a load balancer takes
 * it out), staff reads and submissions with 503, and the operator restores
 * the file from a backup.
 */
async function checkIntegrityAtStart(db: Client, dbUrl: string, health: StorageHealth): Promise<void> {
  const file = db.protocol === 'file' ? databaseFilePath(dbUrl) : null;
  if (file === null) return;
  const problem = await startupIntegrityCheck(db, file);
  if (problem === null) return;
  health.markCorrupt(problem);
  console.error(
    `mv-feedback: the database ${file} failed its integrity check (${problem}); /healthz, staff reads and submissions answer 503 until it is restored from a backup`,
  );
}
