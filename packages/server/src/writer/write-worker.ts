import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Catalogue } from '@mv-feedback/scoring';
import { preparedWriteConnection } from '../db/connection/prepared-write-connection.js';
import { StorageUnavailableError, storageErrorCode } from '../db/health/storage-error.js';
import type { WriteConnection } from '../db/connection/write-connection.js';
import { groupCommitWriter, type GroupCommitWriter } from './group-commit-writer.js';
import { textRingReader } from './shared-text-ring.js';
import type {
  PlacedRequest,
  WireFailure,
  WireSubmission,
  WorkerReply,
  WorkerRequest,
  WorkerResult,
} from './write-worker-protocol.js';

/** This module's own address, for `new Worker(...)`; the build emits it because start-server imports it. */
export const WRITE_WORKER_URL = import.meta.url;

export interface WriteWorkerData {
  role: 'mv-feedback-writer';
  /** The embedded database's file. */
  file: string;
  catalogue: Catalogue;
  timezone: string;
  busyTimeoutMs: number;
}

/** What the thread starts with: its data, and the shared memory its batches are placed in (see textRingWriter). */
export interface WriteWorkerStart extends WriteWorkerData {
  ring: SharedArrayBuffer;
}

/** Where a writer's requests come from and its replies go: the writer thread's parent port, or a process's IPC channel. */
export interface WriterPort {
  on(event: 'message', listener: (message: WorkerRequest) => void): unknown;
  postMessage(message: WorkerReply): unknown;
}

/**
 * The writer's thread: one connection with its statements prepared once,
 * and one group-commit writer. The embedded driver runs each statement and
 * fsync synchronously, so here they block only this thread; submissions
 * keep arriving as messages and make up the next batch.
 */
function runWriter(data: WriteWorkerStart): void {
  const parent = parentPort!;
  const take = textRingReader(data.ring);
  const port: WriterPort = {
    on: (event, listener) =>
      parent.on(event, (message: WorkerRequest | PlacedRequest) =>
        listener(message.type === 'placed' ? { type: 'submit', json: take(message.at, message.bytes) } : message),
      ),
    postMessage: (message) => parent.postMessage(message),
  };
  const db = preparedWriteConnection(data.file, data.busyTimeoutMs);
  const writer = groupCommitWriter(db, { catalogue: data.catalogue, timezone: data.timezone });
  answerWriterRequests(port, db, writer);
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

/**
 * Answers one port's requests with `writer`: several ports may share one
 * writer (bench/ingest/http-processes.mjs, HTTP processes writing through
 * one writer process), each getting back only its own outcomes.
 */
export function answerWriterRequests(port: WriterPort, db: WriteConnection, writer: GroupCommitWriter): void {
  const reply = (message: WorkerReply) => port.postMessage(message);
  // A batch settles all its requests at once; send them back as one message.
  let settled: WorkerResult[] = [];
  const settle = (result: WorkerResult) => {
    if (settled.length === 0) {
      queueMicrotask(() => {
        reply({ type: 'settled', results: settled });
        settled = [];
      });
    }
    settled.push(result);
  };
  port.on('message', (message: WorkerRequest) => {
    if (message.type === 'check') {
      // Between batches, on this thread: a stalled disk stalls the check, not the HTTP thread.
      db.check().then(
        () => reply({ type: 'checked', seq: message.seq }),
        (error: unknown) => reply({ type: 'checked', seq: message.seq, failed: wireFailure(error) }),
      );
      return;
    }
    if (message.type === 'settle') {
      writer.settle().then(
        () => reply({ type: 'counted', seq: message.seq }),
        (error: unknown) => reply({ type: 'counted', seq: message.seq, failed: wireFailure(error) }),
      );
      return;
    }
    if (message.type === 'close') {
      void writer.close().then(() => {
        db.close();
        reply({ type: 'closed' });
      });
      return;
    }
    for (const wire of JSON.parse(message.json) as WireSubmission[]) {
      const { seq } = wire;
      const written =
        'item' in wire
          ? writer.submit({ ...wire.item, receivedAt: new Date(wire.item.receivedAt) })
          : writer.offer({ ...wire.offer, at: new Date(wire.offer.at) }).then(() => 'stored' as const);
      written.then(
        (outcome) => settle({ seq, outcome }),
        (error: unknown) => settle({ seq, failed: wireFailure(error) }),
      );
    }
  });
}

const wireFailure = (error: unknown): WireFailure => ({
  storage: error instanceof StorageUnavailableError,
  message: error instanceof Error ? error.message : String(error),
  code: storageErrorCode(error),
});

const data = workerData as WriteWorkerStart | undefined;
if (!isMainThread && data?.role === 'mv-feedback-writer') {
  try {
    runWriter(data);
  } catch (error) {
    parentPort?.postMessage({
      type: 'startFailed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerReply);
  }
}
