// The manager's round-2 points (issue 23) in real Chromium against a real,
// seeded server, at a 1366×768 laptop and a 360×740 phone: the departments
// ranked by one standard, the trend's interval, the questions asked, comments
// that start on the unfavourable answers, invitations that need a department
// and a channel, a shorter phone page and the verified-only filter (those
// three in dashboard-manager-views.test.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILT_IN_PACKS,
  defaultCatalogue,
  textOf,
  type CommentsPage,
  type DepartmentsResult,
  type ScoresResult,
  type TrendResult,
} from '@mv-feedback/scoring';
import { cityDay } from '@mv-feedback/scoring/browser';
import { autoInterval } from '../../packages/dashboard/src/dashboard/trend-interval.js';
import { periodRange } from '../../packages/dashboard/src/period/period-range.js';
import { rankDepartments } from '../../packages/dashboard/src/components/rank-departments.js';
import {
  eventually,
  LAPTOP,
  pageOverflow,
  PHONE,
  signIn,
  startDashboardFixture,
  urlParam,
  waitForData,
  type DashboardFixture,
} from './dashboard-fixture.js';
import { axeViolations } from '../support/axe.js';

let fx: DashboardFixture;
beforeAll(async () => {
  fx = await startDashboardFixture();
});
afterAll(async () => {
  await fx?.close();
});
const rowIds = (page: Page) =>
  page
    .locator('mv-dashboard-departments tbody tr[data-department]:not(.city)')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.department));

async function yearRange(): Promise<string> {
  const to = (await fx.api<ScoresResult>('/api/v1/scores')).to;
  return `from=${to.slice(0, 4)}-01-01&to=${to}`;
}

