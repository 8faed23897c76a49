// Migration 2 fills the rollup cubes from what a version-1 database already
// holds; afterwards the triggers keep them in step with new rollups.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { migrate } from '../../packages/server/src/db/migrate.js';
import { migrations } from '../../packages/server/src/db/migrations.js';
import { openDatabase } from '../../packages/server/src/db/open-database.js';
import { computeScores } from '../../packages/server/src/staff/scores-query.js';
import { prng, randomRows, storeRows, testConfig } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');

it('scores a database upgraded from version 1 exactly like one made at version 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mv-cube-'));
  try {
    const upgraded = testConfig(`file:${join(dir, 'upgraded.db')}`);
    const fresh = testConfig(`file:${join(dir, 'fresh.db')}`);
    const [oldDb, newDb] = [await openDatabase(upgraded), await openDatabase(fresh)];
    expect(await migrate(oldDb, migrations.slice(0, 1))).toEqual([1]);
    expect(await migrate(newDb)).toEqual([1, 2]);
    const before = randomRows(prng(11), 400, NOW, 60);
    const after = randomRows(prng(12), 200, NOW, 60);
    await storeRows(oldDb, upgraded, before);
    expect(await migrate(oldDb)).toEqual([2]);
    await storeRows(oldDb, upgraded, after);
    await storeRows(newDb, fresh, [...before, ...after]);
    const options = { catalogue: upgraded.catalogue, minN: 10 };
    for (const filters of [
      { from: '2026-04-17', to: '2026-06-15' },
      { from: '2026-05-01', to: '2026-06-15', department: 'permits', channel: 'web' },
      { from: '2026-05-01', to: '2026-06-15', survey: 'full' },
    ]) {
      const a = await computeScores(oldDb, options, filters);
      const b = await computeScores(newDb, options, filters);
      expect(a.responses).toBeGreaterThan(0);
      expect(a.standards.map((s) => [s.n, s.favorable, s.comments])).toEqual(
        b.standards.map((s) => [s.n, s.favorable, s.comments]),
      );
      a.standards.forEach((s, i) => expect(s.mean ?? 0).toBeCloseTo(b.standards[i]!.mean ?? 0, 9));
    }
    oldDb.close();
    newDb.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
