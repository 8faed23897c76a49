import { sameLengthDeadlines } from '../db/health/storage-deadline.js';

/**
 * How long a submission may wait for its commit, queue included, before its
 * client gets 503 with Retry-After (docs/design.md §11): a stalled disk or a lock held
 * elsewhere must not hold requests open. The one place this is decided; the
 * writer also stops retrying a busy batch after it.
 */
export const COMMIT_DEADLINE_MS = 5_000;

/**
 * The writer's outcome if it comes within the commit deadline, else a
 * StorageUnavailableError (503). The write itself is not stopped: it may
 * still commit, and a retry with the same id then gets 200. Either way
 * nothing is acknowledged before its commit.
 *
 * @example
 * const outcome = await withinCommitDeadline(writer.submit(item));
 */
export const withinCommitDeadline: <T>(pending: Promise<T>) => Promise<T> = sameLengthDeadlines(
  COMMIT_DEADLINE_MS,
  'the write',
);