describe('Compare departments at 1366×768', () => {
  it('ranks the departments by a chosen standard in a table that fits, and opens one department’s comments', async () => {
    const { context, page } = await fx.newPage(LAPTOP);
    await signIn(page, fx.server.url, fx.adminToken, '?show=departments&period=year-to-date');
    const api = await fx.api<DepartmentsResult>(`/api/v1/scores/departments?${await yearRange()}`);
    expect(api.departments.length).toBeGreaterThanOrEqual(10);
    const ranked = (index: number) => rankDepartments(api.departments, index).map((r) => r.department.id);
    await eventually(async () => expect(await rowIds(page)).toEqual(ranked(0)));
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    const region = page.locator('mv-dashboard-departments .scroll');
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);

    // Any standard ranks them; the choice is in the URL.
    const index = api.city.standards.findIndex((s) => s.id === 'knowing-our-business');
    await page.getByLabel('Rank the departments by').selectOption('knowing-our-business');
    await eventually(async () => expect(urlParam(page, 'by')).toBe('knowing-our-business'));
    await eventually(async () => expect(await rowIds(page)).toEqual(ranked(index)));
    const scores = await page
      .locator('mv-dashboard-departments tbody tr:not(.city) .score')
      .evaluateAll((cells) => cells.map((cell) => Number.parseInt(cell.textContent ?? '', 10)));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    // Significance in words, and a mark that is not colour.
    const significant = api.departments.filter((d) => d.standards[index]!.vsRest.significant);
    const marks = await page.locator('mv-dashboard-departments .vs').allTextContents();
    expect(marks).toHaveLength(significant.length);
    for (const mark of marks)
      expect(mark.replace(/\s+/g, ' ').trim()).toMatch(/^(▲ above|▼ below) the rest of the city$/);
    expect(await axeViolations(page)).toEqual([]);

    // A department's name opens its scores and what its residents said, unfavourable first.
    const first = ranked(index)[0]!;
    await page.locator(`mv-dashboard-departments tr[data-department="${first}"] a`).click();
    await eventually(async () => {
      expect(urlParam(page, 'show')).toBeNull();
      expect(urlParam(page, 'department')).toBe(first);
      expect(urlParam(page, 'standard')).toBe('knowing-our-business');
      expect(urlParam(page, 'tone')).toBe('unfavourable');
    });
    await waitForData(page);
    expect(await page.getByLabel('Department').inputValue()).toBe(first);
    await page.getByRole('heading', { name: 'What residents said about “Knowing our business”' }).waitFor();

    await page.goBack();
    await page.locator('mv-dashboard-departments tr[data-department]').first().waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByLabel('Ordenar los departamentos por').waitFor();
    const spanish = await page.locator('mv-dashboard-departments .vs').allTextContents();
    for (const mark of spanish) expect(mark).toMatch(/por (encima|debajo) del resto de la ciudad/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the trend’s interval', () => {
  it('follows the number of responses unless the reader chooses, and says so', async () => {
    const { context, page } = await fx.newPage(LAPTOP);
    await signIn(page, fx.server.url, fx.adminToken, '?period=this-quarter&department=permits&channel=in-person');
    const { from, to } = periodRange('this-quarter', cityDay(new Date(), fx.config.timezone));
    const query = `department=permits&channel=in-person&from=${from}&to=${to}`;
    const scores = await fx.api<ScoresResult>(`/api/v1/scores?${query}`);
    const filled = async (interval: string) => {
      const trend = await fx.api<TrendResult>(`/api/v1/scores/trend?${query}&interval=${interval}`);
      const points = trend.series.flatMap((series) => series.points);
      return points.filter((point) => point.score !== null).length / points.length;
    };
    const auto = autoInterval(scores, from, to);
    console.log(
      `trend, permits in person this quarter: ${scores.responses} responses; points with a score: week ${(await filled('week')).toFixed(2)}, month ${(await filled('month')).toFixed(2)}; chosen ${auto}`,
    );
    // The case: by week almost every chart said "not enough responses".
    expect(auto).toBe('month');
    expect(await filled('month')).toBeGreaterThan(await filled('week'));
    const month = page.getByRole('radio', { name: 'a month' });
    await eventually(async () => expect(await month.isChecked()).toBe(true));
    await page.getByText('Each point is a month, chosen from the number of responses').waitFor();
    expect(urlParam(page, 'interval')).toBeNull();

    await page.getByRole('radio', { name: 'a week' }).check();
    await eventually(async () => expect(urlParam(page, 'interval')).toBe('week'));
    await eventually(async () =>
      expect(
        await page.locator('mv-dashboard-trend').evaluate((el) => (el as HTMLElement & { interval: string }).interval),
      ).toBe('week'),
    );
    expect(await page.getByText('chosen from the number of responses').count()).toBe(0);

    // The whole city's last 30 days have responses enough for weeks.
    const city = await fx.api<ScoresResult>('/api/v1/scores');
    expect(autoInterval(city, city.from, city.to)).toBe('week');
    await page.goto(`${fx.server.url}/dashboard`);
    await waitForData(page);
    await eventually(async () => expect(await page.getByRole('radio', { name: 'a week' }).isChecked()).toBe(true));
    await page.getByText('Each point is a week, chosen from the number of responses').waitFor();
    await context.close();
  });
});

describe('the questions asked', () => {
  it('shows a standard’s question texts from the catalogue, opened by keyboard and by touch', async () => {
    const { context, page } = await fx.newPage(LAPTOP);
    await signIn(page, fx.server.url, fx.adminToken);
    const row = page.locator('tr[data-standard="knowing-our-business"]');
    const texts = defaultCatalogue.surveys
      .flatMap((survey) => survey.questions)
      .filter((q) => q.standards.some((w) => w.standard === 'knowing-our-business'))
      .map((q) => q.text.en);
    expect(texts.length).toBeGreaterThan(0);
    const text = page.getByText(texts[0]!, { exact: true });
    expect(await text.isVisible()).toBe(false);
    await row.locator('summary').focus();
    await page.keyboard.press('Enter');
    await text.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await text.waitFor({ state: 'hidden' });
    await context.close();

    const touch = await fx.browser.newContext({
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      timezoneId: fx.config.timezone,
    });
    const phone = await touch.newPage();
    await signIn(phone, fx.server.url, fx.adminToken);
    await phone.getByRole('button', { name: 'Español' }).click();
    const spanish = textOf(BUILT_IN_PACKS.es.texts['question.accurate'])!;
    await phone.locator('tr[data-standard="knowing-our-business"] summary').tap();
    await phone.getByText(spanish, { exact: true }).waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    await touch.close();
  });
});

/** The standards each comment's answers name, in order. */
const answerTitles = (page: Page) =>
  page
    .locator('li[data-comment]')
    .evaluateAll((items) =>
      items.map((li) =>
        [...li.querySelectorAll('.answers li')].map((a) =>
          (a.textContent ?? '').split(':')[0]!.replace(/[+−]/, '').trim(),
        ),
      ),
    );

describe('What residents said, from a standard', () => {
  it('starts on the unfavourable answers, each comment with that standard’s answer first', async () => {
    const { context, page } = await fx.newPage(LAPTOP);
    await signIn(page, fx.server.url, fx.adminToken, '?period=year-to-date');
    await page.getByRole('button', { name: 'What residents said about “Connecting”' }).click();
    await eventually(async () => {
      expect(urlParam(page, 'standard')).toBe('connecting');
      expect(urlParam(page, 'tone')).toBe('unfavourable');
    });
    const api = await fx.api<CommentsPage>(
      `/api/v1/comments?${await yearRange()}&standard=connecting&tone=unfavourable&limit=20`,
    );
    expect(api.items.length).toBeGreaterThan(0);
    const ids = () =>
      page.locator('li[data-comment]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.comment));
    await eventually(async () => expect(await ids()).toEqual(api.items.map((item) => item.id)));
    expect(await page.getByLabel('Which answers').inputValue()).toBe('unfavourable');
    const titles = await answerTitles(page);
    expect(titles.every((line) => line[0] === 'Connecting')).toBe(true);
    expect(titles.some((line) => line.length > 1)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Which answers').selectOption('');
    await eventually(async () => expect(urlParam(page, 'tone')).toBeNull());
    await context.close();
  });
});
