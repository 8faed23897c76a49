// The comments about one standard are read off the days that hold them
// (comment_cube) and picked there by their tones: newest first through
// those days' commented rows when most days hold some, their own rows
// sorted when they are scattered. Either way a page must be the one scoring
// every stored answer gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client, InStatement } from '@libsql/client';
import { cityDay, responseContributions, type CommentTone } from '@mv-feedback/scoring';
import { openDatabase } from '../../packages/server/src/db/connection/open-database.js';
import { migrate } from '../../packages/server/src/db/schema/migrate.js';
import { listComments } from '../../packages/server/src/staff/comments-query.js';
import type { StaffFilters } from '../../packages/server/src/filters/staff-filters.js';
import { prng, randomRows, storeRows, testConfig, type StoredRow } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');
const config = testConfig('file:unused');
let dir: string;
let db: Client;
let rows: StoredRow[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-by-standard-'));
  db = await openDatabase(testConfig(`file:${join(dir, 'comments.db')}`));
  await migrate(db);
  // 20 busy days, then 200 quiet ones: a standard's comments are dense over the first and scattered over the rest.
  rows = [...randomRows(prng(41), 1_500, NOW, 20), ...randomRows(prng(42), 300, new Date('2026-05-26T19:00:00Z'), 200)];
  await storeRows(db, config, rows);
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The page and total by scoring every stored row's answers. */
function expected(
  filters: StaffFilters,
  standard: string,
  tone: CommentTone | undefined,
  limit: number,
  offset: number,
) {
  const surveys = new Map(config.catalogue.surveys.map((s) => [s.id, s]));
  const matching = rows
    .filter(({ submission, receivedAt }) => {
      const day = cityDay(receivedAt, config.timezone);
      return (
        submission.comment !== undefined &&
        day >= filters.from &&
        day <= filters.to &&
        (filters.department === undefined || submission.context.department === filters.department) &&
        (filters.channel === undefined || submission.context.channel === filters.channel) &&
        responseContributions(config.catalogue, surveys.get(submission.survey)!, submission.answers).some(
          (c) => c.standard === standard && (tone === undefined || c.favorable === (tone === 'favourable')),
        )
      );
    })
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || (b.submission.id < a.submission.id ? -1 : 1));
  return { total: matching.length, ids: matching.slice(offset, offset + limit).map((row) => row.submission.id) };
}

it('lists the page scoring every answer gives, off dense days and scattered ones alike', async () => {
  const statements: string[] = [];
  const watched = new Proxy(db, {
    get(target, key) {
      if (key !== 'execute') return Reflect.get(target, key) as unknown;
      return (statement: InStatement) => {
        statements.push(typeof statement === 'string' ? statement : statement.sql);
        return target.execute(statement);
      };
    },
  });
  const slices: StaffFilters[] = [
    { from: '2026-05-27', to: '2026-06-15' },
    { from: '2025-11-01', to: '2026-06-15' },
    { from: '2025-11-01', to: '2026-05-26', department: 'permits' },
    { from: '2025-11-01', to: '2026-06-15', department: 'library', channel: 'web' },
  ];
  let compared = 0;
  for (const filters of slices)
    for (const standard of ['knowing-our-business', 'same-day-response', 'asking-and-listening'])
      for (const tone of [undefined, 'favourable', 'unfavourable'] as const)
        for (const [limit, offset] of [
          [20, 0],
          [10, 25],
        ] as const) {
          const page = await listComments(watched, config.catalogue, filters, { limit, offset, standard, tone });
          const want = expected(filters, standard, tone, limit, offset);
          expect({ total: page.total, ids: page.items.map((item) => item.id) }).toEqual(want);
          if (want.ids.length > 0) compared += 1;
        }
  expect(compared).toBeGreaterThan(40);
  // Both ways of reading the days were taken.
  expect(statements.some((sql) => sql.includes('INDEXED BY responses_by_day_locale'))).toBe(true);
  expect(statements.some((sql) => sql.includes('INDEXED BY responses_with_comment') && sql.includes('tones'))).toBe(
    true,
  );
});
