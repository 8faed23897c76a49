// Durable ingest against the servers that bound it, each in a child process,
// all loaded by wrk (Debian's `wrk` package) with the same 50 connections and
// a fresh submission id per request (bench/ingest/submissions.lua):
// - the load generator's ceiling, node:http answering 201 without reading the
//   body: wrk and the server share this machine, so no server can show more;
// - plain node:http + JSON.parse: what the platform costs;
// - a bare Hono route with c.req.json() on the same hono and @hono/node-server
//   as the product: the baseline of the ratio;
// - the product's route and hand-off with a writer that stores nothing
//   (bench/ingest/hand-off-only.mjs): the HTTP thread's side alone, so the
//   writer's share of the durable rows' cost can be read off;
// - `mv-feedback serve` with its writer thread (the default) and inline, and
//   with its writer thread again under submissions of diverse contexts
//   (bench/ingest/diverse-submissions.lua: department × channel × survey at
//   random), whose counters' cells do not collapse within a batch;
// - the design past one HTTP thread (bench/ingest/http-processes.mjs): one
//   and then two HTTP processes feeding one writer process, with both
//   scripts, each process's CPU per request read apart.
// Each server's CPU per request is also read by thread from /proc: the HTTP
// (main) thread, the writer thread and V8's helpers. Each round follows an
// uncounted warm-up on the same server. After each durable round the server
// is killed with SIGKILL and every id that got a 201, in the warm-up too, is
// looked up in the database file. Beside each durable row, the row changes
// per response its submissions make (bench/ingest/row-change-count.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { launchServer } from './launch-server.mjs';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { FOLD_LIMIT } from '../packages/server/dist/db/store/counter-fold.js';
import { diverseSubmissions, fewContextSubmissions, rowChangesPerResponse } from './ingest/row-change-count.mjs';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
// An uncounted round before each measured one, every server alike: the figures are of a warm server (its code
// compiled, its first folds and checkpoint done), as a city's runs for months, not of its first second.
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
// Rounds alternate the servers so a noisy neighbour hurts each alike; each
// figure is the best round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 50;
const WRK_THREADS = 1;
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// Row changes per response: a sample of each script's submissions, folded as the writer folds under load
// (it begins a fold once a whole one waits).
const ROW_CHANGE_RESPONSES = 4_000;
const REPLAY = { commit: 25, fold: FOLD_LIMIT };

/** The @hono/node-server version the product runs on, after checking the bare route loads that same copy. */
function honoNodeServerVersion() {
  const fromServer = createRequire(here('../packages/server/package.json')).resolve('@hono/node-server');
  const fromBench = createRequire(here('ingest/bare-hono.mjs')).resolve('@hono/node-server');
  if (fromServer !== fromBench) {
    throw new Error(`the bare Hono route would load ${fromBench}, the server ${fromServer}: not the same copy`);
  }
  return JSON.parse(readFileSync(join(dirname(fromServer), '..', 'package.json'), 'utf8')).version;
}

function requireWrk() {
  try {
    execFileSync('wrk', ['-v'], { stdio: 'ignore' });
  } catch (error) {
    // wrk -v exits with status 1 after printing its version.
    if (error.code === 'ENOENT') {
      throw new Error('the ingest bench needs wrk: apt-get install wrk (Debian, Ubuntu) or brew install wrk', {
        cause: error,
      });
    }
  }
}

/** CPU seconds a process has used so far (user + system, every thread), from /proc; null elsewhere. */
const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
  } catch {
    return 100;
  }
})();
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return null;
  }
}

/** CPU seconds so far of each thread of a process, by thread id (the main thread's id is the pid); null elsewhere. */
function threadCpuSeconds(pid) {
  try {
    return new Map(readdirSync(`/proc/${pid}/task`).map((tid) => [Number(tid), cpuSeconds(`${pid}/task/${tid}`) ?? 0]));
  } catch {
    return null;
  }
}

/**
 * A round's CPU of a server process by thread: the main thread (HTTP), the
 * busiest other one (the writer, when it has a thread) and the rest (V8's
 * helpers, mostly the garbage collector).
 */
