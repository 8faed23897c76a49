/**
 * The database could not take or give data just now (busy, locked, closed,
 * unreachable, disk full, corrupt). Clients get 503 with Retry-After: the
 * request itself was fine and may be sent again. `code` keeps the driver's
 * code (SQLITE_BUSY, SQLITE_CORRUPT…) where there was one, also across the
 * writer thread, where the error itself cannot go.
 */
export class StorageUnavailableError extends Error {
  readonly code: string | undefined;
  constructor(message: string, options?: { cause?: unknown; code?: string | undefined }) {
    super(message, options);
    this.name = 'StorageUnavailableError';
    this.code = options?.code ?? storageErrorCode(options?.cause);
  }
}

/** Seconds a client should wait before retrying after a storage failure. */
export const STORAGE_RETRY_AFTER_SECONDS = 2;

// Faults of the storage, not of the request or the code: busy or locked by
// another process, I/O, a full disk, a file that cannot be opened or written
// or is not (or no longer) a sound database, a remote libSQL server out of
// reach. Constraint or syntax errors are bugs and must not hide behind "try
// again later".
const UNAVAILABLE_CODES =
  /^(SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|PROTOCOL|CORRUPT|NOTADB)|CLIENT_CLOSED|HRANA|SERVER_ERROR)/;
const CORRUPTION_CODES = /^SQLITE_(CORRUPT|NOTADB)/;

/**
 * The driver's error code of an error or of the first of its causes that has
 * one, e.g. `SQLITE_CORRUPT`.
 */
export function storageErrorCode(error: unknown): string | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code: unknown = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Whether an error means the database is unavailable for now (503 and a
 * retry), as opposed to a fault in the request or the code.
 *
 * @example
 * if (isStorageFailure(error)) return storageUnavailable(c, error);
 */
export function isStorageFailure(error: unknown): boolean {
  if (error instanceof StorageUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' && UNAVAILABLE_CODES.test(code);
}

/** Whether an error says the database file is damaged or is not a database at all. */
export const isCorruption = (error: unknown): boolean => CORRUPTION_CODES.test(storageErrorCode(error) ?? '');

/** The first line of an error's message, for a log line that is one line. */
export const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
