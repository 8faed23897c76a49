// Migration 13 moves a comment's standards from the comment_standards rows
// onto the response's own row (its tones). A database an older release left,
// with comments filed and others still in the counters' backlog, must list
// the comments about each standard exactly like one made now.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client } from '@libsql/client';
import { openDatabase } from '../../packages/server/src/db/connection/open-database.js';
import { migrate } from '../../packages/server/src/db/schema/migrate.js';
import { migrations } from '../../packages/server/src/db/schema/migrations.js';
import { contentHash } from '../../packages/server/src/db/store/content-hash.js';
import { backlogStatements } from '../../packages/server/src/db/store/counter-fold.js';
import { responseRowStatements } from '../../packages/server/src/db/store/response-store.js';
import { listComments } from '../../packages/server/src/staff/comments-query.js';
import { filingCounterStatements, withoutTones } from './older-release.js';
import { prng, randomRows, storeRows, testConfig, type StoredRow } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');
const config = testConfig('file:unused');
const options = { catalogue: config.catalogue, timezone: config.timezone };
let dir: string;
const databases: Client[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-tones-'));
});

afterAll(() => {
  for (const db of databases) db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(name: string): Promise<Client> {
  const db = await openDatabase(testConfig(`file:${join(dir, name)}`));
  databases.push(db);
  return db;
}

const inputs = (rows: readonly StoredRow[]) =>
  rows.map(({ submission, receivedAt }) => ({ submission, receivedAt, contentHash: contentHash(submission) }));

const count = async (db: Client, sql: string) => Number((await db.execute(sql)).rows[0]?.[0]);

it('gives every stored comment its tones, filed or still in the backlog, and lists the same pages as a database made now', async () => {
  const rows = randomRows(prng(31), 700, NOW, 40);
  const filed = inputs(rows.slice(0, 500));
  const waiting = inputs(rows.slice(500));

  // As release 12 stored them: 500 counted with their comments filed, 200 committed but not yet folded.
  const older = await open('older.db');
  expect(await migrate(older, { migrations: migrations.slice(0, 12) })).toHaveLength(12);
  await older.batch(
    [
      ...responseRowStatements(filed, options),
      ...filingCounterStatements(filed, config.catalogue, config.timezone, 'comment_cube'),
    ].map(withoutTones),
    'write',
  );
  await older.batch(
    [...responseRowStatements(waiting, options), ...backlogStatements(waiting.map((i) => i.submission.id))].map(
      withoutTones,
    ),
    'write',
  );
  expect(await count(older, 'SELECT count(*) FROM comment_standards')).toBeGreaterThan(200);

  expect(await migrate(older)).toEqual([13, 14]);
  expect(await count(older, 'SELECT count(*) FROM comment_standards')).toBe(0);
  // Each commented row's tones as the writer now writes them, from the filed rows or from the answers.
  const fresh = await open('fresh.db');
  await migrate(fresh);
  await storeRows(fresh, config, rows);
  // In any order: the filed rows come back in the order of their key.
  const tones = async (db: Client) =>
    (await db.execute('SELECT id, tones FROM responses ORDER BY id')).rows.map(
      (row) =>
        `${String(row.id)}:${row.tones === null ? 'none' : String(row.tones).trim().split(' ').sort().join(' ')}`,
    );
  const expected = await tones(fresh);
  const commented = rows.filter((row) => row.submission.comment !== undefined).length;
  expect(await count(fresh, 'SELECT count(*) FROM responses WHERE tones IS NOT NULL')).toBeGreaterThan(commented / 2);
  expect(await tones(older)).toEqual(expected);

  // The comments about a standard, newest first, of either tone or one, over a range and a slice of it.
  const pages = async (db: Client) => {
    const read = [];
    for (const filters of [
      { from: '2026-05-10', to: '2026-06-15' },
      { from: '2026-05-20', to: '2026-06-10', department: 'permits' },
    ])
      for (const standard of ['knowing-our-business', 'same-day-response', 'asking-and-listening'])
        for (const tone of [undefined, 'favourable', 'unfavourable'] as const)
          for (const offset of [0, 15]) {
            const page = await listComments(db, config.catalogue, filters, { limit: 20, offset, standard, tone });
            read.push([page.total, page.items.map((item) => item.id)]);
          }
    return read;
  };
  const listed = await pages(fresh);
  expect(listed.filter(([total]) => Number(total) > 35).length).toBeGreaterThan(5);
  expect(await pages(older)).toEqual(listed);
});