function threadShares(pid, before, after, writerThread) {
  if (before === null || after === null) return null;
  const spent = [...after].map(([tid, seconds]) => [tid, seconds - (before.get(tid) ?? 0)]);
  const main = spent.find(([tid]) => tid === pid)?.[1] ?? 0;
  const others = spent.filter(([tid]) => tid !== pid).map(([, seconds]) => seconds);
  const writer = writerThread && others.length > 0 ? Math.max(...others) : null;
  const rest = others.reduce((sum, seconds) => sum + seconds, 0) - (writer ?? 0);
  return { main, writer, rest };
}

/** CPU seconds so far of a server process (`own`) and of the processes it forked (`forked`: cluster workers). */
function serverCpuSeconds(pid) {
  const own = cpuSeconds(pid);
  let forked = 0;
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean)) {
      forked += cpuSeconds(Number(child)) ?? 0;
    }
  } catch {
    return { own, forked: null };
  }
  return { own, forked };
}

/** Busy and total CPU seconds of the whole machine so far, from /proc/stat; null elsewhere. */
function machineCpuSeconds() {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
    const total = ticks.reduce((sum, n) => sum + n, 0);
    // idle and iowait
    return { busy: (total - ticks[3] - ticks[4]) / clockTicks, total: total / clockTicks };
  } catch {
    return null;
  }
}

const stop = (child, signal) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill(signal);
  });

