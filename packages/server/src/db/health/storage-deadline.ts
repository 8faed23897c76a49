import { sameLengthTimers } from '../../timers/same-length-timers.js';
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

/**
 * withinDeadline for many requests with the same deadline, on one timer
 * (see sameLengthTimers): a late request hears at `ms` or up to its
 * granularity after, never before.
 *
 * @example
 * const withinCommit = sameLengthDeadlines(5_000, 'the write');
 * const outcome = await withinCommit(writer.submit(item));
 */
export function sameLengthDeadlines(ms: number, what: string): <T>(pending: Promise<T>) => Promise<T> {
  const start = sameLengthTimers(ms);
  return <T>(pending: Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const cancel = start(() => reject(new StorageUnavailableError(`${what} did not finish within ${ms / 1000} s`)));
      pending.then(cancel, cancel);
      // Whichever comes first, its outcome or the deadline's refusal, is the answer.
      pending.then(resolve, reject);
    });
}
