// A database file damaged on disk (garbage over some of its pages): the
// server must say so with 503 and one log line per request, never answer
// from it and never print a stack trace (docs/design.md §11).
import { copyFileSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientWriteConnection, createApp, groupCommitWriter, loadConfig, openDatabase } from '@mv-feedback/server';
import { runCli, spawnCliServer } from '../support/cli-process.js';

const PAGE = 4096;
let dir: string;
let healthy: string;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-corrupt-'));
  healthy = join(dir, 'healthy.db');
  expect((await runCli(['seed', '--demo', '--count', '2000', '--db', `file:${healthy}`])).code).toBe(0);
  token = (
    await runCli(['token', 'create', '--name', 'Ops', '--role', 'admin', '--db', `file:${healthy}`])
  ).stdout.trim();
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A copy of the healthy database with garbage over the first page of each named table's b-tree. */
async function damagedCopy(tables: string[]): Promise<string> {
  const file = join(dir, `${randomUUID()}.db`);
  copyFileSync(healthy, file);
  const db = createClient({ url: `file:${file}` });
  const { rows } = await db.execute({
    sql: `SELECT rootpage FROM sqlite_schema WHERE name IN (${tables.map(() => '?').join(', ')})`,
    args: tables,
  });
  db.close();
  const fd = openSync(file, 'r+');
  for (const row of rows) writeSync(fd, Buffer.alloc(PAGE, 0xa5), 0, PAGE, (Number(row.rootpage) - 1) * PAGE);
  closeSync(fd);
  return file;
}

const submission = () => JSON.stringify({ id: randomUUID(), survey: 'quick', answers: { positive: 4 } });
const stackLines = (log: string) => log.split('\n').filter((line) => /^\s+at /.test(line));

describe('a corrupted database', () => {
  it('serve starts, and /healthz, staff reads and submissions answer 503 with one log line each', async () => {
    const file = await damagedCopy(['responses', 'rollup_cube']);
    const server = await spawnCliServer(['--db', `file:${file}`]);
    try {
      const auth = { Authorization: `Bearer ${token}` };
      const answers = [
        await fetch(`${server.url}/healthz`),
        await fetch(`${server.url}/api/v1/scores`, { headers: auth }),
        await fetch(`${server.url}/api/v1/comments`, { headers: auth }),
        await fetch(`${server.url}/api/v1/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: submission(),
        }),
      ];
      for (const answer of answers) {
        expect([answer.url, answer.status, answer.headers.get('retry-after')]).toEqual([answer.url, 503, '2']);
        expect((await answer.json()).error.code).toBe('storage_unavailable');
      }
      // Definitions come from the catalogue, not the file: the widget still renders.
      expect((await fetch(`${server.url}/api/v1/surveys/quick`)).status).toBe(200);
      const log = server.stderr().trim().split('\n');
      expect(log[0]).toMatch(/^mv-feedback: the database .* failed its integrity check \(.+\); \/healthz, staff reads/);
      expect(log.slice(1)).toEqual([
        expect.stringMatching(/^mv-feedback: GET \/healthz answered 503: the database is corrupt/),
        expect.stringMatching(/^mv-feedback: GET \/api\/v1\/scores answered 503: the database is corrupt/),
        expect.stringMatching(/^mv-feedback: GET \/api\/v1\/comments answered 503: the database is corrupt/),
        expect.stringMatching(/^mv-feedback: POST \/api\/v1\/responses answered 503: the database is corrupt/),
      ]);
      expect(stackLines(server.stderr())).toEqual([]);
    } finally {
      await server.kill();
    }
  });

  it('a staff read that meets a damaged page answers 503, logs one line, and health follows', async () => {
    // The app alone, without the check at start: the damage is found by the query itself.
    const file = await damagedCopy(['rollup_cube']);
    const config = loadConfig({ env: {}, flags: { db: `file:${file}` } });
    const db = await openDatabase(config);
    const http = serve({
      fetch: createApp({ db, config, writer: groupCommitWriter(clientWriteConnection(db), config) }).fetch,
      port: 0,
      hostname: '127.0.0.1',
    });
    await new Promise<void>((resolve) => http.once('listening', () => resolve()));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
      const scores = await fetch(`${url}/api/v1/scores`, { headers: { Authorization: `Bearer ${token}` } });
      expect(scores.status).toBe(503);
      expect((await fetch(`${url}/healthz`)).status).toBe(503);
      const lines = logged.mock.calls.map((call) => call.map(String).join(' '));
      expect(lines).toEqual([
        expect.stringMatching(/^mv-feedback: GET \/api\/v1\/scores answered 503: SQLITE_CORRUPT/),
        expect.stringMatching(/^mv-feedback: GET \/healthz answered 503: the database is corrupt \(SQLITE_CORRUPT/),
      ]);
      expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    } finally {
      logged.mockRestore();
      await new Promise((resolve) => http.close(resolve));
      db.close();
    }
  });

  it('a command that cannot read the migrations stops with one line; a file that is no database with status 2', async () => {
    const migrations = await damagedCopy(['schema_migrations']);
    const broken = await runCli(['migrate', '--db', `file:${migrations}`]);
    expect([broken.code, broken.stdout]).toEqual([1, '']);
    expect(broken.stderr).toMatch(
      /^mv-feedback: the database is corrupt \(SQLITE_CORRUPT.*\); restore it from a backup\n$/,
    );

    const notADatabase = join(dir, 'garbage.db');
    copyFileSync(healthy, notADatabase);
    const fd = openSync(notADatabase, 'r+');
    writeSync(fd, Buffer.alloc(PAGE, 0xa5), 0, PAGE, 0);
    closeSync(fd);
    const refused = await runCli(['serve', '--port', '0', '--db', `file:${notADatabase}`]);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toMatch(
      /^mv-feedback: cannot use database file:.*: SQLITE_NOTADB: file is not a database\n$/,
    );
  });
});
