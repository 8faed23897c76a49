import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from './config-error.js';

const REMOTE_SCHEMES = new Set(['libsql:', 'http:', 'https:', 'ws:', 'wss:']);

/**
 * The file a `file:` URL names, resolved against the working directory, or
 * null for an in-memory database. Accepts `file:relative.db`, `file:/abs.db`
 * and `file:///abs.db`, as @libsql/client does.
 */
export function databaseFilePath(dbUrl: string): string | null {
  let path = dbUrl.slice('file:'.length).replace(/[?#].*$/, '');
  if (path.startsWith('//')) {
    const slash = path.indexOf('/', 2);
    const host = path.slice(2, slash === -1 ? undefined : slash);
    if (host !== '' && host !== 'localhost') {
      throw new ConfigError(`MV_DB_URL "${dbUrl}" names a host; write file:/absolute/path.db or file:relative/path.db`);
    }
    path = slash === -1 ? '' : path.slice(slash);
  }
  if (path === ':memory:') return null;
  if (path === '') throw new ConfigError(`MV_DB_URL "${dbUrl}" has no file path`);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw new ConfigError(`MV_DB_URL "${dbUrl}" has a % that is not followed by two hex digits`);
  }
  // The driver aborts the whole process on a NUL in a path.
  if (decoded.includes('\0')) throw new ConfigError(`MV_DB_URL "${dbUrl}" has a NUL (%00) in its path`);
  return resolve(decoded);
}

/**
 * Checks a database URL before anything opens it. For a `file:` URL it makes
 * the parent folder and checks that the server may write there, so a bad path
 * stops the server with one clear line instead of a driver stack trace.
 */
export function prepareDatabaseLocation(dbUrl: string): void {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(dbUrl)?.[0]?.toLowerCase();
  if (!scheme) throw new ConfigError(`MV_DB_URL "${dbUrl}" is not a URL (expected file:, libsql:, http(s): or ws(s):)`);
  if (REMOTE_SCHEMES.has(scheme)) {
    try {
      const url = new URL(dbUrl);
      if (!url.hostname) throw new Error('no host');
    } catch {
      throw new ConfigError(`MV_DB_URL "${dbUrl}" is not a valid ${scheme} URL`);
    }
    return;
  }
  if (scheme !== 'file:') {
    throw new ConfigError(
      `MV_DB_URL "${dbUrl}" has an unsupported scheme ${scheme} (expected file:, libsql:, http(s): or ws(s):)`,
    );
  }
  const file = databaseFilePath(dbUrl);
  if (file === null) return;
  const folder = dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new ConfigError(`cannot create the database folder ${folder}: ${reason(error)}`, { cause: error });
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new ConfigError(`the database path ${file} is a folder, not a file`);
  }
  try {
    accessSync(folder, constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new ConfigError(`the database ${file} is not writable: ${reason(error)}`, { cause: error });
  }
}

const reason = (error: unknown) =>
  error instanceof Error && 'code' in error
    ? String(error.code)
    : error instanceof Error
      ? error.message
      : String(error);
