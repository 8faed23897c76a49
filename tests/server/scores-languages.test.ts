// The equity view of docs/design.md §14 over a small, hand-made set of
// responses whose figures are worked out below (and by scipy): each response
// language against the rest, the same test and Benjamini–Hochberg correction
// as the department comparison, suppression, and who may read it.
import {
  ApiErrorSchema,
  CommentsPageSchema,
  LanguagesResultSchema,
  ScoresResultSchema,
  type Answers,
  type LanguagesResult,
  type Submission,
} from '@mv-feedback/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken } from '../../packages/server/src/auth/tokens.js';
import { get, startStaffServer, storeRows, type StaffServer, type StoredRow } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');
const RANGE = 'from=2026-05-01&to=2026-06-15';
let server: StaffServer;
let admin = '';
let viewer = '';
let permitsOnly = '';

const rows: StoredRow[] = [];
/** `count` quick responses in `locale` on a day at noon in Los Angeles. */
function add(count: number, locale: string, day: string, department: string, answers: Answers, comment?: string) {
  for (let i = 0; i < count; i++) {
    rows.push({
      submission: {
        id: crypto.randomUUID(),
        survey: 'quick',
        answers,
        ...(comment ? { comment } : {}),
        context: { department, channel: 'in-person' },
        // The writer stores the locale the submission schema let through; the packs of
        // docs/design.md §14 widen that schema, and the comparison reads any stored locale.
        locale: locale as Submission['locale'],
      },
      receivedAt: new Date(`${day}T19:00:${String(10 + i).padStart(2, '0')}Z`),
    });
  }
}

// "I received accurate information" (knowing-our-business), 2026-05-01 to 2026-06-15:
//   en  23 of 30 favourable    es  18 of 20    vi  3 of 12    ko  4 of 4 (too few to show)
//   all 48 of 66. In April, 10 Spanish responses, none favourable, outside the range.
//   Comments: two in Spanish, one in English.
beforeAll(async () => {
  server = await startStaffServer({ now: () => NOW });
  add(12, 'en', '2026-05-10', 'permits', { accurate: 5 });
  add(1, 'en', '2026-05-10', 'permits', { accurate: 5 }, 'Quick and kind.');
  add(10, 'en', '2026-06-03', 'library', { accurate: 4 });
  add(7, 'en', '2026-05-20', 'permits', { accurate: 2 });
  add(16, 'es', '2026-05-12', 'library', { accurate: 5 });
  add(2, 'es', '2026-05-12', 'library', { accurate: 5 }, 'Muy amables.');
  add(2, 'es', '2026-05-20', 'permits', { accurate: 3 });
  add(3, 'vi', '2026-05-14', 'permits', { accurate: 4 });
  add(9, 'vi', '2026-05-14', 'permits', { accurate: 1 });
  add(4, 'ko', '2026-05-15', 'library', { accurate: 5 });
  add(10, 'es', '2026-04-10', 'library', { accurate: 1 });
  await storeRows(server.db, server.config, rows);
  admin = await createStaffToken(server.db, { name: 'Admin', role: 'admin' });
  viewer = await createStaffToken(server.db, { name: 'Analyst', role: 'viewer' });
  permitsOnly = await createStaffToken(server.db, { name: 'Permits', role: 'viewer', department: 'permits' });
});
afterAll(() => server?.close());

const json = async (path: string, token = admin) => {
  const response = await get(`${server.url}/api/v1${path}`, token);
  return { status: response.status, body: (await response.json()) as unknown };
};
const knowing = (result: LanguagesResult, locale: string) =>
  result.languages.find((l) => l.locale === locale)!.standards.find((s) => s.id === 'knowing-our-business')!;