function wrk(url, env, script = 'submissions.lua', seconds = DURATION_S) {
  const args = [
    `-t${WRK_THREADS}`,
    `-c${CONNECTIONS}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '-s',
    here(`ingest/${script}`),
  ];
  const child = spawn('wrk', [...args, `${url}/api/v1/responses`], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = /^MV_BENCH_RESULT (.*)$/m.exec(output);
      if (code !== 0 || !line) reject(new Error(`wrk exited (${code}): ${output}`));
      else resolve(JSON.parse(line[1]));
    });
  });
}

/** Ids wrk saw acknowledged with 201, in any of the files, that the database does not hold. */
async function missingAcknowledged(dbUrl, idsFiles) {
  const ids = idsFiles.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean));
  const db = createClient({ url: dbUrl });
  try {
    const missing = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const found = await db.execute({
        sql: `SELECT id FROM responses WHERE id IN (${chunk.map(() => '?').join(',')})`,
        args: chunk,
      });
      const stored = new Set(found.rows.map((row) => String(row.id)));
      missing.push(...chunk.filter((id) => !stored.has(id)));
    }
    return { acknowledged: ids.length, missing };
  } finally {
    db.close();
  }
}

async function measure(server, dir, round) {
  const dbUrl = server.durable || server.database ? `file:${join(dir, `${server.key}-${round}.db`)}` : null;
  const { child, url } = await launchServer(
    new URL(`ingest/${server.script}`, import.meta.url),
    dbUrl ? [dbUrl, server.arg] : [],
  );
  const idsFile = join(dir, `${server.key}-${round}.ids`);
  const warmIdsFile = join(dir, `${server.key}-${round}-warm-up.ids`);
  const rounds = (ids) => ({
    MV_BENCH_RUN: randomBytes(4).toString('hex'),
    ...(server.durable ? { MV_BENCH_IDS: ids } : {}),
  });
  let warmUp = null;
  let result;
  let serverCpu;
  let machine;
  let threads;
  try {
    if (WARMUP_S > 0) warmUp = await wrk(url, rounds(warmIdsFile), server.lua, WARMUP_S);
    const before = {
      server: serverCpuSeconds(child.pid),
      machine: machineCpuSeconds(),
      threads: threadCpuSeconds(child.pid),
    };
    result = await wrk(url, rounds(idsFile), server.lua);
    const after = {
      server: serverCpuSeconds(child.pid),
      machine: machineCpuSeconds(),
      threads: threadCpuSeconds(child.pid),
    };
    threads = threadShares(child.pid, before.threads, after.threads, server.writerThread === true);
    const spent = (part) =>
      before.server[part] === null || after.server[part] === null ? null : after.server[part] - before.server[part];
    serverCpu = { own: spent('own'), forked: spent('forked') };
    machine = before.machine &&
      after.machine && {
        busy: after.machine.busy - before.machine.busy,
        total: after.machine.total - before.machine.total,
      };
  } finally {
    // A durable server is killed outright: what it acknowledged must be on disk already.
    await stop(child, server.durable ? 'SIGKILL' : 'SIGTERM');
  }
  const seconds = result.durationUs / 1e6;
  const wrkRounds = warmUp ? [warmUp, result] : [result];
  for (const { statuses, socketErrors } of wrkRounds) {
    const other = Object.entries(statuses).filter(([status]) => status !== '201');
    if (other.length > 0 || Object.values(socketErrors).some((n) => n > 0)) {
      const errors = JSON.stringify({ statuses: Object.fromEntries(other), socketErrors });
      throw new Error(`${server.label}: answers other than 201 or socket errors ${errors}`);
    }
  }
  let verified = null;
  if (server.durable) {
    const { acknowledged, missing } = await missingAcknowledged(dbUrl, warmUp ? [warmIdsFile, idsFile] : [idsFile]);
    const created = wrkRounds.reduce((sum, round) => sum + round.statuses['201'], 0);
    if (acknowledged !== created || missing.length > 0) {
      throw new Error(`${server.label}: ${missing.length} of ${acknowledged} acknowledged ids are not in the database`);
    }
    verified = acknowledged;
  }
  const share = (cpu) => (cpu === null ? null : cpu / (seconds * cpus().length));
  const perRequest = (cpu) => (cpu === null ? null : (cpu / result.requests) * 1e6);
  const generatorCpu = result.cpuTicks === null ? null : result.cpuTicks / clockTicks;
  const { own, forked } = serverCpu;
  serverCpu = own === null || forked === null ? null : own + forked;
  return {
    requestsPerSecond: result.requests / seconds,
    p99: result.p99Us / 1000,
    generatorCpu: share(generatorCpu),
    serverCpu: share(serverCpu),
    // Less moved by other load than req/s: what each request cost the server.
    serverCpuPerRequest: perRequest(serverCpu),
    httpThreadCpuPerRequest: threads ? perRequest(threads.main) : null,
    writerThreadCpuPerRequest: !threads || threads.writer === null ? null : perRequest(threads.writer),
    helperThreadsCpuPerRequest: threads ? perRequest(threads.rest) : null,
    // With HTTP processes: the primary is the writer, the processes it forked serve HTTP.
    writerCpuPerRequest: perRequest(own),
    httpCpuPerRequest: perRequest(forked),
    // What the rest of the machine took while wrk ran: other processes, other users.
    otherCpu:
      machine && generatorCpu !== null && serverCpu !== null
        ? Math.max(0, machine.busy - generatorCpu - serverCpu) / machine.total
        : null,
    verified,
  };
}

export async function run() {
  requireWrk();
  const version = honoNodeServerVersion();
  const servers = [
    {
      key: 'ceiling',
      script: 'generator-ceiling.mjs',
      label: 'load generator ceiling: node:http, 201 without reading the body',
    },
    { key: 'node', script: 'plain-node.mjs', label: 'plain node:http + JSON.parse' },
    { key: 'hono', script: 'bare-hono.mjs', label: `bare Hono route, c.req.json() (@hono/node-server ${version})` },
    {
      key: 'hand-off',
      script: 'hand-off-only.mjs',
      database: true,
      writerThread: true,
      label: 'the route and hand-off, a writer thread that stores nothing (not durable)',
    },
    {
      key: 'thread',
      script: 'durable.mjs',
      durable: true,
      arg: 'thread',
      writerThread: true,
      label: 'durable ingest, writer thread (default)',
    },
    {
      key: 'inline',
      script: 'durable.mjs',
      durable: true,
      arg: 'inline',
      label: 'durable ingest, writer inline (writerThread: false)',
    },
    {
      key: 'diverse',
      script: 'durable.mjs',
      durable: true,
      arg: 'thread',
      writerThread: true,
      lua: 'diverse-submissions.lua',
      label: 'durable ingest, writer thread, diverse contexts (diverse-submissions.lua)',
    },
    ...['submissions.lua', 'diverse-submissions.lua'].flatMap((lua) =>
      ['1', '2'].map((count) => ({
        key: `processes-${count}-${lua}`,
        script: 'http-processes.mjs',
        durable: true,
        arg: count,
        lua,
        processes: Number(count),
        label: `${count} HTTP process${count === '1' ? '' : 'es'} + 1 writer process, ${lua === 'submissions.lua' ? 'few' : 'diverse'} contexts`,
      })),
    ),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-ingest-'));
  try {
    const best = new Map();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const server of servers) {
        process.stderr.write(`  round ${round + 1}/${ROUNDS}: ${server.label}\n`);
        const result = await measure(server, dir, round);
        if (!best.has(server.key) || result.requestsPerSecond > best.get(server.key).requestsPerSecond) {
          best.set(server.key, result);
        }
      }
    }
    const baseline = best.get('hono').requestsPerSecond;
    // What each durable row's submissions write; the writer's commit size changes none of it, its fold size does.
    const rowChanges = {
      'submissions.lua': await rowChangesPerResponse(fewContextSubmissions(ROW_CHANGE_RESPONSES, '00000000'), REPLAY),
      'diverse-submissions.lua': await rowChangesPerResponse(
        diverseSubmissions(ROW_CHANGE_RESPONSES, '00000000'),
        REPLAY,
      ),
    };
    const percent = (share) => (share === null ? 'n/a' : `${(share * 100).toFixed(0)} %`);
    const microseconds = (value) => (value === null ? 'n/a' : `${value.toFixed(0)} µs`);
    const table = {
      title: `Ingest: POST /api/v1/responses, ${CONNECTIONS} connections, ${DURATION_S} s rounds each after ${WARMUP_S} s uncounted, wrk -t${WRK_THREADS}, best of ${ROUNDS}`,
      columns: [
        'server',
        'req/s',
        'p99',
        'vs bare Hono',
        'wrk CPU',
        'server CPU',
        'server CPU per request',
        'main (HTTP) thread',
        'writer thread',
        "V8's helper threads",
        'other CPU',
        'row changes per response',
        'every 201 in the database',
      ],
      rows: servers
        .filter((server) => !server.processes)
        .map((server) => {
          const r = best.get(server.key);
          return [
            server.label,
            r.requestsPerSecond.toFixed(0),
            `${r.p99.toFixed(1)} ms`,
            (r.requestsPerSecond / baseline).toFixed(2),
            percent(r.generatorCpu),
            percent(r.serverCpu),
            microseconds(r.serverCpuPerRequest),
            microseconds(r.httpThreadCpuPerRequest),
            r.writerThreadCpuPerRequest === null ? '' : microseconds(r.writerThreadCpuPerRequest),
            microseconds(r.helperThreadsCpuPerRequest),
            percent(r.otherCpu),
            server.durable ? rowChanges[server.lua ?? 'submissions.lua'].toFixed(1) : '',
            r.verified === null ? '' : `yes, ${r.verified} after SIGKILL`,
          ];
        }),
      notes: `CPU: share of the machine's ${cpus().length} cores over the round taken by wrk, by the server and by every other process (a quiet run has little of the last). The server's CPU per request by thread: its main thread (HTTP), its writer thread (the busiest other one, when the writer has a thread) and the rest (V8's helpers, mostly the garbage collector). Row changes per response: ${ROW_CHANGE_RESPONSES.toLocaleString('en')} of the row's submissions through the writer's statements on a fresh file, SQLite's total_changes(), commits of ${REPLAY.commit} and the counters folded every ${REPLAY.fold.toLocaleString('en')} responses, as the writer folds (bench/ingest/row-change-count.mjs).`,
    };
    const scaling = {
      title: `Past one HTTP thread (bench/ingest/http-processes.mjs): N HTTP processes (node:cluster) feeding one writer process, same run and settings`,
      columns: [
        'design',
        'req/s',
        'p99',
        'vs bare Hono',
        'vs 1 HTTP process',
        'HTTP processes CPU per request',
        'writer process CPU per request',
        'wrk CPU',
        'other CPU',
        'every 201 in the database',
      ],
      rows: servers
        .filter((server) => server.processes)
        .map((server) => {
          const r = best.get(server.key);
          const one = best.get(server.key.replace(/^processes-\d+/, 'processes-1')).requestsPerSecond;
          return [
            server.label,
            r.requestsPerSecond.toFixed(0),
            `${r.p99.toFixed(1)} ms`,
            (r.requestsPerSecond / baseline).toFixed(2),
            (r.requestsPerSecond / one).toFixed(2),
            microseconds(r.httpCpuPerRequest),
            microseconds(r.writerCpuPerRequest),
            percent(r.generatorCpu),
            percent(r.otherCpu),
            `yes, ${r.verified} after SIGKILL`,
          ];
        }),
      notes: `On ${cpus().length} cores wrk, the writer and the HTTP processes share them: the rows say how the design divides the work, the CPU per request of each part says what more cores would give (docs/benchmarks.md, "The physical budget").`,
    };
    return { tables: [table, scaling] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
