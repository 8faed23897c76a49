import type { Submission } from '@mv-feedback/scoring';

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
  get(id: string): QueuedSubmission | undefined;
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
  let memory: QueuedSubmission[] = [];
  // Once storage refuses a write, memory holds the truth; until then storage
  // does, so entries another tab has delivered are not brought back.
  let stored = !!storage;
  const read = (): QueuedSubmission[] => {
    if (!stored) return memory;
    try {
      const parsed: unknown = JSON.parse(storage!.getItem(key) ?? '[]');
      // Anything not shaped like an entry (another script's data, an old format) would block the queue.
      return Array.isArray(parsed) ? parsed.filter((e: QueuedSubmission) => typeof e?.submission?.id === 'string') : [];
    } catch {
      return [];
    }
  };
  const write = (entries: QueuedSubmission[]): void => {
    memory = entries;
    try {
      if (entries.length) storage!.setItem(key, JSON.stringify(entries));
      else storage!.removeItem(key);
    } catch {
      // Refused (quota or privacy mode): the copy in memory still retries while the page is open.
      stored = false;
    }
  };
  return {
    key,
    list: read,
    get: (id) => read().find((entry) => entry.submission.id === id),
    put(entry) {
      write([...read().filter((e) => e.submission.id !== entry.submission.id), entry]);
    },
    remove(id) {
      write(read().filter((entry) => entry.submission.id !== id));
    },
  };
}
