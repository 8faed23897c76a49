// From numbers to reasons in real Chromium against a real, seeded server
// (issue 9): the departments compared, what residents said about a standard,
// honest change, the reading guide, phones, and no layout shift while loading.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANSWER_LABELS,
  defaultCatalogue,
  type CommentsPage,
  type DepartmentsResult,
  type ScoresResult,
  type Share,
  type VersusRest,
} from '@mv-feedback/scoring';
import {
  eventually,
  signIn,
  saveScreenshot,
  startDashboardFixture,
  waitForData,
  type DashboardFixture,
} from './dashboard-fixture.js';
import { periodRange } from '../../packages/dashboard/src/period/period-range.js';
import { rankDepartments } from '../../packages/dashboard/src/components/rank-departments.js';
import { axeViolations } from '../support/axe.js';

let fx: DashboardFixture;
beforeAll(async () => {
  fx = await startDashboardFixture();
});
afterAll(async () => {
  await fx?.close();
});

const pct = (value: number | null) => `${Math.round(value ?? Number.NaN)}%`;
const dayRange = (locale: string, from: string, to: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' })
    .formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))
    .replace(/\s+/g, ' ');

/** What a restored tab's init script keeps on `window` for the layout-shift test. */
interface Seen {
  __shift: number;
  __shifts: PerformanceObserver;
  __takeShifts: () => void;
  __signInShown: boolean;
  __fetching: number;
}

interface ShownRow {
  department: string;
  text: string;
}

