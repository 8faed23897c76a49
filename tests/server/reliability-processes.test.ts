import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@mv-feedback/scoring';
import { countersSettled } from '../../packages/server/src/staff/settled-counters.js';

const cli = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));
let dir: string;
const children = new Set<ChildProcess>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-processes-'));
});

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `mv-feedback serve` in its own process and resolves with its address once it listens. */
function spawnServer(dbUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', dbUrl], {
    env: { ...process.env, MV_RATE_LIMIT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const submit = (url: string, id: string = randomUUID()) =>
  fetch(`${url}/api/v1/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      id,
      survey: 'quick',
      answers: { listened: 1 + (id.charCodeAt(0) % 5), positive: 4 },
      comment: `note ${id}`,
    }),
  }).then(async (response) => ({ id, status: response.status, text: await response.text() }));

async function storedIds(dbUrl: string): Promise<Set<string>> {
  const db = createClient({ url: dbUrl });
  try {
    return new Set((await db.execute('SELECT id FROM responses')).rows.map((row) => String(row.id)));
  } finally {
    db.close();
  }
}

/** The stored rows, and the responses the counters hold once a read of them has folded the backlog (as a staff read or `report` does). */
async function countsMatchRows(dbUrl: string): Promise<[number, number]> {
  const db = createClient({ url: dbUrl });
  try {
    await countersSettled(db, defaultCatalogue);
    const rows = Number((await db.execute('SELECT count(*) FROM responses')).rows[0]?.[0]);
    const counted = Number((await db.execute('SELECT coalesce(sum(responses), 0) FROM daily_counts')).rows[0]?.[0]);
    return [rows, counted];
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('run from two processes at once on a new database: both succeed, each version recorded once', async () => {
    const dbUrl = `file:${join(dir, 'migrate.db')}`;
    const results = await Promise.all([run(['migrate', '--db', dbUrl]), run(['migrate', '--db', dbUrl])]);
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    expect(results.map((r) => r.stdout).sort()).toEqual([
      'applied migrations 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14\n',
      'database is up to date\n',
    ]);
    const again = await run(['migrate', '--db', dbUrl]);
    expect(again).toMatchObject({ code: 0, stdout: 'database is up to date\n' });
    const db = createClient({ url: dbUrl });
    const versions = (await db.execute('SELECT version FROM schema_migrations ORDER BY version')).rows.map(
      (r) => r.version,
    );
    db.close();
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });
});

describe('crash safety', () => {
  it('after SIGKILL while clients send, every response that got 201 is stored, rollups included', async () => {
    const dbUrl = `file:${join(dir, 'crash.db')}`;
    const { child, url } = await spawnServer(dbUrl);
    const acknowledged: string[] = [];
    let stop = false;
    let enough!: () => void;
    const fourHundred = new Promise<void>((resolve) => (enough = resolve));
    const worker = async () => {
      while (!stop) {
        try {
          const result = await submit(url);
          if (result.status !== 201) expect(result.status, result.text).toBe(201);
          else if (acknowledged.push(result.id) === 400) enough();
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const workers = Array.from({ length: 12 }, worker);
    // Killed as the 400th answer arrives, while the others are in flight (or once every client has failed).
    await Promise.race([fourHundred, Promise.all(workers)]);
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(400);

    const restarted = await spawnServer(dbUrl);
    expect((await fetch(`${restarted.url}/healthz`)).status).toBe(200);
    const stored = await storedIds(dbUrl);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    const [rows, counted] = await countsMatchRows(dbUrl);
    expect(counted).toBe(rows);
    // A submission acknowledged before the crash, sent again, is a duplicate.
    expect((await submit(restarted.url, acknowledged[0])).status).toBe(200);
    restarted.child.kill('SIGTERM');
  }, 60_000);
});

describe('two server processes on one database file', () => {
  it('take concurrent writes: nothing lost, nothing counted twice, no 5xx', async () => {
    const dbUrl = `file:${join(dir, 'shared.db')}`;
    const [a, b] = await Promise.all([spawnServer(dbUrl), spawnServer(dbUrl)]);
    const ids = Array.from({ length: 600 }, () => randomUUID());
    const results: { id: string; status: number; text: string }[] = [];
    let next = 0;
    const worker = async (url: string) => {
      while (next < ids.length) {
        const id = ids[next++]!;
        results.push(await submit(url, id));
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, i) => worker(i % 2 === 0 ? a.url : b.url)));
    // The same ids again, crossed over: each server finds the other's rows.
    const repeats = await Promise.all(ids.slice(0, 50).map((id, i) => submit(i % 2 === 0 ? b.url : a.url, id)));
    expect(results.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.text}`)).toEqual([]);
    expect(repeats.map((r) => r.status)).toEqual(Array(50).fill(200));
    const stored = await storedIds(dbUrl);
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
    expect(await countsMatchRows(dbUrl)).toEqual([600, 600]);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
  }, 60_000);
});
