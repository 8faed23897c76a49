// Backups and restore (docs/design.md §15) with real processes: `serve` taking
// submissions from several clients while `mv-feedback backup` copies the
// file, then `restore` and a server on the restored file; kill -9 during a
// backup; what restore refuses; the daily backups of `serve`.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Row } from '@libsql/client';
import type { Answers, Channel, Submission } from '@mv-feedback/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../packages/server/src/db/schema/migrate.js';
import { openDatabase } from '../../packages/server/src/db/connection/open-database.js';
import { CLI, runCli, spawnCliServer, type CliServer } from '../support/cli-process.js';
import { storeRows, testConfig, TIMEZONE, type StoredRow } from './staff-fixture.js';

let dir: string;
const servers: CliServer[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-backup-'));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill()));
  rmSync(dir, { recursive: true, force: true });
});

const url = (name: string) => `file:${join(dir, name)}`;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIMEZONE, dateStyle: 'short' }).format(new Date());

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

async function query<T>(dbUrl: string, sql: string, read: (rows: Row[]) => T): Promise<T> {
  const db = createClient({ url: dbUrl });
  try {
    return read((await db.execute(sql)).rows);
  } finally {
    db.close();
  }
}
const ids = (dbUrl: string) =>
  query(dbUrl, 'SELECT id FROM responses', (rows) => new Set(rows.map((r) => String(r.id))));
const integrity = (dbUrl: string) => query(dbUrl, 'PRAGMA integrity_check', (rows) => String(rows[0]?.integrity_check));

async function serveWithToken(dbUrl: string): Promise<{ server: CliServer; token: string }> {
  const created = await runCli(['token', 'create', '--name', 'Checker', '--role', 'admin', '--db', dbUrl]);
  expect(created.code).toBe(0);
  const server = await spawnCliServer(['--db', dbUrl]);
  servers.push(server);
  return { server, token: created.stdout.trim() };
}

async function scores(server: CliServer, token: string): Promise<unknown> {
  const response = await fetch(`${server.url}/api/v1/scores?from=2025-01-01&to=${today}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { responses: number; standards: unknown };
  return { responses: body.responses, standards: body.standards };
}

describe('mv-feedback backup while clients keep writing, then restore', () => {
  it('copies every acknowledged response and nothing unacknowledged; the restored file scores the same', async () => {
    const live = url('live.db');
    expect((await runCli(['seed', '--demo', '--count', '3000', '--db', live])).code).toBe(0);
    const seeded = await ids(live);
    const { server } = await serveWithToken(live);

    const acknowledged = new Map<string, number>();
    let stop = false;
    const departments = ['permits', 'utilities', 'library'];
    const client = async (n: number) => {
      // Bounded: at most 1,500 submissions a client.
      for (let i = 0; i < 1_500 && !stop; i++) {
        const id = randomUUID();
        const response = await fetch(`${server.url}/api/v1/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            id,
            survey: 'quick',
            answers: { listened: 1 + (i % 5), positive: 1 + ((i + n) % 5) },
            context: { department: departments[n % 3], channel: 'web' },
          }),
        });
        await response.arrayBuffer();
        if (response.status === 201) acknowledged.set(id, performance.now());
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    while (acknowledged.size < 300) await new Promise((resolve) => setImmediate(resolve));
    const began = performance.now();
    const ackedBefore = new Set(acknowledged.keys());
    const backup = await runCli(['backup', '--to', join(dir, 'copy.db'), '--db', live]);
    const ended = performance.now();
    const during = [...acknowledged.values()].filter((t) => t >= began && t <= ended).length;
    const target = acknowledged.size + 200;
    while (acknowledged.size < target && clients.length) await new Promise((resolve) => setImmediate(resolve));
    stop = true;
    await Promise.all(clients);

    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^backed up \d+ responses to .*copy\.db \(\d+\.\d MiB\), integrity ok\n$/);
    expect(during).toBeGreaterThan(0);
    const first = Math.min(...[...acknowledged.values()]);
    console.log(
      `ingest: ${Math.round((ackedBefore.size * 1000) / (began - first))}/s before the backup, ${Math.round((during * 1000) / (ended - began))}/s while the backup command ran (${Math.round(ended - began)} ms)`,
    );
    const copy = await ids(url('copy.db'));
    expect([...ackedBefore].filter((id) => !copy.has(id))).toEqual([]);
    expect([...copy].filter((id) => !seeded.has(id) && !acknowledged.has(id))).toEqual([]);
    expect(Number(/backed up (\d+)/.exec(backup.stdout)![1])).toBe(copy.size);
    expect(await integrity(url('copy.db'))).toBe('ok');
    expect(await integrity(live)).toBe('ok');

    const restored = url('restored.db');
    const restore = await runCli(['restore', '--from', join(dir, 'copy.db'), '--db', restored]);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toMatch(`restored ${copy.size} responses`);

    // The same rows written afresh through the server's own writer statements: the scores to expect.
    const reference = url('reference.db');
    const rows = await query(url('copy.db'), 'SELECT * FROM responses', (r) => r);
    const db = await openDatabase(testConfig(reference));
    await migrate(db);
    await storeRows(
      db,
      testConfig(reference),
      rows.map((row): StoredRow => ({
        submission: {
          id: String(row.id),
          survey: String(row.survey),
          answers: JSON.parse(String(row.answers)) as Answers,
          ...(row.comment ? { comment: text(row.comment) } : {}),
          context: {
            ...(row.department ? { department: text(row.department) } : {}),
            ...(row.channel ? { channel: text(row.channel) as Channel } : {}),
            ...(row.interaction ? { interaction: text(row.interaction) } : {}),
          },
          locale: row.locale === 'es' ? 'es' : 'en',
        } satisfies Submission,
        receivedAt: new Date(String(row.received_at)),
      })),
    );
    db.close();
    const [onRestored, onReference] = await Promise.all([serveWithToken(restored), serveWithToken(reference)]);
    expect(await scores(onRestored.server, onRestored.token)).toEqual(
      await scores(onReference.server, onReference.token),
    );
    // The backup is in the live file's audit log, the restore in the restored one's.
    const actions = (dbUrl: string) => query(dbUrl, 'SELECT action FROM audit_log', (r) => r.map((e) => e.action));
    expect(await actions(live)).toContain('backup');
    expect(await actions(restored)).toContain('restore');
  }, 120_000);
});