/** The comparison's rows, as text of their figures, by department (the whole city as ""). */
function readRanking(page: Page): Promise<ShownRow[]> {
  return page.locator('mv-dashboard-departments tbody tr[data-department]').evaluateAll((rows) =>
    rows.map((row) => ({
      department: (row as HTMLElement).dataset.department ?? '',
      text: [...row.querySelectorAll('td')]
        .map((cell) => cell.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  );
}

/** What the rows must say for the API's figures on one standard, in English, the departments ranked. */
function expectedRanking(result: DepartmentsResult, index: number): ShownRow[] {
  const row = (share: Share, vsRest?: VersusRest) => {
    const n = share.n.toLocaleString('en-US');
    if (share.suppressed) return `fewer than ${result.minN} responses ${n}`;
    const few = share.n < 30 ? ' few responses' : '';
    const difference = !vsRest
      ? ''
      : vsRest.significant && vsRest.delta !== null
        ? vsRest.delta > 0
          ? ' ▲ above the rest of the city'
          : ' ▼ below the rest of the city'
        : ' no clear difference';
    return `${pct(share.score)} ${pct(share.ciLow)} to ${pct(share.ciHigh)} ${n}${few}${difference}`;
  };
  return [
    { department: '', text: row(result.city.standards[index]!) },
    ...rankDepartments(result.departments, index).map(({ department, share }) => ({
      department: department.id,
      text: row(share, share.vsRest),
    })),
  ];
}

describe('Compare departments', () => {
  it('draws the API comparison for a standard with department titles, significance in words, in English and Spanish', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken, '?period=year-to-date');
    await page.getByRole('link', { name: 'Compare departments' }).click();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('show')).toBe('departments'));
    const to = (await fx.api<ScoresResult>('/api/v1/scores')).to;
    const api = await fx.api<DepartmentsResult>(`/api/v1/scores/departments?from=${to.slice(0, 4)}-01-01&to=${to}`);
    expect(api.departments.length).toBeGreaterThanOrEqual(10);
    await eventually(async () => expect(await readRanking(page)).toEqual(expectedRanking(api, 0)));
    const names = () => page.locator('mv-dashboard-departments tbody tr:not(.city) th').allTextContents();
    const ranked = rankDepartments(api.departments, 0).map((r) => r.department);
    expect((await names()).map((h) => h.trim())).toEqual(ranked.map((d) => d.title.en));
    expect((await names()).map((h) => h.trim())).toContain('Parks and community services');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Comparar departamentos' }).waitFor();
    expect((await names()).map((h) => h.trim())).toEqual(ranked.map((d) => d.title.es ?? d.title.en));
    const significant = api.departments.map((d) => d.standards[0]!).filter((s) => s.vsRest.significant);
    const words = await page.locator('mv-dashboard-departments .vs').allTextContents();
    expect(words).toHaveLength(significant.length);
    for (const word of words) expect(word).toMatch(/por (encima|debajo) del resto de la ciudad/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is not offered to a department-scoped token, even from a link', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.permitsToken, '?show=departments');
    expect(await page.getByRole('link', { name: 'Compare departments' }).count()).toBe(0);
    expect(await page.locator('mv-dashboard-departments').count()).toBe(0);
    expect(await page.locator('tr[data-standard]').count()).toBe(11);
    expect(await page.getByRole('alert').filter({ hasText: /./ }).count()).toBe(0);
    await context.close();
  });
});

/** A comment's answers as one line of text. */
const answersOf = async (page: Page, id: string) =>
  ((await page.locator(`li[data-comment="${id}"] .answers`).textContent()) ?? '').replace(/\s+/g, ' ');

describe('What residents said', () => {
  it("leads from a standard's row to its comments, with their answers, and filters by tone", async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken, '?period=year-to-date');
    const row = page.locator('tr[data-standard="knowing-our-business"]');
    await row.getByRole('button', { name: 'What residents said about “Knowing our business”' }).click();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('standard')).toBe('knowing-our-business'));
    const heading = page.locator('#comments-heading');
    await eventually(async () =>
      expect((await heading.textContent())?.trim()).toBe('What residents said about “Knowing our business”'),
    );
    expect(await heading.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    // It opens on the unfavourable answers; "Which answers" widens them.
    expect(new URL(page.url()).searchParams.get('tone')).toBe('unfavourable');
    await page.getByLabel('Which answers').selectOption('');
    await eventually(async () => expect(new URL(page.url()).searchParams.has('tone')).toBe(false));

    const to = (await fx.api<ScoresResult>('/api/v1/scores')).to;
    const range = `from=${to.slice(0, 4)}-01-01&to=${to}`;
    const ids = () =>
      page.locator('li[data-comment]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.comment));
    const all = await fx.api<CommentsPage>(`/api/v1/comments?${range}&standard=knowing-our-business&limit=20`);
    expect(all.total).toBeGreaterThan(20);
    await eventually(async () => expect(await ids()).toEqual(all.items.map((item) => item.id)));
    // Each comment says how its response answered "I received accurate information", in words.
    const accurate = defaultCatalogue.surveys[0]!.questions.find((q) => q.id === 'accurate')!;
    for (const item of all.items.slice(0, 5)) {
      const answer = item.answers.accurate;
      const words = `${ANSWER_LABELS.en.agree[Number(answer) - 1]} (${item.standards['knowing-our-business'] ? 'favourable' : 'unfavourable'})`;
      expect(accurate.standards[0]!.standard).toBe('knowing-our-business');
      expect(await answersOf(page, item.id)).toContain(`Knowing our business: ${words}`);
    }

    await page.getByLabel('Which answers').selectOption('unfavourable');
    await eventually(async () => expect(new URL(page.url()).searchParams.get('tone')).toBe('unfavourable'));
    const unfavourable = await fx.api<CommentsPage>(
      `/api/v1/comments?${range}&standard=knowing-our-business&tone=unfavourable&limit=20`,
    );
    expect(unfavourable.total).toBeLessThan(all.total);
    await eventually(async () => expect(await ids()).toEqual(unfavourable.items.map((item) => item.id)));
    expect(await page.getByText(`Showing 20 of ${unfavourable.total.toLocaleString('en-US')} comments`).count()).toBe(
      unfavourable.total > 20 ? 1 : 0,
    );
    for (const item of unfavourable.items) expect(item.standards['knowing-our-business']).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Español' }).click();
    await page
      .getByRole('heading', { name: 'Lo que dijeron los residentes sobre «Conocer nuestro trabajo»' })
      .waitFor();
    const first = unfavourable.items[0]!;
    expect(await answersOf(page, first.id)).toContain(
      `Conocer nuestro trabajo: ${ANSWER_LABELS.es.agree[Number(first.answers.accurate) - 1]} (desfavorable)`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('honest change and the reading guide', () => {
  it('colours a change only when significant, and names the previous period and its n', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken, '?period=last-quarter');
    const today = (await fx.api<ScoresResult>('/api/v1/scores')).to;
    const api = await fx.api<ScoresResult>(
      `/api/v1/scores?${new URLSearchParams({ ...periodRange('last-quarter', today) }).toString()}`,
    );
    const shown = await page.locator('tr[data-standard]').evaluateAll((rows) =>
      rows.map((row) => ({
        id: (row as HTMLElement).dataset.standard,
        coloured: row.querySelector('.change.up, .change.down') !== null,
        badge: row.querySelector('.badge.significant') !== null,
        previous: (row.querySelector('.previous')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
    expect(shown.map((row) => row.id)).toEqual(api.standards.map((s) => s.id));
    api.standards.forEach((standard, i) => {
      const change = standard.change!;
      expect(shown[i]!.coloured, standard.id).toBe(change.significant && Math.abs(change.delta!) > 0.05);
      expect(shown[i]!.badge, standard.id).toBe(change.significant);
      const period = dayRange('en', change.previousFrom, change.previousTo);
      const n = change.previousN.toLocaleString('en-US');
      expect(shown[i]!.previous).toBe(
        change.previousScore === null
          ? `${period}: ${n} responses, too few to compare`
          : `${period}: ${pct(change.previousScore)}, ${n} responses`,
      );
    });
    await context.close();
  });

  it('explains the numbers, self-selection included, in English and Spanish', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken);
    await page.getByText('How to read these numbers').click();
    await page.getByText('Residents choose to answer').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The panel stays open in the other language.
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByText('Cómo leer estas cifras').waitFor();
    await page.getByText('Los residentes eligen responder').waitFor();
    expect(await page.getByText('De acuerdo o Muy de acuerdo').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('phones and loading', () => {
  it('keeps the standard names in view at 360 px, with no sideways scrolling of the page', async () => {
    const { context, page } = await fx.newPage({ width: 360, height: 800 });
    await signIn(page, fx.server.url, fx.adminToken);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const region = page.locator('mv-dashboard-standards .scroll');
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const { regionLeft, nameLeft, nameWidth } = await region.evaluate((el) => {
      const name = el.querySelector('th[scope="row"]')!.getBoundingClientRect();
      return { regionLeft: el.getBoundingClientRect().left, nameLeft: name.left, nameWidth: name.width };
    });
    expect(nameLeft).toBeGreaterThanOrEqual(regionLeft - 1);
    expect(nameWidth).toBeGreaterThan(100);
    expect(await page.locator('mv-dashboard-standards .score-bar').first().isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Compare departments' }).click();
    await page.locator('mv-dashboard-departments tr[data-department]').first().waitFor();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  for (const width of [360, 1280]) {
    it(`restores a signed-in tab at ${width} px without showing the sign-in form or shifting the layout`, async () => {
      const { context, page } = await fx.newPage({ width, height: 900 });
      await signIn(page, fx.server.url, fx.adminToken);
      await page.addInitScript(() => {
        const seen = window as unknown as Seen;
        seen.__shift = 0;
        seen.__signInShown = false;
        seen.__fetching = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) seen.__shift += entry.value;
          }
        };
        seen.__shifts = new PerformanceObserver((list) => add(list.getEntries()));
        seen.__shifts.observe({ type: 'layout-shift', buffered: true });
        seen.__takeShifts = () => add(seen.__shifts.takeRecords());
        // Requests still unanswered: the page is settled when none is and it has drawn what came back.
        const fetch = window.fetch.bind(window);
        window.fetch = async (...args) => {
          seen.__fetching += 1;
          try {
            return await fetch(...args);
          } finally {
            seen.__fetching -= 1;
          }
        };
        const define = customElements.define.bind(customElements);
        customElements.define = (name, constructor, options) => {
          if (name === 'mv-dashboard-sign-in') {
            const connected = constructor.prototype.connectedCallback as (() => void) | undefined;
            constructor.prototype.connectedCallback = function (this: HTMLElement) {
              seen.__signInShown = true;
              connected?.call(this);
            };
          }
          define(name, constructor, options);
        };
      });
      await page.reload();
      await waitForData(page);
      // On a phone the comments start closed: there, but not shown.
      await page.locator('mv-dashboard-comments li[data-comment]').first().waitFor({ state: 'attached' });
      await page.waitForFunction(() => (window as unknown as Seen).__fetching === 0);
      const { shift, signInShown } = await page.evaluate(async () => {
        // Two frames: what the last answer changed is laid out, and its shifts are recorded.
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const seen = window as unknown as Seen;
        seen.__takeShifts();
        return { shift: seen.__shift, signInShown: seen.__signInShown };
      });
      expect(signInShown).toBe(false);
      // Lighthouse calls under 0.1 good; the dashboard had 0.35.
      expect(shift).toBeLessThan(0.02);
      await context.close();
    });
  }
});

describe('screenshots for the README', () => {
  it('takes docs/compare-departments.png: the year so far, the departments ranked by one standard', async () => {
    const { context, page } = await fx.newPage({ width: 1280, height: 1400 });
    // A standard on which some department differs from the rest of the city, to show how that reads.
    const to = (await fx.api<ScoresResult>('/api/v1/scores')).to;
    const api = await fx.api<DepartmentsResult>(`/api/v1/scores/departments?from=${to.slice(0, 4)}-01-01&to=${to}`);
    const index = api.city.standards.findIndex((_, i) =>
      api.departments.some((d) => d.standards[i]!.vsRest.significant),
    );
    const by = index > 0 ? `&by=${api.city.standards[index]!.id}` : '';
    await signIn(page, fx.server.url, fx.adminToken, `?show=departments&period=year-to-date${by}`);
    await page.locator('mv-dashboard-departments tr[data-department]').first().waitFor();
    await saveScreenshot(page, 'compare-departments.png');
    await context.close();
  });

  it('takes docs/comments-by-standard.png: what residents said about one standard, unfavourable', async () => {
    const { context, page } = await fx.newPage({ width: 1280, height: 1000 });
    await signIn(
      page,
      fx.server.url,
      fx.adminToken,
      '?period=year-to-date&standard=knowing-our-business&tone=unfavourable',
    );
    const heading = page.locator('#comments-heading');
    await page.locator('mv-dashboard-comments li[data-comment]').first().waitFor();
    await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'comments-by-standard.png');
    await context.close();
  });
});
