// A write that cannot commit within 5 s answers 503 with Retry-After (docs/design.md §11),
// and nothing is acknowledged before its commit. The real fault first: the
// database on an ext4 file system in a loop-mounted image, frozen with
// fsfreeze while the built server writes to it (needs root, losetup and
// mount). Then the deadline alone, which needs no root.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, ftruncateSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, loadConfig, migrate, openDatabase, type GroupCommitWriter } from '@mv-feedback/server';
import { spawnCliServer, type CliServer } from '../support/cli-process.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-stall-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const submission = (id = randomUUID()) =>
  JSON.stringify({ id, survey: 'quick', answers: { positive: 5 }, comment: 'sent while the disk stalls' });

const post = async (url: string, body: string, path = '/api/v1/responses') => {
  const began = Date.now();
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ms: Date.now() - began };
};

const timed = async (url: string) => {
  const began = Date.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  return { status: response.status, ms: Date.now() - began };
};

/** Why the real fault cannot be made here, or null when it can. */
function whyNoFreeze(): string | null {
  if (process.platform !== 'linux') return 'fsfreeze is Linux only';
  if (process.getuid?.() !== 0) return 'mounting a loop device and fsfreeze need root';
  for (const tool of ['mkfs.ext4', 'mount', 'umount', 'fsfreeze']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed`;
    }
  }
  if (!existsSync('/dev/loop-control')) return 'no loop devices (/dev/loop-control)';
  return null;
}

describe('a stalled disk', () => {
  it('answers a POST 503 with Retry-After after about 5 s; a retry after the thaw finds the commit (200)', async (context) => {
    const reason = whyNoFreeze();
    if (reason) {
      console.warn(`skipped: the fsfreeze test needs a real stall: ${reason}`);
      context.skip();
    }
    const image = join(dir, 'disk.img');
    const mountPoint = join(dir, 'mnt');
    mkdirSync(mountPoint);
    const fd = openSync(image, 'w');
    ftruncateSync(fd, 64 * 1024 * 1024);
    closeSync(fd);
    execFileSync('mkfs.ext4', ['-q', '-F', image]);
    try {
      execFileSync('mount', ['-o', 'loop', image, mountPoint], { stdio: 'pipe' });
    } catch (error) {
      console.warn(`skipped: the fsfreeze test could not mount a loop device: ${String(error)}`);
      context.skip();
    }
    let server: CliServer | undefined;
    // Whatever happens to this test, the file system thaws within 40 s.
    const watchdog = spawn('sh', ['-c', `sleep 40; fsfreeze -u '${mountPoint}'`], { detached: true, stdio: 'ignore' });
    watchdog.unref();
    try {
      const dbUrl = `file:${join(mountPoint, 'feedback.db')}`;
      server = await spawnCliServer(['--db', dbUrl]);
      expect((await post(server.url, submission())).status).toBe(201);

      execFileSync('fsfreeze', ['-f', mountPoint]);
      const id = randomUUID();
      let stalled;
      let health;
      let definitions;
      try {
        const pending = post(server.url, submission(id));
        // The HTTP thread never waits on the disk: health fails fast, definitions are served.
        health = await timed(`${server.url}/healthz`);
        definitions = await timed(`${server.url}/api/v1/surveys`);
        stalled = await pending;
      } finally {
        execFileSync('fsfreeze', ['-u', mountPoint]);
      }
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(3_000);
      expect(definitions.status).toBe(200);
      expect(definitions.ms).toBeLessThan(1_000);
      expect(stalled.status).toBe(503);
      expect(Number(stalled.retryAfter)).toBeGreaterThan(0);
      expect(stalled.ms).toBeGreaterThanOrEqual(4_900);
      expect(stalled.ms).toBeLessThan(7_000);

      // The writer thread was only waiting for the disk: its commit lands after
      // the thaw, and the same submission sent again is found stored (200).
      expect((await post(server.url, submission(id))).status).toBe(200);
    } finally {
      await server?.kill();
      try {
        process.kill(-watchdog.pid!);
      } catch {
        // Already gone.
      }
      // Lazily if need be: a file the test left open must not keep the image mounted.
      execFileSync('sh', ['-c', `umount '${mountPoint}' || umount -l '${mountPoint}'`], { stdio: 'ignore' });
    }
  }, 60_000);

  it('answers 503 with Retry-After once a commit (or an impression’s count) has not come for 5 s, whatever holds the writer', async () => {
    // A writer stuck in a write that never returns: without root no disk can be
    // stalled for real, so this stand-in is the only part that is not real.
    const stuck: GroupCommitWriter = {
      submit: () => new Promise(() => undefined),
      offer: () => new Promise(() => undefined),
      check: async () => undefined,
      settle: () => new Promise(() => undefined),
      flush: async () => undefined,
      close: async () => undefined,
    };
    const config = loadConfig({ env: { MV_RATE_LIMIT: '0' }, flags: { db: `file:${join(dir, 'deadline.db')}` } });
    const db = await openDatabase(config);
    await migrate(db);
    const http = serve({ fetch: createApp({ db, config, writer: stuck }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => http.once('listening', () => resolve()));
    try {
      const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
      const answers = await Promise.all([
        post(url, submission()),
        post(url, JSON.stringify({ survey: 'quick' }), '/api/v1/impressions'),
      ]);
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.retryAfter).toBe('2');
        expect(answer.ms).toBeGreaterThanOrEqual(4_900);
        expect(answer.ms).toBeLessThan(6_500);
      }
    } finally {
      await new Promise((resolve) => http.close(resolve));
      db.close();
    }
  }, 20_000);
});
