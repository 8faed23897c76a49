// Migrations 2 and 3 fill the cubes, the month cubes and the comments by
// standard from what an older database already holds, migration 8 the
// language cube, migration 13 each comment's tones on its row; afterwards
// the writer keeps them in step (through migration 2's triggers until
// migration 6). A database upgraded from version 1 or 2 must answer every
// staff read exactly like one made at the newest version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Client, InStatement } from '@libsql/client';
import { migrate } from '../../packages/server/src/db/schema/migrate.js';
import { migrations } from '../../packages/server/src/db/schema/migrations.js';
import { openDatabase } from '../../packages/server/src/db/connection/open-database.js';
import { listComments } from '../../packages/server/src/staff/comments-query.js';
import { computeDepartmentComparison } from '../../packages/server/src/staff/departments-query.js';
import { computeLanguageComparison } from '../../packages/server/src/staff/languages-query.js';
import { computeLocaleScores } from '../../packages/server/src/staff/locale-scores-query.js';
import { computeScores } from '../../packages/server/src/staff/scores-query.js';
import { withoutTones } from './older-release.js';
import { prng, randomRows, storeRows, testConfig, type StoredRow } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');

/** The statements the writer of an older version ran: its tables and columns only. */
async function storeAsVersion(db: Client, version: number, rows: readonly StoredRow[]): Promise<void> {
  const config = testConfig('file:unused');
  const newer = migrations
    .filter((m) => m.version > version)
    .flatMap((m) => [...m.sql.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]!));
  // Until migration 6 the day cubes were filled by triggers, not by the writer's own statements.
  if (version < 6) newer.push('rollup_cube', 'count_cube');
  const proxy = {
    batch: (statements: InStatement[], mode: 'write') =>
      db.batch(
        statements
          .filter((s) => typeof s === 'string' || !newer.some((table) => s.sql.includes(`INTO ${table} `)))
          .map(withoutTones),
        mode,
      ),
  } as unknown as Client;
  await storeRows(proxy, config, rows);
}

async function everyRead(db: Client) {
  const options = { catalogue: testConfig('file:unused').catalogue, minN: 10 };
  const ranges = [
    { from: '2026-04-17', to: '2026-06-15' },
    { from: '2026-05-01', to: '2026-06-15', department: 'permits', channel: 'web' },
    { from: '2026-03-01', to: '2026-05-31', survey: 'full' },
  ];
  const reads = [];
  for (const filters of ranges) {
    const scores = await computeScores(db, options, filters);
    reads.push(
      scores.responses,
      scores.standards.map((s) => [s.n, s.favorable, s.comments, s.mean?.toFixed(9)]),
    );
    const { department: _all, ...cityWide } = filters;
    const comparison = await computeDepartmentComparison(db, options, cityWide);
    reads.push(comparison.departments.map((d) => [d.id, d.responses, d.standards.map((s) => [s.n, s.favorable])]));
    const languages = await computeLanguageComparison(db, options, filters);
    reads.push(languages.languages.map((l) => [l.locale, l.responses, l.standards.map((s) => [s.n, s.favorable])]));
    for (const locale of ['es', 'en']) {
      const scored = await computeLocaleScores(db, options, filters, locale);
      reads.push(
        scored.responses,
        scored.comments,
        scored.standards.map((s) => [s.n, s.favorable, s.comments, s.mean?.toFixed(9), s.reliability?.toFixed(9)]),
      );
    }
    for (const standard of ['knowing-our-business', 'same-day-response']) {
      for (const tone of [undefined, 'unfavourable'] as const) {
        const page = await listComments(db, options.catalogue, filters, { limit: 20, offset: 0, standard, tone });
        reads.push(
          page.total,
          page.items.map((item) => item.id),
        );
      }
    }
  }
  return reads;
}

it('answers the staff reads of a database upgraded from version 1 or 2 exactly like one made now', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mv-cube-'));
  try {
    const open = (name: string) => openDatabase(testConfig(`file:${join(dir, name)}`));
    const [fromOne, fromTwo, fresh] = [await open('one.db'), await open('two.db'), await open('fresh.db')];
    expect(await migrate(fromOne, { migrations: migrations.slice(0, 1) })).toEqual([1]);
    expect(await migrate(fromTwo, { migrations: migrations.slice(0, 2) })).toEqual([1, 2]);
    expect(await migrate(fresh)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const before = randomRows(prng(11), 600, NOW, 120);
    const after = randomRows(prng(12), 200, NOW, 60);
    await storeAsVersion(fromOne, 1, before);
    await storeAsVersion(fromTwo, 2, before);
    expect(await migrate(fromOne)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(await migrate(fromTwo)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    for (const db of [fromOne, fromTwo]) await storeRows(db, testConfig('file:unused'), after);
    await storeRows(fresh, testConfig('file:unused'), [...before, ...after]);
    const expected = await everyRead(fresh);
    // Something to compare: responses, departments, languages, Spanish responses, comments filed under a standard.
    expect(expected[0]).toBeGreaterThan(100);
    expect((expected[2] as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect((expected[3] as unknown[]).length).toBe(2);
    expect(expected[4]).toBeGreaterThan(30);
    expect(expected[10]).toBeGreaterThan(10);
    expect(await everyRead(fromOne)).toEqual(expected);
    expect(await everyRead(fromTwo)).toEqual(expected);
    for (const db of [fromOne, fromTwo, fresh]) db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
