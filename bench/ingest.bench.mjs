// Durable ingest (validation, group commit with synchronous=FULL in WAL, rollups)
// against a bare Hono POST route that parses JSON and answers 201, both served
// by @hono/node-server in a child process, loaded by autocannon with the same
// connections and a fresh submission id per request.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
// Rounds alternate the servers so a noisy neighbour hurts each alike; each
// figure is the best round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 50;
const serverDist = new URL('../packages/server/dist/index.js', import.meta.url).href;
const root = fileURLToPath(new URL('..', import.meta.url));

const durableServer = (dbUrl, writerThread) => `
  import { loadConfig, startServer } from ${JSON.stringify(serverDist)};
  const config = loadConfig({ env: { MV_RATE_LIMIT: '0' }, flags: { db: ${JSON.stringify(dbUrl)} } });
  const server = await startServer(config, { port: 0, writerThread: ${writerThread} });
  console.log('listening on ' + server.url);
  process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
`;

const bareServer = `
  import { Hono } from 'hono';
  import { serve } from '@hono/node-server';
  const app = new Hono();
  app.post('/api/v1/responses', async (c) => {
    const body = await c.req.json();
    return c.json({ id: body.id, status: 'stored' }, 201);
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log('listening on http://127.0.0.1:' + info.port));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

function launch(code) {
  // Run from packages/server so the bare route resolves the same hono.
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: join(root, 'packages/server'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code}): ${output}`)));
  });
}

async function load(url) {
  const result = await autocannon({
    url: `${url}/api/v1/responses`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            id: randomUUID(),
            survey: 'quick',
            answers: { listened: 5, positive: 4, accurate: null },
            comment: 'Clear answers, thank you.',
            context: { department: 'permits', channel: 'in-person' },
            locale: 'en',
          }),
        }),
      },
    ],
  });
  const created = result['2xx'];
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors against ${url}`);
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99, created };
}

async function measure(code) {
  const { child, url } = await launch(code);
  try {
    return await load(url);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-ingest-'));
  try {
    const best = { bare: null, durable: null, inline: null };
    const keep = (name, result) => {
      if (!best[name] || result.requestsPerSecond > best[name].requestsPerSecond) best[name] = result;
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      keep('bare', await measure(bareServer));
      keep('durable', await measure(durableServer(`file:${join(dir, `thread-${round}.db`)}`, true)));
      keep('inline', await measure(durableServer(`file:${join(dir, `inline-${round}.db`)}`, false)));
    }
    const { bare, durable, inline } = best;
    return [
      {
        benchmark: `durable ingest POST /api/v1/responses (${CONNECTIONS} connections, ${DURATION_S} s)`,
        value: durable.requestsPerSecond,
        unit: 'req/s',
        baseline: 'bare Hono POST route',
        baselineValue: bare.requestsPerSecond,
      },
      {
        benchmark: 'durable ingest p99 latency',
        value: durable.p99,
        unit: 'ms',
        baseline: 'bare Hono POST route p99',
        baselineValue: bare.p99,
      },
      {
        benchmark: 'durable ingest, group commit on the HTTP thread (writerThread: false)',
        value: inline.requestsPerSecond,
        unit: 'req/s',
        baseline: 'bare Hono POST route',
        baselineValue: bare.requestsPerSecond,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
