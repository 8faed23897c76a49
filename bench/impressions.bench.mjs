// Impressions (POST /api/v1/impressions: origin and rate rules, validation,
// a counter upsert in the same group commits as responses, 204 after commit)
// against the responses route of the same server in the same run, both loaded
// by autocannon with the same connections, and against autocannon's own
// ceiling (node:http answering 201 without reading the body), so a generator
// limit is never read as a server limit. The server is the built one with its
// writer thread, as `mv-feedback serve` runs it (bench/ingest/durable.mjs).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { launchServer } from './launch-server.mjs';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
// Rounds alternate the two routes so a noisy neighbour hurts each alike; each figure is the best round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 50;
const impression = JSON.stringify({ survey: 'quick', context: { department: 'permits', channel: 'web' } });
const submission = () =>
  JSON.stringify({
    id: randomUUID(),
    survey: 'quick',
    answers: { listened: 5, positive: 4, accurate: null },
    comment: 'Clear answers, thank you.',
    context: { department: 'permits', channel: 'in-person' },
    locale: 'en',
  });

/** One round against one route; every answer must be its success status. */
async function load(url, path, expected, body) {
  const result = await autocannon({
    url: `${url}${path}`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json' },
    // A fresh submission id per request; an impression carries none.
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  const statuses = result.statusCodeStats ?? {};
  const other = Object.entries(statuses).filter(([code]) => Number(code) !== expected);
  if (other.length > 0 || result.errors > 0)
    throw new Error(`${path}: answers ${JSON.stringify(statuses)} and ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99 };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-impressions-'));
  const ceiling = await launchServer(new URL('ingest/generator-ceiling.mjs', import.meta.url));
  const { child, url } = await launchServer(new URL('ingest/durable.mjs', import.meta.url), [
    `file:${join(dir, 'feedback.db')}`,
    'thread',
  ]);
  try {
    const best = { impressions: null, responses: null, ceiling: null };
    const keep = (name, result) => {
      if (!best[name] || result.requestsPerSecond > best[name].requestsPerSecond) best[name] = result;
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      keep('responses', await load(url, '/api/v1/responses', 201, submission));
      keep('impressions', await load(url, '/api/v1/impressions', 204, () => impression));
      keep('ceiling', await load(ceiling.url, '/api/v1/impressions', 201, () => impression));
    }
    const { impressions, responses } = best;
    return [
      {
        benchmark: `impressions POST /api/v1/impressions, counted durably (${CONNECTIONS} connections, ${DURATION_S} s)`,
        value: impressions.requestsPerSecond,
        unit: 'req/s',
        baseline: 'durable ingest POST /api/v1/responses, same server',
        baselineValue: responses.requestsPerSecond,
      },
      {
        benchmark: `impressions POST /api/v1/impressions (${CONNECTIONS} connections, ${DURATION_S} s)`,
        value: impressions.requestsPerSecond,
        unit: 'req/s',
        baseline: "autocannon's own ceiling: node:http answering 201 without reading the body",
        baselineValue: best.ceiling.requestsPerSecond,
      },
      {
        benchmark: 'impressions p99 latency',
        value: impressions.p99,
        unit: 'ms',
        baseline: 'durable ingest p99, same server',
        baselineValue: responses.p99,
      },
    ];
  } finally {
    for (const server of [child, ceiling.child]) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
