// After many residents answer at once, with answers from every department,
// channel and survey, the scores staff read from the counters (the day cubes
// the writer thread keeps, one upsert per cell and batch) are the scores of the
// stored responses themselves, for every filter; and so are the scores of
// each response language, read from the language cube (docs/design.md §14).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScoresResult, countersFromResponses, defaultCatalogue } from '@mv-feedback/scoring';
import { computeScores, type RunningServer } from '@mv-feedback/server';
import { previousPeriod, type StaffFilters } from '../../packages/server/src/filters/staff-filters.js';
import { computeLanguageComparison } from '../../packages/server/src/staff/languages-query.js';
import { computeLocaleScores } from '../../packages/server/src/staff/locale-scores-query.js';

const CONCURRENCY = 40;
const departments = (defaultCatalogue.departments ?? []).map((d) => d.id);
const channels = ['in-person', 'phone', 'email', 'web', 'field', 'other'] as const;
const grade = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 }));

/** A submission as the widget or a kiosk sends it, from any department and channel, of either survey. */
const submissionArb = fc
  .record({
    id: fc.uuid({ version: 4 }),
    full: fc.boolean(),
    grades: fc.array(grade, { minLength: 4, maxLength: 4 }),
    yes: fc.constantFrom('yes', 'no', null),
    comment: fc.option(fc.constantFrom('Thanks', 'Too slow'), { nil: undefined }),
    department: fc.option(fc.constantFrom(...departments), { nil: undefined }),
    channel: fc.option(fc.constantFrom(...channels), { nil: undefined }),
  })
  .map(({ id, full, grades: [a = null, b = null, c = null, d = null], yes, comment, department, channel }) => ({
    id,
    survey: full ? 'full' : 'quick',
    answers: full
      ? { 'same-day': yes, professional: a, positive: b ?? 3, listened: c, 'at-ease': d }
      : { listened: a ?? 4, positive: b, accurate: c, 'did-best': d },
    ...(comment ? { comment } : {}),
    context: { ...(department ? { department } : {}), ...(channel ? { channel } : {}) },
  }));

