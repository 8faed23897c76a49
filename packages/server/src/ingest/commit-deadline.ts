import { StorageUnavailableError } from '../db/storage-error.js';

/**
 * How long a submission may wait for its commit, queue included, before its
 * client gets 503 with Retry-After (SPEC 11): a stalled disk or a lock held
 * elsewhere must not hold requests open. The one place this is decided; the
 * writer also stops retrying a busy batch after it.
 */
export const COMMIT_DEADLINE_MS = 5_000;

/**
 * The writer's outcome if it comes within `ms`, else a StorageUnavailableError
 * (503). The write itself is not stopped: it may still commit, and a retry
 * with the same id then gets 200. Either way nothing is acknowledged before
 * its commit.
 *
 * @example
 * const outcome = await withinCommitDeadline(writer.submit(item));
 */
export async function withinCommitDeadline<T>(pending: Promise<T>, ms: number = COMMIT_DEADLINE_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageUnavailableError(`the write did not commit within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([pending, late]);
  } finally {
    clearTimeout(timer);
  }
}
