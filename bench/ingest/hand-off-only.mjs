// The product's route and hand-off with a writer that stores nothing: the
// ceiling of the HTTP thread's side of durable ingest, not durable itself.
// The app (createApp, the product's route with its checks, content hash and
// 201), the writer's messages (writerRequests) placed in the shared ring as
// threaded-writer.ts places them, and a thread that takes them out and
// answers every one with the product's answerWriterRequests, exactly as the
// writer thread does, but from a writer that answers `stored` at once. What
// durable ingest loses against this row is the writer's own work: its
// statements, commits, fsyncs and folds (docs/benchmarks.md, "The physical
// budget").
//
//   node bench/ingest/hand-off-only.mjs file:/tmp/x.db
import { serve } from '@hono/node-server';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createApp, loadConfig, migrate, openDatabase } from '../../packages/server/dist/index.js';
import { textRingReader, textRingWriter } from '../../packages/server/dist/writer/shared-text-ring.js';
import { answerWriterRequests } from '../../packages/server/dist/writer/write-worker.js';
import { writerRequests } from '../../packages/server/dist/writer/writer-requests.js';
import { requestsWriter } from './requests-writer.mjs';

if (isMainThread) {
  const [dbUrl] = process.argv.slice(2);
  const config = loadConfig({ env: { MV_RATE_LIMIT: '0' }, flags: { db: dbUrl } });
  const db = await openDatabase(config);
  await migrate(db, { catalogue: config.catalogue });
  const ring = textRingWriter();
  const thread = new Worker(new URL(import.meta.url), { workerData: { ring: ring.buffer } });
  const requests = writerRequests((message) => {
    const placed = message.type === 'submit' ? ring.place(message.json) : null;
    thread.postMessage(placed ? { type: 'placed', ...placed } : message);
  });
  // Listening only once the thread is ready, as threadedWriter waits for its writer: no request waits for it to load.
  const ready = new Promise((resolve) =>
    thread.on('message', (reply) => (reply.type === 'ready' ? resolve() : requests.receive(reply))),
  );
  await ready;
  const app = createApp({ db, config, writer: requestsWriter(requests) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    console.log(`listening on http://127.0.0.1:${info.port}`),
  );
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else {
  const take = textRingReader(workerData.ring);
  const port = {
    on: (event, listener) =>
      parentPort.on(event, (message) =>
        listener(message.type === 'placed' ? { type: 'submit', json: take(message.at, message.bytes) } : message),
      ),
    postMessage: (message) => parentPort.postMessage(message),
  };
  // Only the health check reaches the connection; there is none.
  const connection = { check: async () => {} };
  const writer = {
    submit: async () => 'stored',
    offer: async () => {},
    check: async () => {},
    settle: async () => {},
    flush: async () => {},
    close: async () => {},
  };
  answerWriterRequests(port, connection, writer);
  parentPort.postMessage({ type: 'ready' });
}
