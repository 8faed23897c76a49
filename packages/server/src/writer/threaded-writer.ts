import { Worker } from 'node:worker_threads';
import { StorageUnavailableError } from '../db/health/storage-error.js';
import type { GroupCommitWriter } from './group-commit-writer.js';
import { RING_BYTES, textRingWriter, type TextRingWriter } from './shared-text-ring.js';
import { WRITE_WORKER_URL, type WriteWorkerData, type WriteWorkerStart } from './write-worker.js';
import type { PlacedRequest, WorkerReply, WorkerRequest } from './write-worker-protocol.js';
import { writerRequests } from './writer-requests.js';

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
export async function threadedWriter(
  data: WriteWorkerData,
  /** The shared ring's size (tests make it small, so batches also go the other way). */
  { ringBytes = RING_BYTES }: { ringBytes?: number } = {},
): Promise<GroupCommitWriter> {
  // The running thread, with the ring its batches are placed in (a new one for each thread started).
  let current: { thread: Worker; ring: TextRingWriter } | null = null;
  let closed = false;
  let worker: Promise<Worker> | null = null;
  const requests = writerRequests((message) => {
    if (!current) return;
    const placed = message.type === 'submit' ? current.ring.place(message.json) : null;
    current.thread.postMessage(placed ? ({ type: 'placed', ...placed } satisfies PlacedRequest) : message);
  });

  const failAll = (reason: string) => {
    requests.failAll(new StorageUnavailableError(reason));
    current = null;
  };

  const start = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      // Of the main script's flags only the profiler's: --input-type or --eval are for it alone,
      // while `node --cpu-prof` should profile the writer too.
      const execArgv = process.execArgv.filter((flag) => flag.startsWith('--cpu-prof'));
      const ring = textRingWriter(ringBytes);
      const workerData: WriteWorkerStart = { ...data, ring: ring.buffer };
      const thread = new Worker(new URL(WRITE_WORKER_URL), { workerData, execArgv });
      let ready = false;
      thread.on('message', (message: WorkerReply) => {
        if (message.type === 'ready') {
          ready = true;
          current = { thread, ring };
          resolve(thread);
        } else if (message.type === 'startFailed') {
          reject(new StorageUnavailableError(`the writer could not open the database: ${message.message}`));
        } else {
          requests.receive(message);
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
      requests.sendOutgoing();
      thread.postMessage({ type: 'close' } satisfies WorkerRequest);
    });
    await thread.terminate();
  }

  /** Starts the thread if it is not running; a thread that cannot start answers 503. */
  async function ready(): Promise<void> {
    if (closed) throw new StorageUnavailableError('the server is shutting down');
    try {
      await running();
    } catch (error) {
      worker = null;
      throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(String(error));
    }
  }

  return {
    async submit(item) {
      await ready();
      return requests.submit(item);
    },
    async offer(offer) {
      await ready();
      await requests.offer(offer);
    },
    async check() {
      await running();
      await requests.ask('check');
    },
    async settle() {
      await ready();
      await requests.ask('settle');
    },
    async flush() {
      while (requests.unanswered > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    async close() {
      closed = true;
      await stop();
    },
  };
}
