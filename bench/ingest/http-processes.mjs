// The design that would take durable ingest past one HTTP thread on a
// machine with more cores (docs/benchmarks.md, "Physical budget"): N HTTP
// processes (node:cluster; Node 20's `listen` has no reusePort, so the
// primary accepts and hands connections round-robin) each running the
// product's app, and one writer process, the primary, that runs the
// product's group-commit writer on the one connection that writes, as the
// writer thread does today. The HTTP processes send their submissions over
// their IPC channel in the writer thread's messages
// (writer/write-worker-protocol.ts) and get each outcome back after the
// `synchronous=FULL` commit, as today.
//
//   node bench/ingest/http-processes.mjs file:/tmp/x.db N
import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import {
  createApp,
  groupCommitWriter,
  loadConfig,
  migrate,
  openDatabase,
  preparedWriteConnection,
} from '../../packages/server/dist/index.js';
import { answerWriterRequests } from '../../packages/server/dist/writer/write-worker.js';
import { writerRequests } from '../../packages/server/dist/writer/writer-requests.js';
import { requestsWriter } from './requests-writer.mjs';

const [dbUrl, count] = process.argv.slice(2);
const config = loadConfig({ env: { MV_RATE_LIMIT: '0' }, flags: { db: dbUrl } });

if (cluster.isPrimary) {
  const db = await openDatabase(config);
  await migrate(db, { catalogue: config.catalogue });
  const writeDb = preparedWriteConnection(new URL(dbUrl).pathname, 20);
  const writer = groupCommitWriter(writeDb, { catalogue: config.catalogue, timezone: config.timezone });
  const workers = Array.from({ length: Number(count) }, () => cluster.fork());
  for (const worker of workers) {
    answerWriterRequests(
      { on: (event, listener) => worker.on(event, listener), postMessage: (m) => worker.send(m) },
      writeDb,
      writer,
    );
  }
  const addresses = await Promise.all(
    workers.map((worker) => new Promise((resolve) => worker.once('listening', resolve))),
  );
  console.log(`listening on http://127.0.0.1:${addresses[0].port}`);
  process.on('SIGTERM', () => {
    for (const worker of workers) worker.kill();
    void writer.close().then(() => process.exit(0));
  });
} else {
  const db = await openDatabase(config);
  const app = createApp({ db, config, writer: processWriter() });
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
}

/** The HTTP side of the writer's messages, as threaded-writer.ts sends them, over this process's IPC channel. */
function processWriter() {
  const requests = writerRequests((message) => process.send(message));
  process.on('message', (reply) => requests.receive(reply));
  return requestsWriter(requests);
}
