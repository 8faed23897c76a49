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
