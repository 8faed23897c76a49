// The equity view of docs/design.md §14 in real Chromium against a real,
// seeded server: the languages residents answered in, named for staff and in
// themselves, compared with the rest in a grid that says significance in
// words; the language filter on scores and comments; English and Spanish
// staff; a phone's width.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentsPage, LanguagesResult, ScoresResult, Share, Submission, VersusRest } from '@mv-feedback/scoring';
import { contentHash, responseWriteStatements } from '@mv-feedback/server';
import {
  eventually,
  expectedStandards,
  readStandards,
  saveScreenshot,
  signIn,
  startDashboardFixture,
  waitForData,
  type DashboardFixture,
} from './dashboard-fixture.js';
import { axeViolations } from '../support/axe.js';

let fx: DashboardFixture;
const VIETNAMESE_COMMENT = 'Tôi phải chờ quá lâu.';

// Twenty answers in Vietnamese over the last days, none favourable about
// accurate information: the grid must show Vietnamese below the other languages.
beforeAll(async () => {
  fx = await startDashboardFixture();
  const items = Array.from({ length: 20 }, (_, i) => {
    const submission = {
      id: crypto.randomUUID(),
      survey: 'quick',
      answers: { listened: 3, positive: 2, accurate: 1 },
      ...(i < 2 ? { comment: VIETNAMESE_COMMENT } : {}),
      context: { department: 'permits', channel: 'in-person' },
      // Stored as the packs of docs/design.md §14 let residents answer.
      locale: 'vi' as Submission['locale'],
    } satisfies Submission;
    return { submission, receivedAt: new Date(Date.now() - (i + 1) * 3_600_000), contentHash: contentHash(submission) };
  });
  await fx.server.db.batch(
    responseWriteStatements(items, { catalogue: fx.config.catalogue, timezone: fx.config.timezone }),
    'write',
  );
});
afterAll(async () => {
  await fx?.close();
});

