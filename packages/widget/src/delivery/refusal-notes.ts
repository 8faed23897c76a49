import { storedList } from './stored-list.js';

/** A queued submission the server refused for good, which no form on the sending page had sent. */
export interface Refusal {
  id: string;
  /** The HTTP status of the refusal. */
  status: number;
}

export interface RefusalNotes {
  put(refusal: Refusal): void;
  remove(id: string): void;
  /** Returns the notes and removes them, so each is shown once. */
  take(): Refusal[];
}

/**
 * Refusals waiting to be shown, kept in `localStorage` beside the queue of
 * their endpoint: an answer queued on an earlier visit may be refused on a
 * later one, or in another tab, and the resident must still hear of it
 * (docs/design.md §7: a final 4xx is shown). The next widget on the endpoint takes them.
 *
 * @example
 * const notes = refusalNotes('https://feedback.example.gov');
 * notes.put({ id, status: 400 });
 * notes.take(); // [{ id, status: 400 }], and then []
 */
export function refusalNotes(endpoint: string, storage: Storage | undefined = globalThis.localStorage): RefusalNotes {
  const { read, write } = storedList<Refusal>(
    `mv-feedback:refused:${endpoint}`,
    storage,
    (r) => typeof r?.id === 'string',
  );
  return {
    // Once per id without a check: the queue's lock lets only one tab refuse an entry.
    put: (refusal) => write([...read(), refusal]),
    remove: (id) => write(read().filter((r) => r.id !== id)),
    take() {
      const notes = read();
      write([]);
      return notes;
    },
  };
}
