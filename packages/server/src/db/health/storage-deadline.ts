import { StorageUnavailableError } from './storage-error.js';

/**
 * The outcome of `pending` if it comes within `ms`, else a
 * StorageUnavailableError saying `what` did not finish (a 503). The work
 * itself is not stopped; its late outcome is dropped.
 *
 * @example
 * await withinDeadline(writer.check(), 2_000, 'the health check');
 */
export async function withinDeadline<T>(pending: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageUnavailableError(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([pending, late]);
  } finally {
    clearTimeout(timer);
  }
}
