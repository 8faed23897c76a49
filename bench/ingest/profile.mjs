// The CPU each request costs each thread of `mv-feedback serve` under wrk,
// and, with --cpu-prof, where it goes: starts bench/ingest/durable.mjs with
// the writer thread, runs one bounded wrk round (bench/ingest/submissions.lua,
// or the script named by MV_BENCH_SCRIPT), reads every thread's CPU from
// /proc/<pid>/task (`http` is the main thread; the writer is the busiest of
// the others, the rest V8's helpers) and the rows per response each table
// holds afterwards, and prints one JSON line. Not part of `npm run bench`: a
// tool for comparing designs on a busy machine, by CPU per request rather
// than by req/s. Row changes per response: bench/ingest/row-changes.mjs.
//
//   node bench/ingest/profile.mjs [seconds] [--cpu-prof DIR]
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';

const args = process.argv.slice(2);
const seconds = Number(args[0] ?? 8);
const profIndex = args.indexOf('--cpu-prof');
const profDir = profIndex >= 0 ? args[profIndex + 1] : null;
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const script = process.env.MV_BENCH_SCRIPT ?? here('submissions.lua');
const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** CPU seconds of each thread of a process, by thread id. */
function threadCpu(pid) {
  const cpu = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      cpu.set(tid, { name, seconds: (Number(fields[11]) + Number(fields[12])) / ticks });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return cpu;
}

const dir = mkdtempSync(join(tmpdir(), 'mv-profile-'));
const dbUrl = `file:${join(dir, 'profile.db')}`;
const nodeArgs = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
const child = spawn(process.execPath, [...nodeArgs, here('durable.mjs'), dbUrl, 'thread'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
    if (match) resolve(match[1]);
  });
  child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
});
const db = createClient({ url: dbUrl });
try {
  const before = threadCpu(child.pid);
  const wrk = spawn(
    'wrk',
    ['-t1', '-c50', `-d${seconds}s`, '--timeout', '10s', '-s', script, `${url}/api/v1/responses`],
    { env: { ...process.env, MV_BENCH_RUN: randomBytes(4).toString('hex') }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  wrk.stdout.on('data', (chunk) => (output += chunk));
  await new Promise((resolve) => wrk.on('exit', resolve));
  const after = threadCpu(child.pid);
  const result = JSON.parse(/^MV_BENCH_RESULT (.*)$/m.exec(output)[1]);
  const perRequest = {};
  for (const [tid, { name, seconds: end }] of after) {
    const used = end - (before.get(tid)?.seconds ?? 0);
    if ((used * 1e6) / result.requests < 1) continue;
    const key = tid === String(child.pid) ? 'http' : `${name}:${tid}`;
    perRequest[key] = Math.round((used * 1e6) / result.requests);
  }
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  // Rows per response in each table (the file is fresh): how far the counters' cells collapse.
  const tables = (await db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")).rows.map((r) => r[0]);
  const rows = {};
  for (const table of tables) rows[table] = Number((await db.execute(`SELECT count(*) FROM "${table}"`)).rows[0][0]);
  const stored = rows.responses;
  console.log(
    JSON.stringify({
      requests: result.requests,
      reqPerSecond: Math.round(result.requests / (result.durationUs / 1e6)),
      p99Ms: result.p99Us / 1000,
      statuses: result.statuses,
      cpuMicrosPerRequest: perRequest,
      stored,
      rowsPerResponse: Object.fromEntries(
        Object.entries(rows)
          .filter(([, n]) => n > 0)
          .map(([t, n]) => [t, +(n / stored).toFixed(2)]),
      ),
    }),
  );
} finally {
  db.close();
  child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
