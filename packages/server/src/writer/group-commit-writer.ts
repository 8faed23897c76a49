import { retryWhileBusy } from '../db/connection/busy-retry.js';
import { COMMIT_DEADLINE_MS } from './commit-deadline.js';
import { offerWriteStatements, type OfferInput } from '../db/store/offer-store.js';
import {
  responseRowStatements,
  type ResponseStoreOptions,
  type StoredResponseInput,
} from '../db/store/response-store.js';
import {
  backlogStatements,
  counterFolder,
  FOLD_LIMIT,
  stepInTransaction,
  type FoldStep,
} from '../db/store/counter-fold.js';
import { StorageUnavailableError } from '../db/health/storage-error.js';
import { followUpWriteStatements } from '../db/store/follow-up-store.js';
import type { SealedFollowUp } from '../db/store/follow-up-store.js';
import type { WriteConnection, WriteTransaction } from '../db/connection/write-connection.js';

/**
 * What became of one submission: a new row, a repeat of a stored one, or
 * another body under a stored id; for one answering an invitation, also an
 * invitation another response answered, or one past its expiry (docs/design.md §9).
 */
export type WriteOutcome = 'stored' | 'duplicate' | 'conflict' | 'invitation_used' | 'invitation_expired';

/** A submission for the writer: a response, and whether the invitation it answers has expired. */
export interface WriterItem extends StoredResponseInput {
  /** The submission's canonical JSON, when the content hash was taken over it (see fingerprint). */
  submissionJson?: string | undefined;
  /** A request to be contacted, sealed: stored with the response and only if it is (docs/design.md §12). */
  followUp?: SealedFollowUp | undefined;
  /** Refused as `invitation_expired`, unless its id is stored already (a replay stays a repeat). */
  invitationExpired?: boolean | undefined;
}

export interface GroupCommitWriter {
  /** Resolves once the submission is committed (or found already stored); rejects with StorageUnavailableError. */
  submit(item: WriterItem): Promise<WriteOutcome>;
  /**
   * Resolves when the writer's own connection reads the database (see
   * healthReads): a health probe that waits on the disk where the writes do,
   * on the writer's thread when it has one. Rejects with the driver's error.
   */
  check(): Promise<void>;
  /** Resolves once the offer is counted, in the same group commits as submissions; rejects like `submit`. */
  offer(offer: OfferInput): Promise<void>;
  /**
   * Resolves once every response stored so far (by any process) is in the
   * counters: folds the backlog now rather than at its time. Rejects like `submit`.
   */
  settle(): Promise<void>;
  /** Resolves when everything submitted so far has been settled. */
  flush(): Promise<void>;
  /** Settles what is queued, then refuses new submissions. */
  close(): Promise<void>;
}

export interface GroupCommitOptions extends ResponseStoreOptions {
  /** Most submissions one transaction takes (default 500). */
  maxBatch?: number;
  /** How long a batch waits for another writer's lock before it gives up (default: the commit deadline, when its requests have had 503). */
  busyDeadlineMs?: number;
  /** Responses stored but not yet counted that make the writer fold them after its next commit (default FOLD_LIMIT, a whole fold). */
  foldAt?: number;
  /** Longest a stored response waits to be counted when fewer than `foldAt` are (default 500 ms); a read does not wait for it. */
  foldAfterMs?: number;
}

type Settling = { resolve(): void; reject(error: Error): void };

type Waiting = { reject(error: Error): void } & (
  { item: WriterItem; resolve(outcome: WriteOutcome): void } | { offer: OfferInput; resolve(): void }
);