describe('kill -9 during a backup', () => {
  it('leaves the live database sound and no file under the final name', async () => {
    const live = url('ballast.db');
    expect((await runCli(['migrate', '--db', live])).code).toBe(0);
    // Enough bytes that the copy takes a while: the kill lands while it is written.
    await query(live, 'SELECT 1', () => null);
    const db = createClient({ url: live });
    await db.execute('CREATE TABLE ballast (b BLOB)');
    for (let i = 0; i < 6; i++)
      await db.execute('INSERT INTO ballast SELECT randomblob(1048576) FROM generate_series(1, 25)');
    db.close();
    const target = join(dir, 'killed.db');
    const child = spawn(process.execPath, [CLI, 'backup', '--to', target, '--db', live], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const started = Date.now();
    const writing = () => readdirSync(dir).some((name) => name.startsWith('.killed.db.partial'));
    while (!writing() && Date.now() - started < 10_000) await new Promise((resolve) => setImmediate(resolve));
    expect(writing()).toBe(true);
    child.kill('SIGKILL');
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
    expect(existsSync(target)).toBe(false);
    expect(await integrity(live)).toBe('ok');
    const again = await runCli(['backup', '--to', target, '--db', live]);
    expect(again.code).toBe(0);
    expect(await integrity(`file:${target}`)).toBe('ok');
  }, 60_000);
});

describe('mv-feedback restore refuses', () => {
  let backup: string;
  beforeAll(async () => {
    const source = url('source.db');
    expect((await runCli(['seed', '--demo', '--count', '50', '--db', source])).code).toBe(0);
    backup = join(dir, 'source-backup.db');
    expect((await runCli(['backup', '--to', backup, '--db', source])).code).toBe(0);
  });

  it('a target holding responses, unless --force', async () => {
    const target = url('busy.db');
    expect((await runCli(['seed', '--demo', '--count', '20', '--db', target])).code).toBe(0);
    const refused = await runCli(['restore', '--from', backup, '--db', target]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/holds 20 responses; add --force/);
    expect((await ids(target)).size).toBe(20);
    const forced = await runCli(['restore', '--from', backup, '--db', target, '--force']);
    expect(forced.code).toBe(0);
    expect((await ids(target)).size).toBe(50);
  });

  it('a file that fails its check, and one that is no database', async () => {
    const damaged = join(dir, 'damaged.db');
    const bytes = Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(backup)));
    bytes.fill(0x55, 8192, 8192 + 4096 * 4);
    writeFileSync(damaged, bytes);
    writeFileSync(join(dir, 'notes.db'), 'not a database at all');
    for (const file of [damaged, join(dir, 'notes.db')]) {
      const refused = await runCli(['restore', '--from', file, '--db', url('empty-1.db')]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/refusing to restore/);
    }
    expect(existsSync(join(dir, 'empty-1.db'))).toBe(false);
  });

  it('a file migrated by a newer version', async () => {
    const newer = join(dir, 'newer.db');
    await import('node:fs').then((fs) => fs.copyFileSync(backup, newer));
    await query(
      `file:${newer}`,
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', '2030-01-01')",
      () => null,
    );
    const refused = await runCli(['restore', '--from', newer, '--db', url('empty-2.db')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/migrated by a newer mv-feedback \(migration 99 "from the future"/);
  });

  it('a libsql:// or https:// database: both commands point to the server’s own backups, exit 2', async () => {
    for (const args of [
      ['backup', '--to', join(dir, 'remote.db'), '--db', 'libsql://feedback.example.turso.io'],
      ['restore', '--from', backup, '--db', 'https://feedback.example.turso.io'],
    ]) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/use that server's own backups/);
    }
  });
});

describe('serve with MV_BACKUP_DIR', () => {
  it('takes one backup at start, keeps the newest MV_BACKUP_KEEP and clears what a killed run left', async () => {
    const backups = join(dir, 'daily');
    await import('node:fs').then((fs) => fs.mkdirSync(backups));
    for (const day of ['2026-01-01', '2026-01-02', '2026-01-03'])
      writeFileSync(join(backups, `mv-feedback-${day}.db`), '');
    writeFileSync(join(backups, '.mv-feedback-2026-01-04.db.partial-123'), 'half');
    const server = await spawnCliServer(['--db', url('daily.db')], { MV_BACKUP_DIR: backups, MV_BACKUP_KEEP: '2' });
    servers.push(server);
    const started = Date.now();
    while (readdirSync(backups).length !== 2 && Date.now() - started < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(readdirSync(backups).sort()).toEqual(['mv-feedback-2026-01-03.db', `mv-feedback-${today}.db`]);
    expect(await integrity(`file:${join(backups, `mv-feedback-${today}.db`)}`)).toBe('ok');
  }, 30_000);
});
