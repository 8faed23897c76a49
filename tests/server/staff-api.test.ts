import {
  ApiErrorSchema,
  buildScoresResult,
  cityDay,
  CommentsPageSchema,
  countersFromResponses,
  ScoresResultSchema,
  TrendResultSchema,
  addDays,
  type Answers,
  type ScoresResult,
} from '@mv-feedback/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken, revokeStaffToken } from '../../packages/server/src/auth/tokens.js';
import {
  get,
  prng,
  randomOffers,
  randomRows,
  startStaffServer,
  storeOffers,
  storeRows,
  type StaffServer,
} from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z'); // noon in Los Angeles
const TODAY = '2026-06-15';

let server: StaffServer;
/** Every offer counted, kept here as the reference `offered` must equal. */
const offers: ReturnType<typeof randomOffers> = [];
const tokens: Record<'admin' | 'viewer' | 'permits' | 'revoked', string> = {
  admin: '',
  viewer: '',
  permits: '',
  revoked: '',
};

beforeAll(async () => {
  server = await startStaffServer({ now: () => NOW, publicUrl: 'https://feedback.riverton.example' });
  await storeRows(server.db, server.config, randomRows(prng(7), 900, NOW, 130));
  offers.push(...randomOffers(prng(8), 600, NOW, 130));
  await storeOffers(server.db, server.config, offers);
  tokens.admin = await createStaffToken(server.db, { name: 'Ada Admin', role: 'admin' });
  tokens.viewer = await createStaffToken(server.db, { name: 'Vic Viewer', role: 'viewer' });
  tokens.permits = await createStaffToken(server.db, { name: 'Pat Permits', role: 'viewer', department: 'permits' });
  tokens.revoked = await createStaffToken(server.db, { name: 'Gone', role: 'viewer' });
  const { rows } = await server.db.execute("SELECT id FROM staff_tokens WHERE name = 'Gone'");
  await revokeStaffToken(server.db, Number(rows[0]!.id));
});
afterAll(() => server?.close());

/** What scoring the raw stored rows gives for the same filters: the reference the rollups must equal. */
async function scoresFromRawRows(filters: {
  from: string;
  to: string;
  department?: string;
  channel?: string;
  survey?: string;
}): Promise<ScoresResult> {
  const { rows } = await server.db.execute('SELECT day, survey, department, channel, answers, comment FROM responses');
  const length = (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
  const previous = { from: addDays(filters.from, -length), to: addDays(filters.from, -1) };
  const pick = (range: { from: string; to: string }) =>
    rows.filter(
      (r) =>
        String(r.day) >= range.from &&
        String(r.day) <= range.to &&
        (!filters.department || r.department === filters.department) &&
        (!filters.channel || r.channel === filters.channel) &&
        (!filters.survey || r.survey === filters.survey),
    );
  const current = pick(filters);
  const offered = offers
    .filter(
      (o) =>
        cityDay(o.at, server.config.timezone) >= filters.from &&
        cityDay(o.at, server.config.timezone) <= filters.to &&
        (!filters.department || o.department === filters.department) &&
        (!filters.channel || o.channel === filters.channel) &&
        (!filters.survey || o.survey === filters.survey),
    )
    .reduce((sum, o) => sum + o.count, 0);
  const scored = (list: typeof rows) =>
    list.map((r) => ({ survey: String(r.survey), answers: JSON.parse(String(r.answers)) as Answers }));
  const withComment = current.filter((r) => r.comment !== null);
  const commentsByStandard: Record<string, number> = {};
  for (const r of withComment) {
    const standard = server.config.catalogue.surveys.find((s) => s.id === r.survey)!.comment!.standard;
    commentsByStandard[standard] = (commentsByStandard[standard] ?? 0) + 1;
  }
  return buildScoresResult({
    catalogue: server.config.catalogue,
    from: filters.from,
    to: filters.to,
    minN: server.config.minN,
    responses: current.length,
    offered,
    comments: withComment.length,
    commentsByStandard,
    current: countersFromResponses(server.config.catalogue, scored(current)),
    previous: { ...previous, counters: countersFromResponses(server.config.catalogue, scored(pick(previous))) },
  });
}

/** Floating sums differ in the last bits with summation order; compare at 10 significant digits. */
const rounded = (value: unknown): unknown =>
  typeof value === 'number'
    ? Number(value.toPrecision(10))
    : Array.isArray(value)
      ? value.map(rounded)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]))
        : value;

