import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createClient } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { durableTransaction, loadConfig, startServer, type RunningServer } from '@mv-feedback/server';

let dir: string;
let server: RunningServer;
let dbUrl: string;

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

const submission = (answers: Record<string, unknown> = { listened: 4 }) => ({
  id: randomUUID(),
  survey: 'quick',
  answers,
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-concurrency-'));
  dbUrl = `file:${join(dir, 'feedback.db')}`;
  server = await startServer(loadConfig({ env: { MV_RATE_LIMIT: '0' }, flags: { db: dbUrl } }), { port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('idempotency under concurrency', () => {
  it('20 identical submissions at once: one 201, nineteen 200, exactly one row', async () => {
    const one = submission();
    const statuses = (await Promise.all(Array.from({ length: 20 }, () => post(one)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    const rows = await server.db.execute({ sql: 'SELECT count(*) AS n FROM responses WHERE id = ?', args: [one.id] });
    expect(rows.rows[0]?.n).toBe(1);
  });

  it('the same id with different content at once: one 201, the rest 409, one row', async () => {
    const id = randomUUID();
    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map((v) => post({ id, survey: 'quick', answers: { listened: v } })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    const rows = await server.db.execute({ sql: 'SELECT count(*) AS n FROM responses WHERE id = ?', args: [id] });
    expect(rows.rows[0]?.n).toBe(1);
  });

  it('200 concurrent different submissions are all stored and counted once in the rollups', async () => {
    // Counted after the commit, by the fold every read of the counters waits for.
    await server.writer.settle();
    const before = Number(
      (await server.db.execute('SELECT coalesce(sum(responses), 0) FROM daily_counts')).rows[0]?.[0],
    );
    const many = Array.from({ length: 200 }, () => submission({ listened: 5 }));
    const statuses = (await Promise.all(many.map((s) => post(s)))).map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set([201]));
    await server.writer.settle();
    const after = Number((await server.db.execute('SELECT sum(responses) FROM daily_counts')).rows[0]?.[0]);
    expect(after - before).toBe(200);
  });
});

describe('durable writes', () => {
  it("writes on the writer's own connection with synchronous=FULL, WAL and a busy timeout", async () => {
    const tx = await server.writeDb.transaction();
    try {
      expect(await tx.query('PRAGMA synchronous')).toEqual([[2]]);
      expect(await tx.query('PRAGMA journal_mode')).toEqual([['wal']]);
      expect(Number((await tx.query('PRAGMA busy_timeout'))[0]?.[0])).toBeGreaterThan(0);
    } finally {
      tx.close();
    }
    expect((await post(submission())).status).toBe(201);
  });

  it('other writes (migrations) sync every commit even after a pooled connection was changed', async () => {
    // Leave the connections with weaker settings, as any other code could.
    await server.db.execute('PRAGMA synchronous=OFF');
    for (const client of [server.db, server.db]) {
      const tx = await durableTransaction(client);
      try {
        expect((await tx.execute('PRAGMA synchronous')).rows[0]?.[0]).toBe(2);
        expect((await tx.execute('PRAGMA journal_mode')).rows[0]?.[0]).toBe('wal');
        expect(Number((await tx.execute('PRAGMA busy_timeout')).rows[0]?.[0])).toBeGreaterThan(0);
      } finally {
        tx.close();
      }
    }
  });

  it('waits for another process holding the write lock instead of failing', async () => {
    const other = createClient({ url: dbUrl });
    const lock = await other.transaction('write');
    const pending = post(submission());
    await new Promise((resolve) => setTimeout(resolve, 500));
    await lock.commit();
    other.close();
    expect((await pending).status).toBe(201);
  });

  it('answers 503 with Retry-After when the lock is held past the busy timeout, and writes nothing', async () => {
    const other = createClient({ url: dbUrl });
    const lock = await other.transaction('write');
    const blocked = submission();
    try {
      const response = await post(blocked);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await response.json()).error.code).toBe('storage_unavailable');
    } finally {
      await lock.rollback();
      other.close();
    }
    const rows = await server.db.execute({
      sql: 'SELECT count(*) AS n FROM responses WHERE id = ?',
      args: [blocked.id],
    });
    expect(rows.rows[0]?.n).toBe(0);
    // The same submission, sent again, is stored.
    expect((await post(blocked)).status).toBe(201);
  }, 20_000);
});

describe('no input yields a 500', () => {
  it('random bodies get 2xx or 4xx, never 5xx', async () => {
    const anyBody = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record(
          {
            id: fc.oneof(fc.uuid(), fc.string()),
            survey: fc.oneof(fc.constantFrom('quick', 'full'), fc.string()),
            answers: fc.dictionary(
              fc.constantFrom('listened', 'positive', 'same-day', 'x', '__proto__'),
              fc.jsonValue(),
            ),
            comment: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
            context: fc.dictionary(
              fc.constantFrom('department', 'channel', 'page', 'interaction', 'other'),
              fc.jsonValue(),
            ),
            locale: fc.constantFrom('en', 'es', 'fr', 1),
          },
          { requiredKeys: [] },
        )
        .map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(anyBody, async (text) => {
        const response = await post(text);
        await response.arrayBuffer();
        return response.status < 500;
      }),
      { numRuns: 150 },
    );
  });
});
