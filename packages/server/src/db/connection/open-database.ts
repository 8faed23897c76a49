import { createClient, LibsqlError, type Client } from '@libsql/client';
import { ConfigError } from '../../config/config-error.js';
import type { ServerConfig } from '../../config/server-config.js';
import { storageErrorCode } from '../health/storage-error.js';

/** How long a `file:` connection waits for another writer (another process, say) before giving up. */
export const BUSY_TIMEOUT_MS = 5_000;

export interface OpenDatabaseOptions {
  /**
   * The `file:` driver waits for a lock synchronously, stalling the event
   * loop; the ingest writer therefore opens its own connection with a short
   * wait and retries asynchronously instead.
   */
  busyTimeoutMs?: number;
  /** Connections the client may hold (the writer uses exactly one). */
  concurrency?: number;
}

/**
 * Opens the database named by the configuration with @libsql/client, so
 * `file:`, `libsql://` and `http(s)://` URLs all work. An embedded `file:`
 * database is switched to WAL (persistent in the file) and every pooled
 * connection gets the busy timeout; `durableTransaction` checks
 * `synchronous=FULL` on the connection of each write.
 *
 * @example
 * const db = await openDatabase(loadConfig());
 * await migrate(db);
 */
export async function openDatabase(
  config: Pick<ServerConfig, 'dbUrl' | 'dbAuthToken'>,
  options: OpenDatabaseOptions = {},
): Promise<Client> {
  let db: Client;
  try {
    db = createClient({
      url: config.dbUrl,
      ...(config.dbAuthToken ? { authToken: config.dbAuthToken } : {}),
      timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    });
  } catch (error) {
    throw new ConfigError(`cannot open database ${config.dbUrl}: ${message(error)}`, { cause: error });
  }
  if (db.protocol === 'file') {
    try {
      await db.execute('PRAGMA journal_mode=WAL');
    } catch (error) {
      db.close();
      throw new ConfigError(`cannot use database ${config.dbUrl}: ${message(error)}`, { cause: error });
    }
  } else {
    // A remote client connects lazily: ask once, so a wrong URL or token stops
    // the command here with one line rather than failing the first request.
    try {
      await db.execute('SELECT 1');
    } catch (error) {
      db.close();
      throw new ConfigError(
        `cannot reach the database ${config.dbUrl} (${systemCode(error) ?? message(error)}); check MV_DB_URL and MV_DB_AUTH_TOKEN`,
        { cause: error },
      );
    }
  }
  return db;
}

const message = (error: unknown) =>
  error instanceof LibsqlError
    ? `${error.code}: ${error.message.replace(/^[A-Z_]+: /, '')}`
    : error instanceof Error
      ? error.message.split('\n')[0]
      : String(error);

/** The system error code (ECONNREFUSED, ENOTFOUND…) fetch wraps in its TypeError, if that is what failed. */
const systemCode = (error: unknown): string | undefined => {
  const code = storageErrorCode(error);
  return code && /^E[A-Z_]+$/.test(code) ? code : undefined;
};