describe('staff authentication (docs/design.md §5)', () => {
  const cases: [string, string | undefined, string, number][] = [
    ['no token', undefined, '', 401],
    ['a wrong token', 'mvf_not-a-real-token', '', 401],
    ['a malformed header value', 'hello', '', 401],
    ['a revoked token', 'revoked', '', 401],
    ['a viewer token', 'viewer', '', 200],
    ['an admin token', 'admin', '', 200],
    ['an admin token naming a department', 'admin', '&department=library', 200],
    ['a permits token naming permits', 'permits', '&department=permits', 200],
    ['a permits token naming another department', 'permits', '&department=library', 403],
    ['a permits token naming none', 'permits', '', 200],
  ];
  for (const path of ['/scores', '/scores/trend', '/comments', '/export.csv']) {
    it.each(cases)(`${path} with %s`, async (_label, who, query, status) => {
      const token = who && who in tokens ? tokens[who as keyof typeof tokens] : who;
      const response = await get(`${server.url}/api/v1${path}?from=2026-05-01&to=${TODAY}${query}`, token);
      expect(response.status).toBe(status);
      if (status === 200) {
        await response.arrayBuffer();
        return;
      }
      const body = ApiErrorSchema.parse(await response.json());
      expect(body.error.code).toBe(status === 401 ? 'unauthorized' : 'forbidden');
      if (status === 401) expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    });
  }

  it('a department token naming no department sees only its own department', async () => {
    const scoped = ScoresResultSchema.parse(
      await (await get(`${server.url}/api/v1/scores?from=2026-03-01&to=${TODAY}`, tokens.permits)).json(),
    );
    const permits = ScoresResultSchema.parse(
      await (
        await get(`${server.url}/api/v1/scores?from=2026-03-01&to=${TODAY}&department=permits`, tokens.admin)
      ).json(),
    );
    const all = ScoresResultSchema.parse(
      await (await get(`${server.url}/api/v1/scores?from=2026-03-01&to=${TODAY}`, tokens.admin)).json(),
    );
    expect(scoped).toEqual(permits);
    expect(scoped.responses).toBeLessThan(all.responses);
  });

  it('GET /me tells who signed in, the scope, the time zone, the base of hosted links and the departments', async () => {
    expect((await get(`${server.url}/api/v1/me`)).status).toBe(401);
    expect(await (await get(`${server.url}/api/v1/me`, tokens.viewer)).json()).toEqual({
      name: 'Vic Viewer',
      role: 'viewer',
      department: null,
      timezone: 'America/Los_Angeles',
      publicUrl: 'https://feedback.riverton.example',
      departments: ['library', 'permits', 'utilities'],
    });
    expect(await (await get(`${server.url}/api/v1/me`, tokens.permits)).json()).toMatchObject({
      department: 'permits',
      departments: ['permits'],
    });
  });

  it('serves the OpenAPI document without a token', async () => {
    const response = await get(`${server.url}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe('3.1.0');
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(document.components.schemas).toHaveProperty([ref]);
    expect(JSON.stringify(document.components.schemas.ScoresResult)).toContain('"ciLow"');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/responses',
        '/api/v1/me',
        '/api/v1/surveys/{id}',
        '/api/v1/standards',
        '/healthz',
        '/api/v1/scores',
        '/api/v1/scores/trend',
        '/api/v1/comments',
        '/api/v1/export.csv',
      ]),
    );
  });
});

describe('GET /api/v1/scores', () => {
  const filterSets = [
    { from: '2026-03-01', to: TODAY },
    { from: '2026-05-17', to: TODAY },
    { from: '2026-04-01', to: '2026-04-30', department: 'permits' },
    { from: '2026-02-10', to: '2026-06-01', channel: 'phone' },
    { from: '2026-02-10', to: TODAY, survey: 'full' },
    { from: '2026-03-15', to: TODAY, department: 'utilities', channel: 'web', survey: 'quick' },
  ];
  it.each(filterSets)('equals scoring the raw rows for %o', async (filters) => {
    const query = new URLSearchParams(filters as Record<string, string>);
    const response = await get(`${server.url}/api/v1/scores?${query}`, tokens.viewer);
    expect(response.status).toBe(200);
    const body = ScoresResultSchema.parse(await response.json());
    expect(rounded(body)).toEqual(rounded(await scoresFromRawRows(filters)));
    expect(body.standards.map((s) => s.id)).toEqual(server.config.catalogue.standards.map((s) => s.id));
  });

  it('still equals the raw rows after more random inserts', async () => {
    await storeRows(server.db, server.config, randomRows(prng(99), 300, NOW, 40));
    const filters = { from: '2026-05-01', to: TODAY };
    const body = ScoresResultSchema.parse(
      await (await get(`${server.url}/api/v1/scores?from=2026-05-01&to=${TODAY}`, tokens.viewer)).json(),
    );
    expect(rounded(body)).toEqual(rounded(await scoresFromRawRows(filters)));
  });

  it('gives offered and the response rate for the same filters, null where nothing was offered', async () => {
    const read = async (query: string) =>
      ScoresResultSchema.parse(await (await get(`${server.url}/api/v1/scores?${query}`, tokens.viewer)).json());
    const wide = await read(`from=2026-03-01&to=${TODAY}`);
    expect(wide.offered).toBeGreaterThan(wide.responses);
    expect(wide.responseRate).toBeCloseTo(wide.responses / wide.offered, 12);
    // No offer was ever counted for the email channel, though no response came by it either.
    const none = await read(`from=2026-03-01&to=${TODAY}&channel=email`);
    expect([none.offered, none.responseRate]).toEqual([0, null]);
    // A department with answers and no offer: the rate is unknown, not zero or infinite.
    const kiosk = randomRows(prng(6), 5, NOW, 0).map((row) => ({
      ...row,
      submission: { ...row.submission, context: { department: 'harbor-kiosk', channel: 'in-person' as const } },
    }));
    await storeRows(server.db, server.config, kiosk);
    const harbor = await read(`from=${TODAY}&to=${TODAY}&department=harbor-kiosk`);
    expect([harbor.responses, harbor.offered, harbor.responseRate]).toEqual([5, 0, null]);
    // More answers than offers (a kiosk counts one offer per page load): held at 1.
    const kioskOffer = { survey: 'quick', department: 'harbor-kiosk', channel: 'in-person', at: NOW, count: 2 };
    offers.push(kioskOffer);
    await storeOffers(server.db, server.config, [kioskOffer]);
    const held = await read(`from=${TODAY}&to=${TODAY}&department=harbor-kiosk`);
    expect([held.responses, held.offered, held.responseRate]).toEqual([5, 2, 1]);
  });

  it('suppresses figures below minN but still gives n', async () => {
    const body = ScoresResultSchema.parse(
      await (
        await get(
          `${server.url}/api/v1/scores?from=${TODAY}&to=${TODAY}&department=library&channel=phone`,
          tokens.viewer,
        )
      ).json(),
    );
    const small = body.standards.filter((s) => s.n > 0 && s.n < 10);
    const none = body.standards.filter((s) => s.n === 0);
    expect(small.length + none.length).toBe(body.standards.length);
    for (const standard of body.standards) {
      expect(standard).toMatchObject({
        suppressed: true,
        score: null,
        ciLow: null,
        ciHigh: null,
        mean: null,
        favorable: null,
      });
    }
    const wide = ScoresResultSchema.parse(
      await (await get(`${server.url}/api/v1/scores?from=2026-03-01&to=${TODAY}`, tokens.viewer)).json(),
    );
    const listening = wide.standards.find((s) => s.id === 'asking-and-listening')!;
    expect(listening.suppressed).toBe(false);
    expect(listening.score).toBeGreaterThan(0);
    expect(listening.ciLow!).toBeLessThan(listening.score!);
  });

  it('defaults to the last 30 days up to today in the city time zone', async () => {
    const body = ScoresResultSchema.parse(await (await get(`${server.url}/api/v1/scores`, tokens.viewer)).json());
    expect([body.from, body.to]).toEqual(['2026-05-17', TODAY]);
    const onlyTo = ScoresResultSchema.parse(
      await (await get(`${server.url}/api/v1/scores?to=2026-04-30`, tokens.viewer)).json(),
    );
    expect([onlyTo.from, onlyTo.to]).toEqual(['2026-04-01', '2026-04-30']);
  });

  it.each([
    ['from=2026-06-10&to=2026-06-01', 'from'],
    ['from=2026-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['channel=carrier-pigeon', 'channel'],
    ['department=Permits!', 'department'],
    ['survey=long', 'survey'],
    ['from=2000-01-01&to=2026-01-01', 'to'],
  ])('refuses %s with 400 naming %s', async (query, path) => {
    const response = await get(`${server.url}/api/v1/scores?${query}`, tokens.viewer);
    expect(response.status).toBe(400);
    const body = ApiErrorSchema.parse(await response.json());
    expect(body.error.issues?.map((issue) => issue.path)).toContain(path);
  });
});

describe('GET /api/v1/scores/trend', () => {
  it('gives ISO-week buckets, Monday to Sunday, cut to the range, summing to the range total', async () => {
    const response = await get(
      `${server.url}/api/v1/scores/trend?interval=week&from=2026-05-06&to=${TODAY}`,
      tokens.viewer,
    );
    const trend = TrendResultSchema.parse(await response.json());
    const points = trend.series[0]!.points;
    expect(points[0]).toMatchObject({ start: '2026-05-06', end: '2026-05-10' }); // a Wednesday, then Sunday
    expect(points[1]).toMatchObject({ start: '2026-05-11', end: '2026-05-17' });
    expect(points.at(-1)).toMatchObject({ start: TODAY, end: TODAY }); // 2026-06-15 is a Monday
    expect(trend.series.map((s) => s.id)).toEqual(server.config.catalogue.standards.map((s) => s.id));
    const scores = ScoresResultSchema.parse(
      await (await get(`${server.url}/api/v1/scores?from=2026-05-06&to=${TODAY}`, tokens.viewer)).json(),
    );
    for (const series of trend.series) {
      const total = series.points.reduce((sum, p) => sum + p.n, 0);
      expect(total).toBe(scores.standards.find((s) => s.id === series.id)!.n);
      for (const point of series.points) expect(point.suppressed).toBe(point.n < 10);
    }
  });

  it('gives calendar months and refuses an unknown interval', async () => {
    const trend = TrendResultSchema.parse(
      await (
        await get(`${server.url}/api/v1/scores/trend?interval=month&from=2026-02-15&to=${TODAY}`, tokens.viewer)
      ).json(),
    );
    expect(trend.series[0]!.points.map((p) => [p.start, p.end])).toEqual([
      ['2026-02-15', '2026-02-28'],
      ['2026-03-01', '2026-03-31'],
      ['2026-04-01', '2026-04-30'],
      ['2026-05-01', '2026-05-31'],
      ['2026-06-01', TODAY],
    ]);
    const march = trend.series.find((s) => s.id === 'asking-and-listening')!.points[1]!;
    const marchScores = ScoresResultSchema.parse(
      await (await get(`${server.url}/api/v1/scores?from=2026-03-01&to=2026-03-31`, tokens.viewer)).json(),
    );
    const expected = marchScores.standards.find((s) => s.id === 'asking-and-listening')!;
    expect([march.n, march.score, march.ciLow, march.ciHigh]).toEqual([
      expected.n,
      expected.score,
      expected.ciLow,
      expected.ciHigh,
    ]);
    expect((await get(`${server.url}/api/v1/scores/trend?interval=day`, tokens.viewer)).status).toBe(400);
  });
});

describe('GET /api/v1/comments', () => {
  it('lists comments newest first, in pages, with the total', async () => {
    const first = CommentsPageSchema.parse(
      await (await get(`${server.url}/api/v1/comments?from=2026-03-01&to=${TODAY}&limit=7`, tokens.viewer)).json(),
    );
    const second = CommentsPageSchema.parse(
      await (
        await get(`${server.url}/api/v1/comments?from=2026-03-01&to=${TODAY}&limit=7&offset=7`, tokens.viewer)
      ).json(),
    );
    const { rows } = await server.db.execute({
      sql: 'SELECT id FROM responses WHERE comment IS NOT NULL AND day BETWEEN ? AND ? ORDER BY received_at DESC, id DESC',
      args: ['2026-03-01', TODAY],
    });
    expect(first.total).toBe(rows.length);
    expect([...first.items, ...second.items].map((c) => c.id)).toEqual(rows.slice(0, 14).map((r) => r.id));
    const times = first.items.map((c) => c.receivedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(first.limit).toBe(7);
  });

  it('searches the text, literally and case-insensitively', async () => {
    const page = CommentsPageSchema.parse(
      await (await get(`${server.url}/api/v1/comments?from=2026-03-01&to=${TODAY}&q=SLOW`, tokens.viewer)).json(),
    );
    expect(page.total).toBeGreaterThan(0);
    for (const item of page.items) expect(item.comment).toBe('Slow line, "again"');
    const wildcard = CommentsPageSchema.parse(
      await (await get(`${server.url}/api/v1/comments?from=2026-03-01&to=${TODAY}&q=%25`, tokens.viewer)).json(),
    );
    expect(wildcard.total).toBe(0);
  });

  it.each(['limit=0', 'limit=201', 'offset=-1', 'limit=ten'])('refuses %s', async (query) => {
    expect((await get(`${server.url}/api/v1/comments?${query}`, tokens.viewer)).status).toBe(400);
  });
});
