import type { Submission } from '@mv-feedback/scoring';
import { storedList } from './stored-list.js';

/** A submission waiting to be delivered, with its retry schedule. */
export interface QueuedSubmission {
  submission: Submission;
  /** Failed attempts so far. */
  failures: number;
  /** Not before this time (ms since the epoch), by backoff. */
  nextAt: number;
  /** Not before this time even when the network comes back: the server's Retry-After. */
  holdUntil: number;
}

export interface RetryQueue {
  readonly key: string;
  list(): QueuedSubmission[];
  put(entry: QueuedSubmission): void;
  remove(id: string): void;
}

/**
 * Submissions not yet acknowledged, kept in `localStorage` under a key of
 * their endpoint so they survive a reload, a crash or going offline. Every
 * call reads storage afresh, since other tabs of the same site share it.
 * Where storage is unavailable (private modes, full quota) the queue lives in
 * memory for the life of the page.
 *
 * @example
 * const queue = retryQueue('https://feedback.example.gov');
 * queue.put({ submission, failures: 0, nextAt: Date.now(), holdUntil: 0 });
 */
export function retryQueue(endpoint: string, storage: Storage | undefined = globalThis.localStorage): RetryQueue {
  const key = `mv-feedback:queue:${endpoint}`;
  // Anything not shaped like an entry would block the queue.
  const { read, write } = storedList<QueuedSubmission>(key, storage, (e) => typeof e?.submission?.id === 'string');
  return {
    key,
    list: read,
    put(entry) {
      write([...read().filter((e) => e.submission.id !== entry.submission.id), entry]);
    },
    remove(id) {
      write(read().filter((entry) => entry.submission.id !== id));
    },
  };
}
