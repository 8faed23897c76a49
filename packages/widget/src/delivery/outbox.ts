import type { Submission } from '@mv-feedback/scoring';
import { backoffDelay } from './backoff.js';
import { refusalNotes, type Refusal, type RefusalNotes } from './refusal-notes.js';
import { retryQueue, type RetryQueue } from './retry-queue.js';
import { sendSubmission, type SendOutcome } from './send-submission.js';

export type DeliveryListener = (id: string, outcome: SendOutcome) => void;

export interface OutboxOptions {
  queue?: RetryQueue;
  send?: (endpoint: string, submission: Submission) => Promise<SendOutcome>;
}

const OFFLINE: SendOutcome = { kind: 'retry', status: 0, retryAfterMs: 0 };

/**
 * Delivers submissions to one endpoint exactly once as far as the client can
 * help it: each is queued in storage before the first attempt, removed only
 * on an answer that settles it (stored, or a final refusal), and otherwise
 * retried with backoff on a timer, when the browser comes back online and on
 * the next page load. A Web Lock per queue lets one tab send at a time, so
 * two open tabs never post the same entry together; a BroadcastChannel tells
 * the tab that queued an entry how it went when another tab sent it, and
 * every tab which entries are settled: storage written by a tab in another
 * process can reach this one after the lock does, and an entry sent twice in
 * turn is stored once (the server answers a repeated id as stored) but costs
 * a request.
 * A final refusal of an entry no form on the page sent (one of an earlier
 * visit or of another tab) is noted for a widget to show, since the resident
 * must still learn of it (docs/design.md §7).
 *
 * @example
 * const outbox = outboxFor('https://feedback.example.gov');
 * outbox.listen((id, outcome) => console.log(id, outcome.kind));
 * await outbox.submit(submission);
 */
export class Outbox {
  readonly #listeners = new Set<DeliveryListener>();
  readonly #queue: RetryQueue;
  readonly #refusals: RefusalNotes;
  // What forms on this page sent: they show their own outcomes, so a refusal of one is not noted.
  readonly #mine = new Set<string>();
  readonly #send: NonNullable<OutboxOptions['send']>;
  #running: Promise<void> | undefined;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  // Tells the other tabs how their entries went when this tab sent them.
  readonly #channel: BroadcastChannel | undefined;
  // Entries another tab settled, which this tab's storage may still list for a moment.
  readonly #settled = new Set<string>();

  constructor(
    readonly endpoint: string,
    options: OutboxOptions = {},
  ) {
    this.#queue = options.queue ?? retryQueue(endpoint);
    this.#send = options.send ?? sendSubmission;
    this.#refusals = refusalNotes(endpoint);
    if (globalThis.BroadcastChannel) {
      this.#channel = new BroadcastChannel(this.#queue.key);
      this.#channel.onmessage = ({ data: [id, outcome] }: MessageEvent<[string, SendOutcome]>) => {
        // The sending tab noted this refusal, but a form here sent the entry and shows the refusal itself.
        if (this.#mine.has(id)) this.#refusals.remove(id);
        if (outcome.kind !== 'retry') this.#settled.add(id);
        this.#notify(id, outcome);
      };
    }
  }

  #notify(id: string, outcome: SendOutcome): void {
    for (const listener of this.#listeners) listener(id, outcome);
  }

  /** Calls `listener` with each attempt's outcome; returns the function that stops it. */
  listen(listener: DeliveryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * The refusals noted of entries no form on the page sent, removed as they
   * are taken so that each is shown once. Listeners hear of each refusal
   * after it is noted.
   */
  takeRefusals(): Refusal[] {
    return this.#refusals.take();
  }

  /** Queues a submission, then tries to deliver it at once. */
  submit(submission: Submission): Promise<void> {
    this.#mine.add(submission.id);
    this.#queue.put({ submission, failures: 0, nextAt: 0, holdUntil: 0 });
    return this.flush();
  }

  /**
   * Sends the entries that are due. `now` also sends those still waiting for
   * their backoff (after reconnecting or a reload), but never before the
   * server's Retry-After.
   */
  flush(now = false): Promise<void> {
    this.#again ||= now;
    if (this.#running) return this.#running;
    this.#running = (async () => {
      do {
        const force = this.#again;
        this.#again = false;
        const locks = globalThis.navigator?.locks;
        await (locks ? locks.request(this.#queue.key, () => this.#sendDue(force)) : this.#sendDue(force));
      } while (this.#again);
    })().finally(() => {
      this.#running = undefined;
      this.#schedule();
    });
    return this.#running;
  }

  async #sendDue(force: boolean): Promise<void> {
    // Read inside the lock: another tab may have settled entries meanwhile.
    for (const entry of this.#queue.list()) {
      const now = Date.now();
      const { id } = entry.submission;
      if (this.#settled.has(id) || now < entry.holdUntil || (!force && now < entry.nextAt)) continue;
      const outcome = navigator.onLine === false ? OFFLINE : await this.#send(this.endpoint, entry.submission);
      if (outcome.kind === 'retry') {
        const at = Date.now();
        this.#queue.put({
          ...entry,
          failures: entry.failures + 1,
          nextAt: at + backoffDelay(entry.failures, outcome.retryAfterMs),
          holdUntil: at + outcome.retryAfterMs,
        });
      } else {
        this.#queue.remove(id);
        if (outcome.kind === 'final' && !this.#mine.has(id)) this.#refusals.put({ id, status: outcome.status });
      }
      this.#notify(id, outcome);
      this.#channel?.postMessage([id, outcome]);
    }
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const next = Math.min(...this.#queue.list().map((e) => Math.max(e.nextAt, e.holdUntil)));
    if (Number.isFinite(next)) this.#timer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
  }
}

const outboxes = new Map<string, Outbox>();

/**
 * The page's one outbox for an endpoint, shared by every widget using it. The
 * first call also retries what an earlier visit left queued, and listens for
 * the browser coming back online.
 */
export function outboxFor(endpoint: string): Outbox {
  let outbox = outboxes.get(endpoint);
  if (!outbox) {
    const created = new Outbox(endpoint);
    outboxes.set(endpoint, created);
    addEventListener('online', () => void created.flush(true));
    void created.flush(true);
    outbox = created;
  }
  return outbox;
}
