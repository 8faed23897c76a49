import { Worker } from 'node:worker_threads';
import { StorageUnavailableError } from '../db/health/storage-error.js';
import type { GroupCommitWriter, WriteOutcome } from './group-commit-writer.js';
import { WRITE_WORKER_URL, type WriteWorkerData } from './write-worker.js';
import type { WireFailure, WireSubmission, WorkerReply, WorkerRequest } from './write-worker-protocol.js';

/** The writer thread's error again, with its driver code, so a corruption is recognised on this side. */
const fromWire = (failed: WireFailure): Error =>
  failed.storage
    ? new StorageUnavailableError(failed.message, { code: failed.code })
    : Object.assign(new Error(failed.message), { code: failed.code });

/** Whether the writer thread can run here: Node loads the built .js module, not the TypeScript source. */
export const canUseWriterThread = (): boolean => WRITE_WORKER_URL.endsWith('.js');

/**
 * A {@link GroupCommitWriter} whose group commits run on a worker thread
 * with its own connection, so the HTTP thread keeps reading and validating
 * requests while a commit's fsync runs; those requests form the next batch.
 * A thread that dies fails its waiting requests with 503 and is started
 * again on the next submission.
 *
 * @example
 * const writer = await threadedWriter({ role: 'mv-feedback-writer', file, catalogue, timezone, busyTimeoutMs: 20 });
 */
export async function threadedWriter(data: WriteWorkerData): Promise<GroupCommitWriter> {
  const waiting = new Map<number, { resolve(outcome: WriteOutcome): void; reject(error: Error): void }>();
  const checks = new Map<number, { resolve(): void; reject(error: Error): void }>();
  let seq = 0;
  let outgoing: WireSubmission[] = [];
  let current: Worker | null = null;
  let closed = false;
  let worker: Promise<Worker> | null = null;

  const failAll = (reason: string) => {
    const error = new StorageUnavailableError(reason);
    for (const entry of [...waiting.values(), ...checks.values()]) entry.reject(error);
    waiting.clear();
    checks.clear();
    outgoing = [];
    current = null;
  };

  /**
   * Sends what this turn of the event loop read, as one message. Holding it
   * back while the thread commits (one message per commit) was measured: no
   * cheaper for the HTTP thread, and with diverse contexts, when the writer
   * limits, a quarter fewer answers a second, the thread idling while its
   * outcomes travel back and the next batch comes.
   */
  const sendOutgoing = () => {
    if (current === null || outgoing.length === 0) return;
    current.postMessage({ type: 'submit', json: JSON.stringify(outgoing) } satisfies WorkerRequest);
    outgoing = [];
  };

  const start = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      // Of the main script's flags only the profiler's: --input-type or --eval are for it alone,
      // while `node --cpu-prof` should profile the writer too.
      const execArgv = process.execArgv.filter((flag) => flag.startsWith('--cpu-prof'));
      const thread = new Worker(new URL(WRITE_WORKER_URL), { workerData: data, execArgv });
      let ready = false;
      thread.on('message', (message: WorkerReply) => {
        if (message.type === 'ready') {
          ready = true;
          current = thread;
          resolve(thread);
        } else if (message.type === 'startFailed') {
          reject(new StorageUnavailableError(`the writer could not open the database: ${message.message}`));
        } else if (message.type === 'settled') {
          for (const result of message.results) {
            const entry = waiting.get(result.seq);
            waiting.delete(result.seq);
            if ('outcome' in result) entry?.resolve(result.outcome);
            else entry?.reject(fromWire(result.failed));
          }
        } else if (message.type === 'checked' || message.type === 'counted') {
          const check = checks.get(message.seq);
          checks.delete(message.seq);
          if (message.failed) check?.reject(fromWire(message.failed));
          else check?.resolve();
        }
      });
      thread.on('error', (error) => {
        if (!ready) reject(error);
      });
      thread.on('exit', () => {
        worker = null;
        if (!ready) reject(new StorageUnavailableError('the writer thread exited while starting'));
        failAll('the writer thread stopped');
      });
    });

  const running = () => (worker ??= start());
  await running();

  async function stop(): Promise<void> {
    const current = worker;
    if (!current) return;
    const thread = await current.catch(() => null);
    if (!thread) return;
    await new Promise<void>((resolve) => {
      thread.on('message', (message: WorkerReply) => {
        if (message.type === 'closed') resolve();
      });
      thread.once('exit', () => resolve());
      // What was read before the close is still written: it goes ahead of the close, whatever is out.
      if (outgoing.length > 0) {
        thread.postMessage({ type: 'submit', json: JSON.stringify(outgoing) } satisfies WorkerRequest);
        outgoing = [];
      }
      thread.postMessage({ type: 'close' } satisfies WorkerRequest);
    });
    await thread.terminate();
  }

  /** Sends a submission or offer with the others of this turn of the event loop; settles with the writer's outcome. */
  async function send(wire: (seq: number) => WireSubmission): Promise<WriteOutcome> {
    if (closed) throw new StorageUnavailableError('the server is shutting down');
    try {
      await running();
    } catch (error) {
      worker = null;
      throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(String(error));
    }
    const id = (seq += 1);
    return new Promise<WriteOutcome>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      // The others read in this turn of the event loop go with it.
      if (outgoing.length === 0) setImmediate(sendOutgoing);
      outgoing.push(wire(id));
    });
  }

  /** A question for the writer thread, answered between its batches. */
  async function ask(type: 'check' | 'settle'): Promise<void> {
    if (type === 'settle' && closed) throw new StorageUnavailableError('the server is shutting down');
    const thread = await running();
    const id = (seq += 1);
    return new Promise<void>((resolve, reject) => {
      checks.set(id, { resolve, reject });
      thread.postMessage({ type, seq: id } satisfies WorkerRequest);
    });
  }

  return {
    submit: (item) =>
      send((id) => ({
        seq: id,
        item: { ...item, receivedAt: item.receivedAt.toISOString() },
      })),
    async offer(offer) {
      await send((id) => ({ seq: id, offer: { ...offer, at: offer.at.toISOString() } }));
    },
    check: () => ask('check'),
    settle: () => ask('settle'),
    async flush() {
      while (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    async close() {
      closed = true;
      await stop();
    },
  };
}
