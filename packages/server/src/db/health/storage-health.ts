import { firstLine, isCorruption } from './storage-error.js';

/**
 * What the server knows of its database's soundness. Once a corruption is
 * seen (by the check at start or by any query) it stays known until the
 * server restarts: a damaged file does not mend itself, and answers read from
 * it or written to it cannot be trusted, so health, staff reads and
 * submissions answer 503 until the file is restored.
 */
export interface StorageHealth {
  /** Why the database is known to be corrupt, or null. */
  readonly corrupt: string | null;
  /** Takes note of a storage error; a corruption marks the database corrupt. */
  note(error: unknown): void;
  markCorrupt(reason: string): void;
}

/**
 * @example
 * const health = storageHealth();
 * health.note(error); // after SQLITE_CORRUPT: health.corrupt === 'SQLITE_CORRUPT: database disk image is malformed'
 */
export function storageHealth(): StorageHealth {
  let corrupt: string | null = null;
  return {
    get corrupt() {
      return corrupt;
    },
    note(error) {
      if (corrupt === null && isCorruption(error)) corrupt = firstLine(error);
    },
    markCorrupt(reason) {
      corrupt ??= reason;
    },
  };
}
