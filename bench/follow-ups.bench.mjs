// Ingest with a follow-up (POST /api/v1/responses carrying `followUp`: the
// full zod parse, AES-256-GCM sealing and an HMAC on the HTTP thread, one more
// row in the writer's transaction) beside the same ingest without one, on the
// same server in the same run, loaded by autocannon with the same
// connections (docs/design.md §12: encryption may cost at most 10 % of
// throughput). The server is the built one with its writer thread, as
// `mv-feedback serve` runs it (bench/ingest/durable.mjs).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { launchServer } from './launch-server.mjs';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
// Rounds alternate the two bodies so a noisy neighbour hurts each alike; each figure is the best round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 50;

const submission = (followUp) =>
  JSON.stringify({
    id: randomUUID(),
    survey: 'quick',
    answers: { listened: 2, positive: 1, accurate: null },
    comment: 'Nobody called me back about my permit.',
    context: { department: 'permits', channel: 'phone' },
    locale: 'es',
    ...(followUp
      ? { followUp: { name: 'Ana Ruiz', email: 'ana.ruiz@example.org', phone: '+1 555 010 4477', language: 'es' } }
      : {}),
  });

/** One round; every answer must be 201. */
async function load(url, followUp) {
  const result = await autocannon({
    url: `${url}/api/v1/responses`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: submission(followUp) }) }],
  });
  const statuses = result.statusCodeStats ?? {};
  const other = Object.entries(statuses).filter(([code]) => Number(code) !== 201);
  if (other.length > 0 || result.errors > 0)
    throw new Error(`answers ${JSON.stringify(statuses)} and ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99 };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-follow-ups-'));
  const { child, url } = await launchServer(new URL('ingest/durable.mjs', import.meta.url), [
    `file:${join(dir, 'feedback.db')}`,
    'thread',
  ]);
  try {
    const best = { with: null, without: null };
    const keep = (name, result) => {
      if (!best[name] || result.requestsPerSecond > best[name].requestsPerSecond) best[name] = result;
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      keep('without', await load(url, false));
      keep('with', await load(url, true));
    }
    return [
      {
        benchmark: `ingest with a follow-up, encrypted (${CONNECTIONS} connections, ${DURATION_S} s)`,
        value: best.with.requestsPerSecond,
        unit: 'req/s',
        baseline: 'the same ingest without a follow-up, same server',
        baselineValue: best.without.requestsPerSecond,
      },
      {
        benchmark: 'ingest with a follow-up p99 latency',
        value: best.with.p99,
        unit: 'ms',
        baseline: 'without a follow-up p99, same server',
        baselineValue: best.without.p99,
      },
    ];
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}
