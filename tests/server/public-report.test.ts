// The public report of docs/design.md §13 over HTTP: off by default, the open
// data's shapes and headers, fiscal quarters, disclosure control, nothing
// private, and the same figures as the staff scores.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_CSV_COLUMNS, PublicScoresSchema, type PublicScores, type ScoresResult } from '@mv-feedback/scoring';
import { createStaffToken } from '../../packages/server/src/auth/tokens.js';
import { openApiValidator, type OpenApiCheck } from '../support/openapi-validator.js';
import {
  PRIVATE_COMMENT,
  PRIVATE_INTERACTION,
  startPublicReportServer,
  type PublicReportServer,
} from './public-report-fixture.js';

let report: PublicReportServer;
let check: OpenApiCheck;

beforeAll(async () => {
  report = await startPublicReportServer();
  check = await openApiValidator(report.url);
}, 60_000);
afterAll(() => report?.close());

const scores = async (query = ''): Promise<PublicScores> => {
  const answer = await fetch(`${report.url}/api/v1/public/scores${query}`);
  expect(answer.status).toBe(200);
  expect(await check(answer, '/api/v1/public/scores')).toEqual([]);
  return PublicScoresSchema.parse(await answer.json());
};

const cell = (data: PublicScores, period: string, department: string, standard: string) =>
  data.periods
    .find((p) => p.period === period)
    ?.groups.find((g) => g.department === department)
    ?.standards.find((c) => c.standard === standard);

describe('MV_PUBLIC_REPORT', () => {
  it('is off by default: the scorecard and the open data are 404', async () => {
    const off = await startPublicReportServer({ MV_PUBLIC_REPORT: 'off' });
    try {
      for (const path of ['/scorecard', '/api/v1/public/scores', '/api/v1/public/scores.csv']) {
        expect((await fetch(`${off.url}${path}`)).status, path).toBe(404);
      }
      const answer = await fetch(`${off.url}/api/v1/public/scores`);
      expect(await check(answer, '/api/v1/public/scores')).toEqual([]);
    } finally {
      await off.close();
    }
  }, 60_000);
});