describe('GET /api/v1/scores/languages', () => {
  it('compares each response language with the rest, Benjamini–Hochberg over every tested cell', async () => {
    const { status, body } = await json(`/scores/languages?${RANGE}`, viewer);
    expect(status).toBe(200);
    const result = LanguagesResultSchema.parse(body);
    expect([result.from, result.to, result.minN]).toEqual(['2026-05-01', '2026-06-15', 10]);
    expect(result.all.responses).toBe(66);
    expect(result.all.standards.find((s) => s.id === 'knowing-our-business')).toMatchObject({
      n: 66,
      favorable: 48,
      title: { en: 'Knowing our business' },
    });
    expect(result.languages.map((l) => [l.locale, l.responses])).toEqual([
      ['en', 30],
      ['es', 20],
      ['vi', 12],
      ['ko', 4],
    ]);
    // English 23/30 against 25/36: pooled z, p = 0.51182997 (scipy.stats.norm.sf).
    expect(knowing(result, 'en')).toMatchObject({ n: 30, favorable: 23, suppressed: false });
    expect(knowing(result, 'en').vsRest).toMatchObject({ test: 'z', significant: false });
    expect(knowing(result, 'en').vsRest.delta).toBeCloseTo(100 * (23 / 30 - 25 / 36), 10);
    expect(knowing(result, 'en').vsRest.pValue).toBeCloseTo(0.51182997, 7);
    // Spanish 18/20 against 30/46: p = 0.03774882, under 0.05 alone but not after
    // Benjamini–Hochberg over the three tests (it would need 2/3 · 0.05 = 0.0333).
    expect(knowing(result, 'es')).toMatchObject({ n: 20, favorable: 18, score: 90, suppressed: false });
    expect(knowing(result, 'es').vsRest).toMatchObject({ test: 'z', significant: false });
    expect(knowing(result, 'es').vsRest.delta).toBeCloseTo(100 * (18 / 20 - 30 / 46), 10);
    expect(knowing(result, 'es').vsRest.pValue).toBeCloseTo(0.03774882, 7);
    // Vietnamese 3/12 against 45/54: an expected count under 5, so Fisher's exact
    // test, p = 0.00018116 (scipy.stats.fisher_exact), significant after correction.
    expect(knowing(result, 'vi')).toMatchObject({ n: 12, favorable: 3, score: 25, suppressed: false });
    expect(knowing(result, 'vi').vsRest).toMatchObject({ test: 'fisher', significant: true });
    expect(knowing(result, 'vi').vsRest.delta).toBeCloseTo(100 * (3 / 12 - 45 / 54), 10);
    expect(knowing(result, 'vi').vsRest.pValue).toBeCloseTo(0.00018116, 7);
  });

  it('suppresses a language under the minimum and never tests it', async () => {
    const result = LanguagesResultSchema.parse((await json(`/scores/languages?${RANGE}`)).body);
    expect(knowing(result, 'ko')).toMatchObject({ n: 4, favorable: null, score: null, ciLow: null, suppressed: true });
    expect(knowing(result, 'ko').vsRest).toEqual({ delta: null, pValue: null, test: null, significant: false });
    // Standards nobody answered are suppressed everywhere: only three cells were tested.
    const tested = result.languages.flatMap((l) => l.standards).filter((s) => s.vsRest.pValue !== null);
    expect(tested).toHaveLength(3);
  });

  it('takes the filters: a range that reaches April, and one department', async () => {
    const withApril = LanguagesResultSchema.parse((await json('/scores/languages?from=2026-04-01&to=2026-06-15')).body);
    expect(knowing(withApril, 'es')).toMatchObject({ n: 30, favorable: 18 });
    const permits = LanguagesResultSchema.parse((await json(`/scores/languages?${RANGE}&department=permits`)).body);
    expect(permits.languages.map((l) => [l.locale, l.responses])).toEqual([
      ['en', 20],
      ['es', 2],
      ['vi', 12],
    ]);
    expect(knowing(permits, 'en')).toMatchObject({ n: 20, favorable: 13 });
  });

  it('refuses a department-scoped token (403), an unknown parameter (400) and no token (401)', async () => {
    const scoped = await json(`/scores/languages?${RANGE}`, permitsOnly);
    expect(scoped.status).toBe(403);
    expect(ApiErrorSchema.parse(scoped.body).error.code).toBe('forbidden');
    const unknown = await json(`/scores/languages?${RANGE}&language=vi`);
    expect(unknown.status).toBe(400);
    expect(ApiErrorSchema.parse(unknown.body).error.issues?.map((i) => i.path)).toEqual(['language']);
    expect((await get(`${server.url}/api/v1/scores/languages`)).status).toBe(401);
  });
});

