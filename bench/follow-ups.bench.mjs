// Ingest with follow-ups (POST /api/v1/responses carrying `followUp`: the
// hot check, AES-256-GCM sealing and an HMAC fingerprint on the HTTP thread,
// one more row in the writer's transaction) beside the same ingest without
// one, on the same server in the same run, loaded by autocannon with the same
// connections: every submission asking to be contacted (the worst case), and
// one in twenty. And the encryption alone: what sealing one follow-up's
// details and fingerprinting them costs, against the server's CPU for a
// submission that carries one (docs/design.md §12: encryption may cost at most
// 10 % of throughput). The server is the built one with its writer thread, as
// `mv-feedback serve` runs it (bench/ingest/durable.mjs).
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { launchServer } from './launch-server.mjs';
import { contactFingerprint, contactKeys, sealContact } from '../packages/server/dist/follow-ups/contact-cipher.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
// Rounds alternate the two bodies so a noisy neighbour hurts each alike; each figure is the best round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 50;
// The share of "every n-th submission asks to be contacted" in the mixed rounds.
const MIX_EVERY = 20;
const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
const FOLLOW_UP = { name: 'Ana Ruiz', email: 'ana.ruiz@example.org', phone: '+1 555 010 4477', language: 'es' };

const submission = (followUp) =>
  JSON.stringify({
    id: randomUUID(),
    survey: 'quick',
    answers: { listened: 2, positive: 1, accurate: null },
    comment: 'Nobody called me back about my permit.',
    context: { department: 'permits', channel: 'phone' },
    locale: 'es',
    ...(followUp ? { followUp: FOLLOW_UP } : {}),
  });

/** CPU seconds the process has used, from /proc. */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticks;
}

/** One round, every `every`-th submission with a follow-up (0: none); every answer must be 201. */
async function load(url, every, pid, duration = DURATION_S) {
  let sent = 0;
  const before = cpuSeconds(pid);
  const result = await autocannon({
    url: `${url}/api/v1/responses`,
    method: 'POST',
    connections: CONNECTIONS,
    duration,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          sent += 1;
          return { ...request, body: submission(every > 0 && sent % every === 0) };
        },
      },
    ],
  });
  const statuses = result.statusCodeStats ?? {};
  const other = Object.entries(statuses).filter(([code]) => Number(code) !== 201);
  if (other.length > 0 || result.errors > 0)
    throw new Error(`answers ${JSON.stringify(statuses)} and ${result.errors} errors`);
  const cpuMicrosPerRequest = ((cpuSeconds(pid) - before) * 1e6) / result.requests.total;
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99, cpuMicrosPerRequest };
}

/** Microseconds to seal one follow-up's details and fingerprint them, as the intake does (median of 5 runs). */
function encryptionMicros() {
  const keys = contactKeys('bench secret');
  const runs = [];
  for (let run = 0; run < 5; run += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 20_000; i += 1) {
      sealContact(keys, randomUUID(), { ...FOLLOW_UP });
      contactFingerprint(keys, FOLLOW_UP);
    }
    runs.push(Number(process.hrtime.bigint() - start) / 1e3 / 20_000);
  }
  return runs.sort((a, b) => a - b)[2];
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-follow-ups-'));
  const { child, url } = await launchServer(new URL('ingest/durable.mjs', import.meta.url), [
    `file:${join(dir, 'feedback.db')}`,
    'thread',
  ]);
  try {
    const best = { every: null, mixed: null, none: null };
    const keep = (name, result) => {
      if (!best[name] || result.requestsPerSecond > best[name].requestsPerSecond) best[name] = result;
    };
    // A first, uncounted round warms the server up (the JIT, the database's pages).
    await load(url, MIX_EVERY, child.pid, 2);
    for (let round = 0; round < ROUNDS; round += 1) {
      keep('none', await load(url, 0, child.pid));
      keep('every', await load(url, 1, child.pid));
      keep('mixed', await load(url, MIX_EVERY, child.pid));
    }
    const without = 'the same submissions without one, same server';
    return [
      {
        benchmark: `ingest, every submission asking to be contacted, encrypted (${CONNECTIONS} connections, ${DURATION_S} s)`,
        value: best.every.requestsPerSecond,
        unit: 'req/s',
        baseline: without,
        baselineValue: best.none.requestsPerSecond,
      },
      {
        benchmark: `ingest, one submission in ${MIX_EVERY} asking to be contacted, encrypted`,
        value: best.mixed.requestsPerSecond,
        unit: 'req/s',
        baseline: without,
        baselineValue: best.none.requestsPerSecond,
      },
      {
        benchmark: 'ingest, every submission asking to be contacted, p99 latency',
        value: best.every.p99,
        unit: 'ms',
        baseline: `${without} (p99)`,
        baselineValue: best.none.p99,
      },
      {
        benchmark: "encryption alone: sealing one follow-up's details (AES-256-GCM) and their HMAC fingerprint, CPU",
        value: encryptionMicros(),
        unit: 'µs',
        baseline: "the server's CPU per submission asking to be contacted (all threads, same run)",
        baselineValue: best.every.cpuMicrosPerRequest,
      },
    ];
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}