/** The same, about a third of them in Spanish. */
const localizedArb = fc
  .tuple(submissionArb, fc.constantFrom('en', 'en', 'es'))
  .map(([submission, locale]) => ({ ...submission, locale }));

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-counters-exact-'));
  // The built server: its writer runs on its own thread, as `mv-feedback serve` does by default.
  const built = await import('../../packages/server/dist/index.js');
  const config = built.loadConfig({ env: { MV_RATE_LIMIT: '0' }, flags: { db: `file:${join(dir, 'feedback.db')}` } });
  server = await built.startServer(config, { port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function postAll(bodies: readonly unknown[]): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  const sender = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      const answer = await fetch(`${server.url}/api/v1/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      await answer.arrayBuffer();
      statuses.push(answer.status);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, sender));
  return statuses;
}

/** The scores of the stored responses that match `filters` (and `locale`), computed from their answers alone. */
async function scoresFromResponses(filters: StaffFilters, locale?: string) {
  const where = ['day BETWEEN ? AND ?'];
  const args: string[] = [filters.from, filters.to];
  if (locale !== undefined) {
    where.push('locale = ?');
    args.push(locale);
  }
  for (const key of ['department', 'channel', 'survey'] as const) {
    if (filters[key] !== undefined) {
      where.push(`${key} = ?`);
      args.push(filters[key]);
    }
  }
  const rows = (await server.db.execute({ sql: `SELECT * FROM responses WHERE ${where.join(' AND ')}`, args })).rows;
  const commentsByStandard: Record<string, number> = {};
  for (const row of rows) {
    const prompt = defaultCatalogue.surveys.find((s) => s.id === row.survey)?.comment;
    if (row.comment !== null && prompt)
      commentsByStandard[prompt.standard] = (commentsByStandard[prompt.standard] ?? 0) + 1;
  }
  return buildScoresResult({
    catalogue: defaultCatalogue,
    from: filters.from,
    to: filters.to,
    minN: 1,
    responses: rows.length,
    offered: 0,
    comments: rows.filter((row) => row.comment !== null).length,
    commentsByStandard,
    current: countersFromResponses(
      defaultCatalogue,
      rows.map((row) => ({ survey: String(row.survey), answers: JSON.parse(String(row.answers)) })),
    ),
    previous: { ...previousPeriod(filters), counters: {} },
  });
}

describe('scores after a concurrent load', () => {
  it('read from the counters equal the scores of the stored responses, for every filter', async () => {
    const bodies = fc.sample(submissionArb, { numRuns: 600, seed: 21 });
    // Some arrive twice, as retries do: counted once.
    const statuses = await postAll([...bodies, ...bodies.slice(0, 60)]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(bodies.length);
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);

    const days = (await server.db.execute('SELECT min(day), max(day), count(*) FROM responses')).rows[0]!;
    expect(Number(days[2])).toBe(bodies.length);
    const period = { from: String(days[0]), to: String(days[1]) };
    const filters: StaffFilters[] = [
      period,
      ...departments.slice(0, 5).map((department) => ({ ...period, department })),
      ...channels.map((channel) => ({ ...period, channel })),
      { ...period, survey: 'full' },
      { ...period, department: departments[0]!, channel: 'phone' },
      { ...period, department: departments[1]!, survey: 'quick' },
      { ...period, channel: 'web', survey: 'full' },
      { ...period, department: departments[2]!, channel: 'in-person', survey: 'quick' },
    ];
    for (const filter of filters) {
      const counted = await computeScores(server.db, { catalogue: defaultCatalogue, minN: 1 }, filter);
      const recomputed = await scoresFromResponses(filter);
      expect(counted.responses, JSON.stringify(filter)).toBe(recomputed.responses);
      expect(counted.comments, JSON.stringify(filter)).toBe(recomputed.comments);
      expect(counted.standards.length).toBe(recomputed.standards.length);
      counted.standards.forEach((standard, i) => {
        const expected = recomputed.standards[i]!;
        expect([standard.id, standard.n, standard.favorable, standard.comments], JSON.stringify(filter)).toEqual([
          expected.id,
          expected.n,
          expected.favorable,
          expected.comments,
        ]);
        if (expected.mean === null) expect(standard.mean).toBeNull();
        else expect(standard.mean).toBeCloseTo(expected.mean, 9);
      });
    }
  });

  it('read from the language cube equal the scores of the stored responses in each language, for every filter', async () => {
    const bodies = fc.sample(localizedArb, { numRuns: 600, seed: 8 });
    const statuses = await postAll([...bodies, ...bodies.slice(0, 40)]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(bodies.length);
    const days = (
      await server.db.execute("SELECT min(day), max(day), count(*) FILTER (WHERE locale = 'es') FROM responses")
    ).rows[0]!;
    expect(Number(days[2])).toBeGreaterThan(150);
    const period = { from: String(days[0]), to: String(days[1]) };
    const filters: StaffFilters[] = [
      period,
      { ...period, department: departments[0]! },
      { ...period, channel: 'web' },
      { ...period, survey: 'full' },
      { ...period, department: departments[1]!, channel: 'phone', survey: 'quick' },
    ];
    const options = { catalogue: defaultCatalogue, minN: 1 };
    for (const filter of filters) {
      const compared = await computeLanguageComparison(server.db, options, filter);
      for (const locale of ['es', 'en']) {
        const label = `${locale} ${JSON.stringify(filter)}`;
        const counted = await computeLocaleScores(server.db, options, filter, locale);
        const recomputed = await scoresFromResponses(filter, locale);
        expect([counted.responses, counted.comments], label).toEqual([recomputed.responses, recomputed.comments]);
        // A language nobody answered in is not among those compared.
        const language = compared.languages.find((l) => l.locale === locale);
        expect(language?.responses ?? 0, label).toBe(recomputed.responses);
        counted.standards.forEach((standard, i) => {
          const expected = recomputed.standards[i]!;
          const inComparison = language?.standards.find((s) => s.id === standard.id) ?? { n: 0, favorable: null };
          expect([standard.id, standard.n, standard.favorable, standard.comments], label).toEqual([
            expected.id,
            expected.n,
            expected.favorable,
            expected.comments,
          ]);
          expect([inComparison.n, inComparison.favorable], label).toEqual([expected.n, expected.favorable]);
          for (const key of ['mean', 'reliability'] as const) {
            if (expected[key] === null) expect(standard[key], `${label} ${key}`).toBeNull();
            else expect(standard[key], `${label} ${key}`).toBeCloseTo(expected[key], 9);
          }
        });
      }
    }
  });
});
