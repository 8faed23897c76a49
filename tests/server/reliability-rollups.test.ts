import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countersFromResponses,
  defaultCatalogue,
  mergeCounters,
  emptyCounters,
  responseContributions,
  type CountersByStandard,
  type StandardCounters,
  type Submission,
} from '@mv-feedback/scoring';
import {
  contentHash,
  groupCommitWriter,
  migrate,
  openDatabase,
  preparedWriteConnection,
  responseWriteStatements,
} from '@mv-feedback/server';
import type { Client } from '@libsql/client';

const TIMEZONE = 'America/Los_Angeles';
let dir: string;
let db: Client;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-rollups-'));
  db = await openDatabase({ dbUrl: `file:${join(dir, 'rollups.db')}` });
  await migrate(db);
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const agree = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 }));
const yesno = fc.constantFrom('yes', 'no', null);

/**
 * A submission of either survey, with skips, "does not apply", optional
 * context and comments. The quick survey may answer every rotating question:
 * the rollups must add up whatever the answers.
 */
const submissionArb = fc
  .record({
    full: fc.boolean(),
    comment: fc.option(fc.constantFrom('Thanks', 'Too slow, "again"'), { nil: null }),
    agree: fc.array(agree, { minLength: 11, maxLength: 11 }),
    yes: yesno,
    skip: fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
    department: fc.constantFrom(undefined, 'permits', 'parks'),
    channel: fc.constantFrom(undefined, 'phone', 'web'),
    locale: fc.constantFrom('en' as const, 'es' as const),
    day: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ full, comment, agree: values, yes, skip, department, channel, locale, day }) => {
    const survey = defaultCatalogue.surveys.find((s) => s.id === (full ? 'full' : 'quick'))!;
    const answers: Record<string, number | 'yes' | 'no' | null> = {};
    survey.questions.forEach((question, i) => {
      if (skip[i]) return;
      answers[question.id] = question.type === 'yesno' ? yes : (values[i] ?? null);
    });
    if (!Object.values(answers).some((v) => v !== null)) answers[survey.questions[1]!.id] = 4;
    // Fresh ids: the database outlives each property run.
    const submission: Submission = {
      id: randomUUID(),
      survey: survey.id,
      answers,
      comment,
      context: { ...(department ? { department } : {}), ...(channel ? { channel } : {}) },
      locale,
    };
    return { submission, receivedAt: new Date(Date.UTC(2026, 0, 1 + day, 7 + (day % 20))) };
  });

/**
 * A survey with two items on a standard of its own, so Cronbach's α sums are
 * kept and merged (α needs every item of the standard across the catalogue).
 */
const pairCatalogue = {
  ...defaultCatalogue,
  standards: [
    ...defaultCatalogue.standards,
    { id: 'pairing', title: { en: 'Pairing', es: 'Pares' }, description: { en: 'Pairing', es: 'Pares' } },
  ],
  surveys: [
    ...defaultCatalogue.surveys,
    {
      id: 'pair',
      title: { en: 'Pair', es: 'Par' },
      comment: null,
      questions: (['a', 'b'] as const).map((id) => ({
        id,
        type: 'agree5' as const,
        text: { en: `Item ${id}`, es: `Ítem ${id}` },
        standards: [{ standard: 'pairing', weight: id === 'a' ? 1 : 2 }],
      })),
    },
  ],
};

async function rollupTotals(where = ''): Promise<CountersByStandard> {
  const rows = (await db.execute(`SELECT standard, n, favorable, sum_v, sum_v2, alpha FROM daily_rollups ${where}`))
    .rows;
  const totals: CountersByStandard = {};
  for (const row of rows) {
    const counters: StandardCounters = {
      n: Number(row.n),
      favorable: Number(row.favorable),
      sumV: Number(row.sum_v),
      sumV2: Number(row.sum_v2),
      alpha: row.alpha === null ? null : JSON.parse(String(row.alpha)),
    };
    totals[String(row.standard)] = mergeCounters(totals[String(row.standard)] ?? emptyCounters(), counters);
  }
  return totals;
}

