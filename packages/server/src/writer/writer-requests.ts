import type { OfferInput } from '../db/store/offer-store.js';
import { StorageUnavailableError } from '../db/health/storage-error.js';
import type { WriteOutcome, WriterItem } from './group-commit-writer.js';
import type { WireFailure, WireItem, WireSubmission, WorkerReply, WorkerRequest } from './write-worker-protocol.js';

type Settle<T> = { resolve(value: T): void; reject(error: Error): void };

/** The writer's error again, with its driver code, so a corruption is recognised on this side. */
const fromWire = (failed: WireFailure): Error =>
  failed.storage
    ? new StorageUnavailableError(failed.message, { code: failed.code })
    : Object.assign(new Error(failed.message), { code: failed.code });

/** The HTTP side of the writer's messages over one channel. */
export interface WriterRequests {
  submit(item: WriterItem): Promise<WriteOutcome>;
  offer(offer: OfferInput): Promise<void>;
  /** A question for the writer, answered between its batches. */
  ask(type: 'check' | 'settle'): Promise<void>;
  /** Settles the requests a reply answers; the other replies (ready, closed …) are the caller's. */
  receive(reply: WorkerReply): void;
  /** Sends at once what this turn of the event loop read (ahead of a close). */
  sendOutgoing(): void;
  /** Rejects every request not yet answered and forgets what was not sent. */
  failAll(error: Error): void;
  /** Submissions and offers not yet answered. */
  readonly unanswered: number;
}

/**
 * A submission's message (a WireSubmission) as JSON text, with the canonical
 * JSON its content hash was taken over spliced in as the submission when
 * there is one. What every submission has is written out (the time and the
 * hex hash need no escaping); only the rest (an invitation, a follow-up)
 * goes through JSON.stringify.
 */
function wireItemJson(seq: number, item: WriterItem): string {
  const { submission, submissionJson, receivedAt, contentHash, ...rest } = item;
  const optional: Omit<WireItem, 'submission' | 'receivedAt' | 'contentHash'> = rest;
  let text = `{"seq":${seq},"item":{"receivedAt":"${receivedAt.toISOString()}","contentHash":"${contentHash}","submission":${submissionJson ?? JSON.stringify(submission)}`;
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) text += `,"${key}":${JSON.stringify(value)}`;
  }
  return `${text}}}`;
}

/**
 * Numbers each request to a writer (write-worker-protocol.ts), sends the
 * submissions and offers read in one turn of the event loop as one message
 * through `post`, and settles each with its reply. Used by the writer
 * thread's parent (threaded-writer.ts) and by the HTTP processes of
 * bench/ingest/http-processes.mjs, which write through one writer process.
 *
 * @example
 * const requests = writerRequests((message) => worker.postMessage(message));
 * worker.on('message', (reply) => requests.receive(reply));
 * await requests.submit(item); // → 'stored'
 */
export function writerRequests(post: (message: WorkerRequest) => void): WriterRequests {
  const waiting = new Map<number, Settle<WriteOutcome>>();
  const questions = new Map<number, Settle<void>>();
  let seq = 0;
  // Each one's JSON text: the batch goes as one string, spliced rather than serialised again.
  let outgoing: string[] = [];

  /**
   * Sends what this turn of the event loop read, as one message. Holding it
   * back while the writer commits (one message per commit) was measured: no
   * cheaper for the HTTP thread, and with diverse contexts, when the writer
   * limits, a quarter fewer answers a second, the writer idling while its
   * outcomes travel back and the next batch comes.
   */
  const sendOutgoing = () => {
    if (outgoing.length === 0) return;
    post({ type: 'submit', json: `[${outgoing.join(',')}]` });
    outgoing = [];
  };

  const send = (wire: (seq: number) => string) =>
    new Promise<WriteOutcome>((resolve, reject) => {
      const id = (seq += 1);
      waiting.set(id, { resolve, reject });
      if (outgoing.length === 0) setImmediate(sendOutgoing);
      outgoing.push(wire(id));
    });

  return {
    submit: (item) => send((id) => wireItemJson(id, item)),
    async offer(offer) {
      await send((id) =>
        JSON.stringify({ seq: id, offer: { ...offer, at: offer.at.toISOString() } } satisfies WireSubmission),
      );
    },
    ask: (type) =>
      new Promise<void>((resolve, reject) => {
        const id = (seq += 1);
        questions.set(id, { resolve, reject });
        post({ type, seq: id });
      }),
    receive(reply) {
      if (reply.type === 'settled') {
        for (const result of reply.results) {
          const entry = waiting.get(result.seq);
          waiting.delete(result.seq);
          if ('outcome' in result) entry?.resolve(result.outcome);
          else entry?.reject(fromWire(result.failed));
        }
      } else if (reply.type === 'checked' || reply.type === 'counted') {
        const question = questions.get(reply.seq);
        questions.delete(reply.seq);
        if (reply.failed) question?.reject(fromWire(reply.failed));
        else question?.resolve();
      }
    },
    sendOutgoing,
    failAll(error) {
      for (const entry of [...waiting.values(), ...questions.values()]) entry.reject(error);
      waiting.clear();
      questions.clear();
      outgoing = [];
    },
    get unanswered() {
      return waiting.size;
    },
  };
}