describe('GET /api/v1/public/scores', () => {
  it('gives the last ended fiscal quarters, labelled by the year they end in, never the one running', async () => {
    const data = await scores();
    expect(data).toMatchObject({ period: 'quarter', fiscalYearStart: 7, minN: 30 });
    // Eight quarters, two fiscal years, by default.
    expect(data.periods.map((p) => p.period)).toEqual([
      'FY2025-Q2',
      'FY2025-Q3',
      'FY2025-Q4',
      'FY2026-Q1',
      'FY2026-Q2',
      'FY2026-Q3',
      'FY2026-Q4',
      'FY2027-Q1',
    ]);
    expect(data.periods.at(-1)).toMatchObject({ period: 'FY2027-Q1', start: '2026-07-01', end: '2026-09-30' });
    // 2026-12-04: October–December has answers but has not ended.
    expect(data.periods.some((p) => p.period === 'FY2027-Q2')).toBe(false);
  });

  it('gives months on request, the running one left out', async () => {
    const data = await scores('?period=month&from=2026-09-01&to=2026-12-31');
    expect(data.periods.map((p) => p.period)).toEqual(['2026-09', '2026-10', '2026-11']);
  });

  it('labels January-start years by the calendar year', async () => {
    const january = await startPublicReportServer({ MV_FISCAL_YEAR_START: '1' });
    try {
      const answer = await fetch(`${january.url}/api/v1/public/scores?from=2026-01-01&to=2026-12-31`);
      const data = PublicScoresSchema.parse(await answer.json());
      expect(data.fiscalYearStart).toBe(1);
      expect(data.periods.map((p) => [p.period, p.start, p.end])).toEqual([
        ['FY2026-Q1', '2026-01-01', '2026-03-31'],
        ['FY2026-Q2', '2026-04-01', '2026-06-30'],
        ['FY2026-Q3', '2026-07-01', '2026-09-30'],
      ]);
    } finally {
      await january.close();
    }
  }, 60_000);

  it('withholds a small department and, beside a lone one, the next smallest (complementary suppression)', async () => {
    const data = await scores('?from=2026-07-01&to=2026-09-30');
    const listened = (department: string) => cell(data, 'FY2027-Q1', department, 'asking-and-listening');
    expect(listened('*')).toMatchObject({ n: 122, favorable: 98, suppressed: false });
    // 12 answers: withheld; permits (40) would give it back as 122 − 70 − 40, so it is withheld too.
    expect(listened('library')).toEqual({
      standard: 'asking-and-listening',
      n: 12,
      favorable: null,
      score: null,
      ciLow: null,
      ciHigh: null,
      suppressed: true,
    });
    expect(listened('permits')).toMatchObject({ n: 40, favorable: null, score: null, suppressed: true });
    expect(listened('utilities')).toMatchObject({ n: 70, favorable: 56, score: 80, suppressed: false });
    // In "accurate" permits has 25 answers: two withheld already, utilities stays published.
    const accurate = (department: string) => cell(data, 'FY2027-Q1', department, 'knowing-our-business');
    expect(accurate('library')).toMatchObject({ n: 12, suppressed: true });
    expect(accurate('permits')).toMatchObject({ n: 25, suppressed: true });
    expect(accurate('utilities')).toMatchObject({ n: 70, favorable: 56, suppressed: false });
  });

  it('follows MV_PUBLIC_MIN_N', async () => {
    const lower = await startPublicReportServer({ MV_PUBLIC_MIN_N: '10' });
    try {
      const answer = await fetch(`${lower.url}/api/v1/public/scores?from=2026-07-01&to=2026-09-30`);
      const data = PublicScoresSchema.parse(await answer.json());
      expect(data.minN).toBe(10);
      expect(cell(data, 'FY2027-Q1', 'library', 'asking-and-listening')).toMatchObject({ favorable: 12, score: 100 });
      expect(cell(data, 'FY2027-Q1', 'permits', 'asking-and-listening')).toMatchObject({ favorable: 30, score: 75 });
    } finally {
      await lower.close();
    }
  }, 60_000);

  it('gives responses, offers and the response rate per group', async () => {
    const data = await scores('?from=2026-07-01&to=2026-09-30');
    const library = data.periods.at(-1)?.groups.find((g) => g.department === 'library');
    expect(library).toMatchObject({ responses: 12, offered: 48, responseRate: 0.25 });
  });

  it('refuses a bad query with a 400 that says why', async () => {
    for (const query of ['?period=week', '?from=2026-13-01', '?from=2026-05-01&to=2026-01-01', '?colour=red']) {
      const answer = await fetch(`${report.url}/api/v1/public/scores${query}`);
      expect(answer.status, query).toBe(400);
      expect(await check(answer, '/api/v1/public/scores')).toEqual([]);
      const body = (await answer.json()) as { error: { code: string; issues: unknown[] } };
      expect(body.error.code).toBe('invalid_query');
      expect(body.error.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/v1/public/scores.csv', () => {
  it('has exactly the columns of docs/design.md §13 and one row per period × department × standard', async () => {
    const answer = await fetch(`${report.url}/api/v1/public/scores.csv`);
    expect(answer.status).toBe(200);
    expect(await check(answer, '/api/v1/public/scores.csv')).toEqual([]);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await answer.text();
    expect(text.split('\r\n')[0]).toBe('period,department,standard,n,favorable,score,ciLow,ciHigh,suppressed');
    const rows = parse<Record<string, string>>(text, { columns: true });
    const json = await scores();
    expect(rows.length).toBe(json.periods.reduce((sum, p) => sum + p.groups.length, 0) * json.standards.length);
    const library = rows.find(
      (r) => r.period === 'FY2027-Q1' && r.department === 'library' && r.standard === 'asking-and-listening',
    );
    expect(library).toEqual({
      period: 'FY2027-Q1',
      department: 'library',
      standard: 'asking-and-listening',
      n: '12',
      favorable: '',
      score: '',
      ciLow: '',
      ciHigh: '',
      suppressed: 'true',
    });
    const city = rows.find(
      (r) => r.period === 'FY2027-Q1' && r.department === '*' && r.standard === 'asking-and-listening',
    );
    const fromJson = cell(json, 'FY2027-Q1', '*', 'asking-and-listening')!;
    expect(city).toEqual({
      period: 'FY2027-Q1',
      department: '*',
      standard: 'asking-and-listening',
      n: String(fromJson.n),
      favorable: String(fromJson.favorable),
      score: String(fromJson.score),
      ciLow: String(fromJson.ciLow),
      ciHigh: String(fromJson.ciHigh),
      suppressed: 'false',
    });
    expect(Object.keys(rows[0]!)).toEqual([...PUBLIC_CSV_COLUMNS]);
  });
});

describe('open-data headers', () => {
  for (const path of ['/api/v1/public/scores', '/api/v1/public/scores.csv']) {
    it(`${path}: CORS *, an hour's public cache, and 304 for its ETag`, async () => {
      const answer = await fetch(`${report.url}${path}`, { headers: { Origin: 'https://data.example.org' } });
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('cache-control')).toBe('public, max-age=3600');
      const tag = answer.headers.get('etag');
      expect(tag).toBeTruthy();
      const again = await fetch(`${report.url}${path}`, { headers: { 'If-None-Match': tag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const preflight = await fetch(`${report.url}${path}`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://data.example.org', 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    });
  }
});

describe('no private data', () => {
  it('holds no comment, id, interaction, day, verification or follow-up of the staff export', async () => {
    const admin = await createStaffToken(report.server.db, { name: 'Auditor', role: 'admin' });
    const exported = await fetch(`${report.url}/api/v1/export.csv?from=2025-12-01&to=2026-12-04`, {
      headers: { Authorization: `Bearer ${admin}` },
    });
    const rows = parse<Record<string, string>>((await exported.text()).replace(/^\uFEFF/, ''), { columns: true });
    expect(rows.length).toBeGreaterThan(1000);
    const secrets = new Set<string>([PRIVATE_COMMENT, PRIVATE_INTERACTION]);
    for (const row of rows) {
      secrets.add(row.id!);
      if (row.comment) secrets.add(row.comment);
      if (row.interaction) secrets.add(row.interaction);
    }
    expect([...secrets].some((s) => s === PRIVATE_COMMENT)).toBe(true);
    const answers = await Promise.all(
      [
        '/api/v1/public/scores?from=2025-01-01&to=2026-12-31',
        '/api/v1/public/scores?period=month&from=2025-01-01&to=2026-12-31',
        '/api/v1/public/scores.csv?from=2025-01-01&to=2026-12-31',
        '/api/v1/public/scores.csv?period=month&from=2025-01-01&to=2026-12-31',
        '/scorecard',
        '/scorecard?department=library&quarter=FY2027-Q1&lang=es',
      ].map(async (path) => [path, await (await fetch(`${report.url}${path}`)).text()] as const),
    );
    for (const [path, body] of answers) {
      for (const secret of secrets) expect(body.includes(secret), `${path} holds "${secret}"`).toBe(false);
      // Only the first and last days of the periods: no day an answer was given on.
      const days = body.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
      for (const day of days) expect(day.endsWith('-01') || /-(28|29|30|31)$/.test(day), `${path}: ${day}`).toBe(true);
      expect(body).not.toMatch(/verified|followUp|follow-up|comment|interaction|receivedAt/i);
    }
  });
});

describe('the same figures as the staff scores', () => {
  it('equals GET /api/v1/scores for the same dates and department, cell by cell', async () => {
    const admin = await createStaffToken(report.server.db, { name: 'Analyst', role: 'admin' });
    const data = await scores('?from=2026-01-01&to=2026-09-30');
    let compared = 0;
    for (const period of data.periods) {
      for (const group of period.groups) {
        const department = group.department === '*' ? '' : group.department;
        const staff = (await (
          await fetch(`${report.url}/api/v1/scores?from=${period.start}&to=${period.end}&department=${department}`, {
            headers: { Authorization: `Bearer ${admin}` },
          })
        ).json()) as ScoresResult;
        expect(group.responses).toBe(staff.responses);
        expect(group.offered).toBe(staff.offered);
        for (const published of group.standards) {
          const own = staff.standards.find((s) => s.id === published.standard)!;
          expect(published.n, `${period.period} ${group.department} ${published.standard}`).toBe(own.n);
          if (published.suppressed) continue;
          compared++;
          expect([published.favorable, published.score, published.ciLow, published.ciHigh]).toEqual([
            own.favorable,
            own.score,
            own.ciLow,
            own.ciHigh,
          ]);
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