/**
 * Stores submissions with group commit: while one write transaction runs,
 * new arrivals queue, and the next transaction takes all of them. Each
 * transaction looks up the batch's ids, sorts repeats (same content hash:
 * duplicate) from conflicts, writes the rest into `responses` and the
 * counters' backlog and commits with synchronous=FULL; only then are the
 * waiting requests answered. One fsync serves many requests, and no answer
 * ever precedes its commit. The counters come after, in folds of up to
 * FOLD_LIMIT responses (counter-fold.ts), begun after a commit that brings
 * the backlog to `foldAt` or `foldAfterMs` after its first response, and
 * run a step of a few milliseconds after each commit, so that no commit
 * waits for a whole fold; when a read asks (`settle`), the whole backlog is
 * folded at once.
 * Offers ride in the same transactions, summed to one upsert per cube cell. Give
 * it a connection of its own with a short busy timeout: while another
 * process holds the lock the batch is retried on timers rather than by the
 * driver's blocking wait.
 *
 * @example
 * const writer = groupCommitWriter(clientWriteConnection(db), { catalogue, timezone });
 * const outcome = await writer.submit({ submission, receivedAt: new Date(), contentHash: contentHash(submission) });
 */
export function groupCommitWriter(db: WriteConnection, options: GroupCommitOptions): GroupCommitWriter {
  const maxBatch = options.maxBatch ?? 500;
  // A fold begins when it can be a whole one: the more responses a fold takes, the more of their cells
  // collapse (with diverse contexts 6.9 row changes a response in folds of 1,000, 5.0 in folds of 2,000).
  const foldAt = options.foldAt ?? FOLD_LIMIT;
  const busyDeadlineMs = options.busyDeadlineMs ?? COMMIT_DEADLINE_MS;
  let queue: Waiting[] = [];
  let draining: Promise<void> | null = null;
  let closed = false;
  const folder = counterFolder(options);
  // Stored by this writer and not yet folded; a fold also takes other processes' backlog.
  let unfolded = 0;
  // At start: whatever a crash left in the backlog, a fold half done included.
  let foldDue = true;
  // A fold has steps still to run: one after each commit.
  let folding = false;
  let foldTimer: NodeJS.Timeout | null = null;
  let settling: Settling[] = [];

  async function drain(): Promise<void> {
    // Let the requests already read from sockets join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (queue.length > 0 || foldDue || folding || settling.length > 0) {
      if (queue.length > 0) {
        const batch = queue.slice(0, maxBatch);
        queue = queue.slice(batch.length);
        await commitBatch(batch);
      }
      if (settling.length > 0) await settle();
      else if (folding || foldDue || unfolded >= foldAt) await foldStep();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (unfolded > 0 && foldTimer === null && !closed) {
      foldTimer = setTimeout(() => {
        foldTimer = null;
        foldDue = true;
        schedule();
      }, options.foldAfterMs ?? 500);
      foldTimer.unref();
    }
  }

  function schedule(): void {
    if (draining) return;
    draining = drain().finally(() => {
      draining = null;
      // A submission may have queued after the loop's last check.
      if (queue.length > 0 || foldDue || folding || settling.length > 0) schedule();
    });
  }

  /** One step of the fold under way or of a new one; a failure leaves the fold to the next step, when the timer comes round. */
  async function foldStep(): Promise<void> {
    foldDue = false;
    try {
      const step = await stepOnce();
      folding = step.state === 'folding';
      if (step.state === 'folded') unfolded = Math.max(0, unfolded - step.responses);
      if (step.state === 'idle') unfolded = 0;
    } catch {
      folding = false;
    }
  }

  /** For the reads waiting: the whole backlog folded now, step after step; a failure fails them. */
  async function settle(): Promise<void> {
    const waiters = settling;
    settling = [];
    foldDue = false;
    try {
      while ((await stepOnce()).state !== 'idle');
      folding = false;
      unfolded = 0;
      for (const waiter of waiters) waiter.resolve();
    } catch (error) {
      const failure = storageUnavailable(error);
      for (const waiter of waiters) waiter.reject(failure);
    }
  }

  const stepOnce = (): Promise<FoldStep> =>
    retryWhileBusy(() => stepInTransaction(db, folder).catch(afterFailure), { deadlineMs: busyDeadlineMs });

  async function commitBatch(batch: Waiting[]): Promise<void> {
    let outcomes: WriteOutcome[];
    const items = batch.flatMap((w) => ('item' in w ? [w.item] : []));
    const offers = batch.flatMap((w) => ('offer' in w ? [w.offer] : []));
    try {
      outcomes = await retryWhileBusy(() => writeBatch(items, offers).catch(afterFailure), {
        deadlineMs: busyDeadlineMs,
      });
    } catch (error) {
      const failure = storageUnavailable(error);
      for (const waiting of batch) waiting.reject(failure);
      return;
    }
    for (const outcome of outcomes) if (outcome === 'stored') unfolded += 1;
    let next = 0;
    for (const waiting of batch) {
      if ('item' in waiting) waiting.resolve(outcomes[next++] ?? 'stored');
      else waiting.resolve();
    }
  }

  async function afterFailure(error: unknown): Promise<never> {
    await db.recover();
    throw error;
  }

  async function writeBatch(items: WriterItem[], offers: OfferInput[]): Promise<WriteOutcome[]> {
    const tx = await db.transaction();
    try {
      const ids = [...new Set(items.map((item) => item.submission.id))];
      const found =
        ids.length === 0
          ? []
          : await tx.query({
              sql: `SELECT id, content_hash FROM responses WHERE id IN (${ids.map(() => '?').join(',')})`,
              args: ids,
            });
      const known = new Map(found.map((row) => [String(row[0]), String(row[1])]));
      const used = await usedInvitations(tx, items);
      const fresh: WriterItem[] = [];
      const outcomes = items.map((item): WriteOutcome => {
        const stored = known.get(item.submission.id);
        if (stored !== undefined) return stored === item.contentHash ? 'duplicate' : 'conflict';
        if (item.invitationExpired) return 'invitation_expired';
        if (item.invitation !== undefined && used.has(item.invitation)) return 'invitation_used';
        // The first copy in the batch is written; later copies compare against it.
        known.set(item.submission.id, item.contentHash);
        if (item.invitation !== undefined) used.add(item.invitation);
        fresh.push(item);
        return 'stored';
      });
      const statements = [
        ...(fresh.length > 0 ? responseRowStatements(fresh, options) : []),
        ...backlogStatements(fresh.map((item) => item.submission.id)),
        ...followUpWriteStatements(fresh),
        ...offerWriteStatements(offers, options.timezone),
      ];
      if (statements.length > 0) await tx.run(statements);
      await tx.commit();
      return outcomes;
    } finally {
      tx.close();
    }
  }

  return {
    submit(item) {
      if (closed) return Promise.reject(new StorageUnavailableError('the server is shutting down'));
      return new Promise<WriteOutcome>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      });
    },
    check: () => db.check(),
    settle() {
      if (closed) return Promise.reject(new StorageUnavailableError('the server is shutting down'));
      return new Promise<void>((resolve, reject) => {
        settling.push({ resolve, reject });
        schedule();
      });
    },
    offer(offer) {
      if (closed) return Promise.reject(new StorageUnavailableError('the server is shutting down'));
      return new Promise<void>((resolve, reject) => {
        queue.push({ offer, resolve, reject });
        schedule();
      });
    },
    async flush() {
      while (draining) await draining;
    },
    async close() {
      closed = true;
      if (foldTimer !== null) clearTimeout(foldTimer);
      while (draining) await draining;
    },
  };
}

const storageUnavailable = (error: unknown): StorageUnavailableError =>
  new StorageUnavailableError(`storage unavailable: ${error instanceof Error ? error.message : String(error)}`, {
    cause: error,
  });

/** The invitations of a batch that a stored response answered already. */
async function usedInvitations(tx: WriteTransaction, items: readonly WriterItem[]): Promise<Set<string>> {
  const invitations = [...new Set(items.flatMap((item) => (item.invitation === undefined ? [] : [item.invitation])))];
  if (invitations.length === 0) return new Set();
  const rows = await tx.query({
    sql: `SELECT invitation FROM used_invitations WHERE invitation IN (${invitations.map(() => '?').join(',')})`,
    args: invitations,
  });
  return new Set(rows.map((row) => String(row[0])));
}
