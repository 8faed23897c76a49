// From numbers to reasons (docs/design.md §10) over a small, hand-made set of
// responses whose figures are worked out below (and by statsmodels/scipy):
// the department comparison, comments with their answers and standards, and
// the previous period a change compares against.
import {
  ApiErrorSchema,
  CommentsPageSchema,
  DepartmentsResultSchema,
  ScoresResultSchema,
  type Answers,
  type Channel,
} from '@mv-feedback/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken } from '../../packages/server/src/auth/tokens.js';
import { get, startStaffServer, storeRows, type StaffServer, type StoredRow } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');
const RANGE = 'from=2026-05-01&to=2026-06-15';
let server: StaffServer;
let admin = '';
let permitsOnly = '';

const rows: StoredRow[] = [];
/** `count` quick (or full) responses on a day at noon in Los Angeles. */
function add(
  count: number,
  day: string,
  department: string,
  answers: Answers,
  { comment, survey = 'quick', channel = 'in-person' }: { comment?: string; survey?: string; channel?: Channel } = {},
) {
  for (let i = 0; i < count; i++) {
    rows.push({
      submission: {
        id: crypto.randomUUID(),
        survey,
        answers,
        ...(comment ? { comment } : {}),
        context: { ...(department ? { department } : {}), channel },
        locale: 'en',
      },
      receivedAt: new Date(`${day}T19:00:${String(10 + i).padStart(2, '0')}Z`),
    });
  }
}

// "I received accurate information" (knowing-our-business), 2026-05-01 to 2026-06-15:
//   library  20 of 20 favourable (12 in May, 8 in June, two of those with a comment)
//   permits  16 of 31: 15 "Disagree" (3 with a comment), 5 + 10 "Agree"/"Strongly agree", and one full survey
//   harbor-office (not in the catalogue) 5 of 5; no department 6 of 10.  City: 47 of 66.
// And in April, the previous period's 46 days: 4 of 10, without a department.
beforeAll(async () => {
  server = await startStaffServer({ now: () => NOW });
  add(12, '2026-05-10', 'library', { accurate: 5 });
  add(6, '2026-06-03', 'library', { accurate: 4 }, { channel: 'phone' });
  add(2, '2026-06-03', 'library', { accurate: 4 }, { channel: 'phone', comment: 'Found the book I needed.' });
  add(12, '2026-05-20', 'permits', { accurate: 2 });
  add(3, '2026-05-20', 'permits', { accurate: 2 }, { comment: 'Wrong fee quoted, twice.' });
  add(5, '2026-05-20', 'permits', { accurate: 5 });
  add(10, '2026-06-10', 'permits', { accurate: 4 });
  add(
    1,
    '2026-05-21',
    'permits',
    { 'same-day': 'no', accurate: 5, listened: 1 },
    {
      survey: 'full',
      comment: 'Nobody called back.',
    },
  );
  add(1, '2026-05-22', 'permits', {}, { comment: 'Just a thought: more parking.' });
  add(5, '2026-05-12', 'harbor-office', { accurate: 5 });
  add(6, '2026-05-15', '', { accurate: 4 });
  add(4, '2026-05-15', '', { accurate: 1 });
  add(4, '2026-04-10', '', { accurate: 5 });
  add(6, '2026-04-10', '', { accurate: 3 });
  await storeRows(server.db, server.config, rows);
  admin = await createStaffToken(server.db, { name: 'Admin', role: 'admin' });
  permitsOnly = await createStaffToken(server.db, { name: 'Permits', role: 'viewer', department: 'permits' });
});
afterAll(() => server?.close());

const json = async (path: string, token = admin) => {
  const response = await get(`${server.url}/api/v1${path}`, token);
  return { status: response.status, body: await response.json() };
};

