/** SQLite answers these when another connection holds the lock: worth waiting for, not a failure. */
const BUSY_CODES = /^SQLITE_(BUSY|LOCKED)/;

export const isBusyError = (error: unknown): boolean => {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const cause = error instanceof Error ? error.cause : undefined;
  return BUSY_CODES.test(code) || (cause !== undefined && cause !== error && isBusyError(cause));
};

export interface BusyRetryOptions {
  /** Give up after this long in all (default 5 s). */
  deadlineMs?: number;
}

/**
 * Runs `attempt` again while the database is busy, with growing pauses,
 * until it succeeds or the deadline passes (then the last error is thrown).
 * The pauses are timers, so the server keeps answering other requests while
 * another process holds the write lock.
 *
 * @example
 * await retryWhileBusy(() => writeBatch(items));
 */
export async function retryWhileBusy<T>(attempt: () => Promise<T>, options: BusyRetryOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.deadlineMs ?? 5_000);
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusyError(error) || Date.now() + pause > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
