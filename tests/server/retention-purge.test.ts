// Retention (docs/design.md §15): comment text and page addresses of old
// responses are erased, answers and counters stay, so no score moves; and the
// one daily scheduler runs each job once per city day, on an injected clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken } from '../../packages/server/src/auth/tokens.js';
import { dailyJobs } from '../../packages/server/src/jobs/daily-jobs.js';
import { purgeExpiredText } from '../../packages/server/src/retention/retention-purge.js';
import { runCli } from '../support/cli-process.js';
import { get, prng, randomRows, startStaffServer, storeRows, TIMEZONE, type StaffServer } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');
const DAY_MS = 86_400_000;
const RANGE = 'from=2025-01-01&to=2026-06-15';

let server: StaffServer;
let token: string;

beforeAll(async () => {
  server = await startStaffServer({ now: () => NOW });
  token = await createStaffToken(server.db, { name: 'Records officer', role: 'admin' });
  // Half a year of rows a year and more ago, half within the last 90 days, every one with a page address.
  const old = randomRows(prng(3), 300, new Date(NOW.getTime() - 400 * DAY_MS), 120);
  const recent = randomRows(prng(4), 300, NOW, 90);
  for (const r of [...old, ...recent]) r.submission.context.page = `https://city.example/permits/${r.submission.id}`;
  await storeRows(server.db, server.config, [...old, ...recent]);
});

afterAll(() => server.close());

const json = async (path: string) => (await get(`${server.url}/api/v1${path}`, token)).json() as Promise<unknown>;
const textCount = async (beforeIso: string) =>
  (
    await server.db.execute({
      sql: 'SELECT count(*) AS n FROM responses WHERE received_at < ? AND (comment IS NOT NULL OR page IS NOT NULL)',
      args: [beforeIso],
    })
  ).rows[0]!.n;

describe('the retention purge', () => {
  it('a dry run tells what would go and erases nothing', async () => {
    const cut = new Date(NOW.getTime() - 365 * DAY_MS).toISOString();
    const waiting = Number(await textCount(cut));
    expect(waiting).toBe(300);
    expect(await purgeExpiredText(server.db, { days: 365, now: NOW, dryRun: true })).toEqual({
      responses: 300,
      before: cut,
    });
    expect(Number(await textCount(cut))).toBe(300);
  });

  it('erases old comments and page addresses; scores, trends and counts stay exactly', async () => {
    const before = await Promise.all([json(`/scores?${RANGE}`), json(`/scores/trend?interval=month&${RANGE}`)]);
    const commentsBefore = (await json(`/comments?${RANGE}&limit=200`)) as { total: number; items: { id: string }[] };
    expect(await purgeExpiredText(server.db, { days: 365, now: NOW })).toMatchObject({ responses: 300 });
    const after = await Promise.all([json(`/scores?${RANGE}`), json(`/scores/trend?interval=month&${RANGE}`)]);
    expect(after).toEqual(before);
    const { rows } = await server.db.execute({
      sql: 'SELECT count(*) AS n FROM responses WHERE received_at < ? AND (comment IS NOT NULL OR page IS NOT NULL)',
      args: [new Date(NOW.getTime() - 365 * DAY_MS).toISOString()],
    });
    expect(Number(rows[0]!.n)).toBe(0);
    // Recent comments are all still listed; no erased one is, under a standard either.
    const listed = (await json(`/comments?${RANGE}&limit=200`)) as { items: { receivedAt: string; comment: string }[] };
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((i) => Date.parse(i.receivedAt) > NOW.getTime() - 365 * DAY_MS)).toBe(true);
    expect(listed.items.length).toBeLessThan(commentsBefore.items.length);
    const byStandard = (await json(`/comments?${RANGE}&standard=asking-and-listening&limit=200`)) as {
      items: { receivedAt: string; comment: string }[];
    };
    expect(byStandard.items.length).toBeGreaterThan(0);
    expect(byStandard.items.every((i) => Date.parse(i.receivedAt) > NOW.getTime() - 365 * DAY_MS)).toBe(true);
    const csv = await (await get(`${server.url}/api/v1/export.csv?${RANGE}`, token)).text();
    expect(csv.split('\r\n').length - 2).toBe(600);
  });

  it('mv-feedback purge --dry-run says what would go; without MV_RETENTION_DAYS nothing', async () => {
    const db = ['--db', server.config.dbUrl];
    const dry = await runCli(['purge', '--dry-run', ...db], { MV_RETENTION_DAYS: '30' });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^would erase the comment and page address of \d+ responses received before /);
    const off = await runCli(['purge', ...db], { MV_RETENTION_DAYS: '' });
    expect(off.stdout).toMatch(/MV_RETENTION_DAYS is not set/);
  });
});

describe('dailyJobs', () => {
  it('runs each job once per city day: at start, then at the first check of the next day', async () => {
    let now = new Date('2026-06-15T06:30:00Z'); // 23:30 on June 14 in Los Angeles
    const runs: string[] = [];
    const daily = dailyJobs({
      jobs: [{ name: 'count', run: async (at) => void runs.push(at.toISOString()) }],
      timezone: TIMEZONE,
      now: () => now,
      checkEveryMs: 3_600_000,
    });
    await daily.tick();
    now = new Date('2026-06-15T06:45:00Z');
    await daily.tick();
    now = new Date('2026-06-15T07:05:00Z'); // 00:05 on June 15 in Los Angeles
    await daily.tick();
    await daily.tick();
    await daily.stop();
    expect(runs).toEqual(['2026-06-15T06:30:00.000Z', '2026-06-15T07:05:00.000Z']);
  });

  it('runs a failed job again at the next check', async () => {
    let attempts = 0;
    const errors: unknown[] = [];
    const daily = dailyJobs({
      jobs: [
        {
          name: 'flaky',
          run: async () => {
            attempts += 1;
            if (attempts === 1) throw new Error('disk full');
          },
        },
      ],
      timezone: TIMEZONE,
      now: () => NOW,
      onError: (_job, error) => errors.push(error),
    });
    await daily.tick();
    await daily.tick();
    await daily.tick();
    await daily.stop();
    expect([attempts, errors.length]).toEqual([2, 1]);
  });
});