const pct = (value: number | null) => `${Math.round(value ?? Number.NaN)}%`;
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Every cell of the languages grid as text, by standard and locale (all responses as ""). */
function readGrid(page: Page) {
  return page.locator('mv-dashboard-languages td[data-language]').evaluateAll((cells) =>
    cells.map((cell) => ({
      standard: (cell.closest('tr') as HTMLElement).dataset.standard ?? '',
      language: (cell as HTMLElement).dataset.language ?? '',
      text: (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** What each cell must say for the API's figures, in English. */
function expectedGrid(result: LanguagesResult) {
  const cell = (share: Share, vsRest?: VersusRest) => {
    const n = `${share.n.toLocaleString('en-US')} responses`;
    if (share.suppressed) return `fewer than ${result.minN} responses ${n}`;
    const few = share.n < 30 ? ' · few responses' : '';
    const difference =
      vsRest?.significant && vsRest.delta !== null
        ? vsRest.delta > 0
          ? ' ▲ above the other languages'
          : ' ▼ below the other languages'
        : '';
    return `${pct(share.score)} ${pct(share.ciLow)} to ${pct(share.ciHigh)} ${n}${few}${difference}`;
  };
  return result.all.standards.flatMap((standard, i) => [
    { standard: standard.id, language: '', text: cell(standard) },
    ...result.languages.map((l) => ({
      standard: standard.id,
      language: l.locale,
      text: cell(l.standards[i]!, l.standards[i]!.vsRest),
    })),
  ]);
}

const headers = async (page: Page) =>
  page.locator('mv-dashboard-languages thead th[data-language]').evaluateAll((cells) =>
    cells.map((cell) => ({
      text: (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
      native: cell.querySelector('[lang]')?.getAttribute('lang') ?? null,
    })),
  );

describe('Compare languages', () => {
  it('draws the API comparison by language, named in English and in itself, significance in words', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken);
    await page.getByRole('link', { name: 'Compare languages' }).click();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('show')).toBe('languages'));
    const { from, to } = await fx.api<ScoresResult>('/api/v1/scores');
    const api = await fx.api<LanguagesResult>(`/api/v1/scores/languages?from=${from}&to=${to}`);
    expect(api.languages.map((l) => l.locale)).toEqual(['en', 'es', 'vi']);
    const vietnamese = api.languages[2]!.standards.find((s) => s.id === 'knowing-our-business')!;
    expect(vietnamese).toMatchObject({ n: 20, favorable: 0 });
    expect(vietnamese.vsRest.significant).toBe(true);
    await eventually(async () => expect(await readGrid(page)).toEqual(expectedGrid(api)));
    expect(await headers(page)).toEqual([
      { text: 'English', native: null },
      { text: 'Spanish Español', native: 'es' },
      { text: 'Vietnamese Tiếng Việt', native: 'vi' },
    ]);
    const cell = page.locator('tr[data-standard="knowing-our-business"] td[data-language="vi"] .vs');
    expect((await cell.textContent())?.replace(/\s+/g, ' ').trim()).toBe('▼ below the other languages');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Comparar idiomas' }).waitFor();
    expect(await headers(page)).toEqual([
      { text: 'inglés English', native: 'en' },
      { text: 'español', native: null },
      { text: 'vietnamita Tiếng Việt', native: 'vi' },
    ]);
    expect((await cell.textContent())?.replace(/\s+/g, ' ').trim()).toBe('▼ por debajo de los demás idiomas');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is not offered to a department-scoped token, even from a link', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.permitsToken, '?show=languages');
    expect(await page.getByRole('link', { name: 'Compare languages' }).count()).toBe(0);
    expect(await page.locator('mv-dashboard-languages').count()).toBe(0);
    expect(await page.locator('tr[data-standard]').count()).toBe(11);
    expect(await page.getByRole('alert').filter({ hasText: /./ }).count()).toBe(0);
    await context.close();
  });

  it('takes docs/compare-languages.png: the last 30 days, language by language', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken, '?show=languages');
    await page.locator('mv-dashboard-languages td[data-language="vi"]').first().waitFor();
    await saveScreenshot(page, 'compare-languages.png');
    await context.close();
  });
});

describe('the language filter', () => {
  it('shows the scores and comments of one language, and says what it does not split', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken);
    await page.getByLabel('Language of the response').selectOption({ label: 'Vietnamese (Tiếng Việt)' });
    await eventually(async () => expect(new URL(page.url()).searchParams.get('language')).toBe('vi'));
    const { from, to } = await fx.api<ScoresResult>('/api/v1/scores');
    const scores = await fx.api<ScoresResult>(`/api/v1/scores?from=${from}&to=${to}&locale=vi`);
    expect(scores.responses).toBe(20);
    await waitForData(page);
    await eventually(async () => expect(await readStandards(page)).toEqual(expectedStandards(scores)));
    await page.getByText('The trend, the response rate and the download cover every language.').waitFor();
    expect(await page.locator('mv-dashboard-trend').count()).toBe(0);
    expect(await page.locator('.summary').textContent()).toContain('20');
    expect(await page.locator('.filters-in-words').textContent()).toContain('Language of the response: Vietnamese');
    // Only the Vietnamese comments, each marked with its language.
    const comments = await fx.api<CommentsPage>(`/api/v1/comments?from=${from}&to=${to}&locale=vi`);
    expect(comments.total).toBe(2);
    await eventually(async () =>
      expect(await page.locator('mv-dashboard-comments li[data-comment] .text').allTextContents()).toEqual([
        VIETNAMESE_COMMENT,
        VIETNAMESE_COMMENT,
      ]),
    );
    expect(await page.locator('mv-dashboard-comments .text[lang="vi"]').count()).toBe(2);
    expect(await page.locator('mv-dashboard-comments .meta').first().textContent()).toContain('Vietnamese');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByLabel('Idioma de la respuesta').waitFor();
    expect(await page.getByLabel('Idioma de la respuesta').locator('option:checked').textContent()).toContain(
      'vietnamita (Tiếng Việt)',
    );
    expect(await page.locator('mv-dashboard-comments .meta').first().textContent()).toContain('vietnamita');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Idioma de la respuesta').selectOption({ label: 'Todos los idiomas' });
    await eventually(async () => expect(new URL(page.url()).searchParams.get('language')).toBeNull());
    await page.locator('mv-dashboard-trend').waitFor();
    await context.close();
  });
});

describe('at 360 px', () => {
  it('keeps the filter and the languages grid usable with no sideways scrolling of the page', async () => {
    const { context, page } = await fx.newPage({ width: 360, height: 800 });
    await signIn(page, fx.server.url, fx.adminToken);
    const filter = page.getByLabel('Language of the response');
    const box = (await filter.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await filter.selectOption('es');
    await eventually(async () => expect(new URL(page.url()).searchParams.get('language')).toBe('es'));
    await waitForData(page);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Compare languages' }).click();
    await page.locator('mv-dashboard-languages td[data-language]').first().waitFor();
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