async function rawCounters(): Promise<CountersByStandard> {
  const rows = (await db.execute('SELECT survey, answers FROM responses')).rows;
  return countersFromResponses(
    pairCatalogue,
    rows.map((row) => ({ survey: String(row.survey), answers: JSON.parse(String(row.answers)) })),
  );
}

function expectSameCounters(actual: CountersByStandard, expected: CountersByStandard) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [standard, want] of Object.entries(expected)) {
    const got = actual[standard]!;
    expect([got.n, got.favorable], standard).toEqual([want.n, want.favorable]);
    expect(got.sumV).toBeCloseTo(want.sumV, 9);
    expect(got.sumV2).toBeCloseTo(want.sumV2, 9);
    expect(got.alpha?.complete ?? null, standard).toEqual(want.alpha?.complete ?? null);
    got.alpha?.itemSums.forEach((sum, i) => expect(sum).toBeCloseTo(want.alpha!.itemSums[i]!, 9));
    got.alpha?.itemSquares.forEach((sum, i) => expect(sum).toBeCloseTo(want.alpha!.itemSquares[i]!, 9));
    if (got.alpha) expect(got.alpha.totalSquares).toBeCloseTo(want.alpha!.totalSquares, 9);
  }
}

describe('daily rollups', () => {
  it("keep Cronbach's α sums merged across batches and days equal to the raw rows", async () => {
    const pairs = fc.sample(fc.record({ a: agree, b: agree, day: fc.integer({ min: 0, max: 2 }) }), 120);
    const items = pairs
      .filter(({ a, b }) => a !== null || b !== null)
      .map(({ a, b, day }) => {
        const submission: Submission = {
          id: randomUUID(),
          survey: 'pair',
          answers: { a, b },
          comment: null,
          context: { department: 'alpha' },
          locale: 'en',
        };
        return {
          submission,
          receivedAt: new Date(Date.UTC(2026, 5, 1 + day, 18)),
          contentHash: contentHash(submission),
        };
      });
    for (let i = 0; i < items.length; i += 17) {
      await db.batch(
        responseWriteStatements(items.slice(i, i + 17), { catalogue: pairCatalogue, timezone: TIMEZONE }),
        'write',
      );
    }
    const raw = (await db.execute("SELECT survey, answers FROM responses WHERE department = 'alpha'")).rows;
    const expected = countersFromResponses(
      pairCatalogue,
      raw.map((row) => ({ survey: String(row.survey), answers: JSON.parse(String(row.answers)) })),
    );
    expect(expected.pairing?.alpha?.complete).toBeGreaterThan(10);
    const actual = await rollupTotals("WHERE department = 'alpha'");
    expectSameCounters(actual, expected);
    expect(actual.pairing?.alpha?.items).toEqual(['a', 'b']);
  });

  it('equal scoring the raw rows after random batches (batch-aggregated upserts, α merged in SQL)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(submissionArb, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 5 }),
        async (batches) => {
          for (const batch of batches) {
            const items = batch.map((item) => ({ ...item, contentHash: contentHash(item.submission) }));
            await db.batch(
              responseWriteStatements(items, { catalogue: defaultCatalogue, timezone: TIMEZONE }),
              'write',
            );
          }
          expectSameCounters(await rollupTotals(), await rawCounters());
          const days = Number((await db.execute('SELECT count(DISTINCT day) FROM responses')).rows[0]?.[0]);
          const counted = Number((await db.execute('SELECT sum(responses) FROM daily_counts')).rows[0]?.[0]);
          const rows = Number((await db.execute('SELECT count(*) FROM responses')).rows[0]?.[0]);
          expect(counted).toBe(rows);
          expect(days).toBeGreaterThan(0);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("keep the month cubes equal to the day cubes, and each comment's tones and their cube equal to the raw rows", async () => {
    const rows = async (sql: string) => (await db.execute(sql)).rows.map((row) => JSON.stringify(Object.values(row)));
    const byMonth = await rows(`SELECT channel, survey, substr(day, 1, 7), department, standard, SUM(n), SUM(favorable),
      round(SUM(sum_v), 6), round(SUM(sum_v2), 6) FROM rollup_cube GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`);
    const months = await rows(`SELECT channel, survey, month, department, standard, n, favorable,
      round(sum_v, 6), round(sum_v2, 6) FROM month_rollup_cube ORDER BY 1, 2, 3, 4, 5`);
    expect(months.length).toBeGreaterThan(50);
    expect(months).toEqual(byMonth);
    expect(
      await rows(
        `SELECT channel, survey, month, department, responses, comments FROM month_count_cube ORDER BY 1, 2, 3, 4`,
      ),
    ).toEqual(
      await rows(`SELECT channel, survey, substr(day, 1, 7), department, SUM(responses), SUM(comments)
        FROM count_cube GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`),
    );

    // Every commented response's tones: each standard it counts for, favourable or not, as scoring its answers says…
    const commented = (
      await db.execute(
        'SELECT id, survey, answers, department, channel, day, tones FROM responses WHERE comment IS NOT NULL',
      )
    ).rows;
    const expected = commented.flatMap((row) => {
      const survey = pairCatalogue.surveys.find((s) => s.id === row.survey)!;
      return responseContributions(pairCatalogue, survey, JSON.parse(String(row.answers))).map(
        (c) => `${String(row.id)} ${c.standard}${c.favorable ? '+' : '-'}`,
      );
    });
    const tokens = (row: (typeof commented)[number]) =>
      String(row.tones ?? '')
        .split(' ')
        .filter(Boolean);
    const filed = commented.flatMap((row) => tokens(row).map((token) => `${String(row.id)} ${token}`));
    expect(expected.length).toBeGreaterThan(20);
    expect(filed.sort()).toEqual(expected.sort());
    // …and counted per day in each of the 8 cells of the rollup cube, favourable and not (migration 14).
    const cube = await rows(`SELECT department, channel, survey, standard, day, comments_favorable, comments_unfavorable
      FROM rollup_cube WHERE comments_favorable + comments_unfavorable <> 0`);
    const cells = new Map<string, [number, number]>();
    for (const row of commented) {
      for (const token of tokens(row)) {
        for (const department of [String(row.department), '*'])
          for (const channel of [String(row.channel), '*'])
            for (const survey of [String(row.survey), '*']) {
              const key = JSON.stringify([department, channel, survey, token.slice(0, -1), String(row.day)]);
              const counts = cells.get(key) ?? [0, 0];
              counts[token.endsWith('+') ? 0 : 1] += 1;
              cells.set(key, counts);
            }
      }
    }
    const counted = [...cells].map(([key, comments]) =>
      JSON.stringify([...(JSON.parse(key) as unknown[]), ...comments]),
    );
    expect(cube.length).toBeGreaterThan(50);
    expect(cube.sort()).toEqual(counted.sort());
  });

  it('through the group-commit writer, per department, equal the raw rows', async () => {
    // The writer's own connection with its prepared statements, as the server runs it.
    const connection = preparedWriteConnection(join(dir, 'rollups.db'), 20);
    const writer = groupCommitWriter(connection, { catalogue: defaultCatalogue, timezone: TIMEZONE });
    const items = fc.sample(submissionArb, 300);
    const outcomes = await Promise.all(
      items.map((item) => writer.submit({ ...item, contentHash: contentHash(item.submission) })),
    );
    expect(outcomes.every((o) => o === 'stored' || o === 'duplicate')).toBe(true);
    await writer.close();
    connection.close();
    const raw = (await db.execute("SELECT survey, answers FROM responses WHERE department = 'permits'")).rows;
    const expected = countersFromResponses(
      defaultCatalogue,
      raw.map((row) => ({ survey: String(row.survey), answers: JSON.parse(String(row.answers)) })),
    );
    expectSameCounters(await rollupTotals("WHERE department = 'permits'"), expected);
  });
});