describe('GET /api/v1/scores/departments', () => {
  it('compares each department with the rest of the city, with titles, in catalogue order', async () => {
    const { status, body } = await json(`/scores/departments?${RANGE}`);
    expect(status).toBe(200);
    const result = DepartmentsResultSchema.parse(body);
    expect([result.from, result.to, result.minN]).toEqual(['2026-05-01', '2026-06-15', 10]);
    expect(result.departments.map((d) => [d.id, d.title.en, d.title.es, d.title.vi, d.responses])).toEqual([
      ['permits', 'Building permits', 'Permisos de construcción', 'Giấy phép xây dựng', 32],
      ['library', 'Library', 'Biblioteca', 'Thư viện', 20],
      ['harbor-office', 'harbor-office', undefined, undefined, 5],
    ]);
    const knowing = result.city.standards.find((s) => s.id === 'knowing-our-business')!;
    expect(knowing).toMatchObject({ n: 66, favorable: 47, title: { en: 'Knowing our business' } });
    expect(result.city.responses).toBe(67);

    const cell = (department: string) =>
      result.departments.find((d) => d.id === department)!.standards.find((s) => s.id === 'knowing-our-business')!;
    // statsmodels proportions_ztest([20, 27], [20, 46]): p = 0.00065939; Wilson of 20/20: [83.887, 100].
    expect(cell('library')).toMatchObject({ n: 20, favorable: 20, score: 100, ciHigh: 100, suppressed: false });
    expect(cell('library').ciLow).toBeCloseTo(83.8875, 4);
    expect(cell('library').vsRest).toMatchObject({ test: 'z', significant: true });
    expect(cell('library').vsRest.delta).toBeCloseTo(100 - (100 * 27) / 46, 10);
    expect(cell('library').vsRest.pValue).toBeCloseTo(0.00065939, 8);
    // proportions_ztest([16, 31], [31, 35]): p = 0.00093429, the rest being 31 of 35.
    expect(cell('permits')).toMatchObject({ n: 31, favorable: 16, suppressed: false });
    expect(cell('permits').vsRest.delta).toBeCloseTo((100 * 16) / 31 - (100 * 31) / 35, 10);
    expect(cell('permits').vsRest.pValue).toBeCloseTo(0.00093429, 8);
    expect(cell('permits').vsRest.significant).toBe(true);
    // Five answers: nothing published, nothing tested.
    expect(cell('harbor-office')).toMatchObject({ n: 5, favorable: null, score: null, suppressed: true });
    expect(cell('harbor-office').vsRest).toEqual({ delta: null, pValue: null, test: null, significant: false });
    // Only the two cells above were tested: every other is suppressed.
    const tested = result.departments.flatMap((d) => d.standards).filter((s) => s.vsRest.pValue !== null);
    expect(tested).toHaveLength(2);
  });

  it('gives the same cells whether the range starts on a month or not, and adds the previous month when asked', async () => {
    const strip = (body: unknown) => {
      const { from: _from, ...rest } = DepartmentsResultSchema.parse(body);
      return rest;
    };
    const may = await json(`/scores/departments?${RANGE}`);
    const ragged = await json('/scores/departments?from=2026-05-02&to=2026-06-15');
    expect(strip(ragged.body)).toEqual(strip(may.body));
    const withApril = DepartmentsResultSchema.parse(
      (await json('/scores/departments?from=2026-04-01&to=2026-06-15')).body,
    );
    expect(withApril.city.standards.find((s) => s.id === 'knowing-our-business')).toMatchObject({
      n: 76,
      favorable: 51,
    });
    const phone = DepartmentsResultSchema.parse((await json(`/scores/departments?${RANGE}&channel=phone`)).body);
    expect(phone.departments.map((d) => [d.id, d.responses])).toEqual([['library', 8]]);
  });

  it('refuses a department-scoped token (403), a department filter (400) and no token (401)', async () => {
    const scoped = await json(`/scores/departments?${RANGE}`, permitsOnly);
    expect(scoped.status).toBe(403);
    expect(ApiErrorSchema.parse(scoped.body).error.code).toBe('forbidden');
    const filtered = await json(`/scores/departments?${RANGE}&department=permits`);
    expect(filtered.status).toBe(400);
    expect(ApiErrorSchema.parse(filtered.body).error.issues?.map((i) => i.path)).toEqual(['department']);
    expect((await get(`${server.url}/api/v1/scores/departments`)).status).toBe(401);
    const response = await get(`${server.url}/api/v1/scores/departments?${RANGE}`, admin);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('GET /api/v1/comments with their context', () => {
  it('gives each comment its answers and, per standard it counts for, whether it was favourable', async () => {
    const page = CommentsPageSchema.parse((await json(`/comments?${RANGE}&department=permits`)).body);
    const full = page.items.find((item) => item.comment === 'Nobody called back.')!;
    expect(full.answers).toEqual({ 'same-day': 'no', accurate: 5, listened: 1 });
    expect(full.standards).toEqual({
      'same-day-response': false,
      'asking-and-listening': false,
      'knowing-our-business': true,
    });
    const onlyComment = page.items.find((item) => item.comment.startsWith('Just a thought'))!;
    expect([onlyComment.answers, onlyComment.standards]).toEqual([{}, {}]);
    expect(page.items.find((item) => item.comment.startsWith('Wrong fee'))!.standards).toEqual({
      'knowing-our-business': false,
    });
  });

  it.each([
    ['', 7, null],
    ['&standard=knowing-our-business', 6, null],
    ['&standard=knowing-our-business&tone=unfavourable', 3, 'Wrong fee quoted, twice.'],
    ['&standard=knowing-our-business&tone=favourable', 3, null],
    ['&standard=same-day-response&tone=unfavourable', 1, 'Nobody called back.'],
    ['&standard=same-day-response&tone=favourable', 0, null],
    ['&standard=connecting', 0, null],
    ['&standard=knowing-our-business&department=library', 2, 'Found the book I needed.'],
    ['&standard=knowing-our-business&tone=unfavourable&q=FEE', 3, 'Wrong fee quoted, twice.'],
    ['&standard=knowing-our-business&tone=favourable&q=fee', 0, null],
  ])('filters by standard and tone: %s gives %i', async (query, total, every) => {
    const page = CommentsPageSchema.parse((await json(`/comments?${RANGE}${query}`)).body);
    expect(page.total).toBe(total);
    expect(page.items).toHaveLength(total);
    if (every) for (const item of page.items) expect(item.comment).toBe(every);
    const times = page.items.map((item) => item.receivedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('pages the comments of a standard newest first', async () => {
    const first = CommentsPageSchema.parse(
      (await json(`/comments?${RANGE}&standard=knowing-our-business&limit=4`)).body,
    );
    const rest = CommentsPageSchema.parse(
      (await json(`/comments?${RANGE}&standard=knowing-our-business&limit=4&offset=4`)).body,
    );
    expect(first.total).toBe(6);
    expect([...first.items, ...rest.items].map((item) => item.comment)).toEqual([
      'Found the book I needed.',
      'Found the book I needed.',
      'Nobody called back.',
      'Wrong fee quoted, twice.',
      'Wrong fee quoted, twice.',
      'Wrong fee quoted, twice.',
    ]);
  });

  it.each([
    ['standard=listening-well', 'standard'],
    ['standard=knowing-our-business&tone=angry', 'tone'],
    ['tone=favourable', 'tone'],
  ])('refuses %s with 400 naming %s', async (query, path) => {
    const { status, body } = await json(`/comments?${RANGE}&${query}`);
    expect(status).toBe(400);
    expect(ApiErrorSchema.parse(body).error.issues?.map((issue) => issue.path)).toEqual([path]);
  });
});

describe('the change against the previous period', () => {
  it('names the previous period and its n: 47 of 66 against 4 of 10, not significant (Fisher p = 0.0718)', async () => {
    const result = ScoresResultSchema.parse((await json(`/scores?${RANGE}`)).body);
    const knowing = result.standards.find((s) => s.id === 'knowing-our-business')!;
    expect(knowing.change).toMatchObject({
      previousFrom: '2026-03-16',
      previousTo: '2026-04-30',
      previousN: 10,
      previousScore: 40,
      test: 'fisher',
      significant: false,
    });
    expect(knowing.change!.delta).toBeCloseTo((100 * 47) / 66 - 40, 10);
    expect(knowing.change!.pValue).toBeCloseTo(0.0717969, 7);
    // A standard with no answers in either period still says which days it compared.
    expect(result.standards.find((s) => s.id === 'connecting')!.change).toEqual({
      previousFrom: '2026-03-16',
      previousTo: '2026-04-30',
      previousN: 0,
      previousScore: null,
      delta: null,
      pValue: null,
      test: null,
      significant: false,
    });
  });
});
