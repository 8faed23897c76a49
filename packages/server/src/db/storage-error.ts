/**
 * The database could not take or give data just now (busy, locked, closed,
 * unreachable, disk full). Clients get 503 with Retry-After: the request
 * itself was fine and may be sent again.
 */
export class StorageUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

/** Seconds a client should wait before retrying after a storage failure. */
export const STORAGE_RETRY_AFTER_SECONDS = 2;

// Faults of the storage, not of the request or the code: busy or locked by
// another process, I/O, a full disk, a file that cannot be opened or written,
// a remote libSQL server out of reach. Constraint or syntax errors are bugs
// and must not hide behind "try again later".
const UNAVAILABLE_CODES =
  /^(SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|PROTOCOL)|CLIENT_CLOSED|HRANA|SERVER_ERROR)/;

/**
 * Whether an error means the database is unavailable for now (503 and a
 * retry), as opposed to a fault in the request or the code.
 *
 * @example
 * if (isStorageFailure(error)) return storageUnavailable(c);
 */
export function isStorageFailure(error: unknown): boolean {
  if (error instanceof StorageUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' && UNAVAILABLE_CODES.test(code);
}