describe('the locale filter of /scores and /comments', () => {
  it('scores only the responses given in one language, against its own previous period', async () => {
    const { status, body } = await json(`/scores?${RANGE}&locale=es`, viewer);
    expect(status).toBe(200);
    const result = ScoresResultSchema.parse(body);
    expect([result.responses, result.comments, result.offered, result.responseRate]).toEqual([20, 2, 0, null]);
    const cell = result.standards.find((s) => s.id === 'knowing-our-business')!;
    expect(cell).toMatchObject({ n: 20, favorable: 18, score: 90 });
    // The quick survey's prompt ("How could we improve?") files its comments under this standard.
    expect(result.standards.find((s) => s.id === 'questioning-status-quo')?.comments).toBe(2);
    // 2026-03-16 to 2026-04-30: the ten Spanish answers of April, none favourable.
    expect(cell.change).toMatchObject({ previousN: 10, previousScore: 0, delta: 90 });
    const english = ScoresResultSchema.parse((await json(`/scores?${RANGE}&locale=en`)).body);
    expect(english.standards.find((s) => s.id === 'knowing-our-business')).toMatchObject({ n: 30, favorable: 23 });
    const vietnamese = ScoresResultSchema.parse((await json(`/scores?${RANGE}&locale=vi`)).body);
    expect(vietnamese.standards.find((s) => s.id === 'knowing-our-business')).toMatchObject({ n: 12, favorable: 3 });
  });

  it('lists only the comments written in that language, with their total', async () => {
    const spanish = CommentsPageSchema.parse((await json(`/comments?${RANGE}&locale=es`)).body);
    expect([spanish.total, spanish.items.map((i) => [i.locale, i.comment])]).toEqual([
      2,
      [
        ['es', 'Muy amables.'],
        ['es', 'Muy amables.'],
      ],
    ]);
    const english = CommentsPageSchema.parse(
      (await json(`/comments?${RANGE}&locale=en&standard=knowing-our-business`)).body,
    );
    expect([english.total, english.items.map((i) => i.comment)]).toEqual([1, ['Quick and kind.']]);
  });

  it("counts a language's comments in any slice, English as the rest", async () => {
    const total = async (query: string) =>
      CommentsPageSchema.parse((await json(`/comments?${RANGE}&${query}`)).body).total;
    expect(await total('locale=en')).toBe(1);
    expect(await total('locale=en&survey=quick&department=permits&channel=in-person')).toBe(1);
    expect(await total('locale=en&department=library')).toBe(0);
    expect(await total('locale=es&department=library')).toBe(2);
    expect(await total('locale=es&department=permits')).toBe(0);
    expect(await total('locale=vi')).toBe(0);
    expect(await total('locale=es&q=amables')).toBe(2);
  });

  it("pages through a language's comments, newest first", async () => {
    const page = async (query: string) =>
      CommentsPageSchema.parse((await json(`/comments?${RANGE}&${query}`)).body).items.map((i) => i.id);
    const both = await page('locale=es');
    expect(both).toHaveLength(2);
    expect([...(await page('locale=es&limit=1')), ...(await page('locale=es&limit=1&offset=1'))]).toEqual(both);
    expect(await page('locale=es&offset=2')).toEqual([]);
    expect(await page('locale=vi')).toEqual([]);
  });

  it('refuses a language no resident may answer in (400)', async () => {
    for (const path of [`/scores?${RANGE}&locale=fr`, `/comments?${RANGE}&locale=fr`]) {
      const { status, body } = await json(path);
      expect(status).toBe(400);
      expect(ApiErrorSchema.parse(body).error.issues?.map((i) => i.path)).toEqual(['locale']);
    }
  });
});
