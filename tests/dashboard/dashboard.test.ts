// The staff dashboard in real Chromium against a real, seeded server (issue 5).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  defaultCatalogue,
  type CommentsPage,
  type ScoresResult,
  type SurveyList,
  type TrendResult,
} from '@mv-feedback/scoring';
import {
  HOSTILE_COMMENT,
  SMALL_DEPARTMENT,
  SMALL_DEPARTMENT_RESPONSES,
  eventually,
  expectedStandards,
  readStandards,
  readSurveyOptions,
  signIn,
  startCityServer,
  saveScreenshot,
  startDashboardFixture,
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

const scores = (query = '') => fx.api<ScoresResult>(`/api/v1/scores${query}`);

describe('signing in', () => {
  it('refuses a wrong token with a clear message, accepts a right one, and signs out', async () => {
    const { context, page } = await fx.newPage();
    await page.goto(`${fx.server.url}/dashboard`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const field = page.getByLabel('Staff token');
    expect(await field.getAttribute('type')).toBe('password');

    await field.fill('mvf_not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'That token was not accepted' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator('tr[data-standard]').count()).toBe(0);

    await field.fill(fx.adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForData(page);
    expect(await page.locator('tr[data-standard]').count()).toBe(11);
    // The token survives a reload of the tab.
    await page.reload();
    await waitForData(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Staff token').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await context.close();
  });
});

describe('the sign-in view', () => {
  it('loads the bundle alone; the signed-in views arrive with the sign-in, and again after a failed fetch', async () => {
    const { context, page } = await fx.newPage();
    const scripts: string[] = [];
    page.on(
      'request',
      (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname),
    );
    await page.goto(`${fx.server.url}/dashboard`);
    await page.getByLabel('Staff token').waitFor();
    expect(scripts).toEqual(['/dashboard/mv-scores-dashboard.js']);
    expect(await page.evaluate(() => customElements.get('mv-dashboard-standards') === undefined)).toBe(true);

    // The chunk cannot be fetched: the resident of the sign-in form is told, and may try again.
    await page.route('**/mv-scores-dashboard-signed-in-parts.js', (route) => route.abort());
    await page.getByLabel('Staff token').fill(fx.adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The scores could not be loaded.' }).waitFor();
    expect(await page.locator('tr[data-standard]').count()).toBe(0);

    await page.unroute('**/mv-scores-dashboard-signed-in-parts.js');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForData(page);
    expect(await page.locator('tr[data-standard]').count()).toBe(11);
    expect(scripts.filter((path) => path.endsWith('/mv-scores-dashboard-signed-in-parts.js')).length).toBe(2);
    await context.close();
  });
});

describe('a strict Content-Security-Policy', () => {
  it('breaks nothing: no inline script or style, no eval', async () => {
    const { context, page } = await fx.newPage();
    const csp =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
    await page.route('**/dashboard**', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page, fx.server.url, fx.adminToken);
    expect(await page.locator('tr[data-standard]').count()).toBe(11);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('scores', () => {
  it('shows the numbers the API gives, in catalogue order, with the total and the period in words', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken);
    const api = await scores();
    expect(api.responses).toBeGreaterThan(100);
    await eventually(async () => expect(await readStandards(page)).toEqual(expectedStandards(api)));
    // Intl puts thin spaces around the range's dash; compare the words, not the kind of space.
    const summary = (await page.locator('#summary').textContent())?.replace(/\s+/g, ' ');
    expect(summary).toContain(`${api.responses.toLocaleString('en-US')} responses`);
    const inWords = new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
    const period = inWords.formatRange(new Date(`${api.from}T00:00:00Z`), new Date(`${api.to}T00:00:00Z`));
    expect(summary).toContain(period.replace(/\s+/g, ' '));
    await context.close();
  });

  it('changes the numbers and the URL when a filter changes, restores them on reload and on Back', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken);
    const all = await scores();
    const range = `?from=${all.from}&to=${all.to}`;
    const phone = await scores(`${range}&channel=phone`);
    expect(phone.responses).toBeLessThan(all.responses);

    await page.getByLabel('Channel').selectOption('phone');
    await eventually(async () => expect(new URL(page.url()).searchParams.get('channel')).toBe('phone'));
    await eventually(async () => expect(await readStandards(page)).toEqual(expectedStandards(phone)));

    await page.reload();
    await waitForData(page);
    expect(await page.getByLabel('Channel').inputValue()).toBe('phone');
    await eventually(async () => expect(await readStandards(page)).toEqual(expectedStandards(phone)));

    await page.goBack();
    await eventually(async () => expect(new URL(page.url()).searchParams.has('channel')).toBe(false));
    await eventually(async () => expect(await readStandards(page)).toEqual(expectedStandards(all)));
    expect(await page.getByLabel('Channel').inputValue()).toBe('');

    const year = all.to.slice(0, 4);
    await page.getByLabel('Period').selectOption('year-to-date');
    await eventually(async () => expect(new URL(page.url()).searchParams.get('period')).toBe('year-to-date'));
    const ytd = await scores(`?from=${year}-01-01&to=${all.to}`);
    await eventually(async () => expect(await readStandards(page)).toEqual(expectedStandards(ytd)));

    await page.getByLabel('Order').selectOption('score');
    const byScore = [...ytd.standards].sort((a, b) => (b.score ?? -1) - (a.score ?? -1)).map((s) => s.id);
    await eventually(async () => expect((await readStandards(page)).map((s) => s.id)).toEqual(byScore));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('score');

    // The year so far is drawn by month until the reader chooses weeks (the number of responses decides).
    expect(await page.getByRole('radio', { name: 'a month' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'a week' }).check();
    await eventually(async () => expect(new URL(page.url()).searchParams.get('interval')).toBe('week'));
    const trend = await fx.api<TrendResult>(`/api/v1/scores/trend?interval=week&from=${year}-01-01&to=${all.to}`);
    const firstChart = page.locator('mv-dashboard-trend-chart').first();
    await eventually(async () =>
      expect(await firstChart.locator('tbody tr').count()).toBe(trend.series[0]!.points.length),
    );
    await context.close();
  });

  it('takes a custom range, and refuses one that ends before it starts', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken);
    await page.getByLabel('Period').selectOption('custom');
    const all = await scores();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(all.from);
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(all.to);

    await page.getByLabel('From', { exact: true }).fill(all.to);
    await page.getByLabel('To', { exact: true }).fill(all.from);
    await page.getByRole('button', { name: 'Apply range' }).click();
    await page.getByRole('alert').filter({ hasText: 'The start date must be on or before the end date.' }).waitFor();

    const from = `${all.to.slice(0, 4)}-02-01`;
    const to = `${all.to.slice(0, 4)}-04-30`;
    await page.getByLabel('From', { exact: true }).fill(from);
    await page.getByLabel('To', { exact: true }).fill(to);
    await page.getByRole('button', { name: 'Apply range' }).click();
    await eventually(async () => expect(new URL(page.url()).search).toBe(`?period=custom&from=${from}&to=${to}`));
    const api = await scores(`?from=${from}&to=${to}`);
    await eventually(async () => expect(await readStandards(page)).toEqual(expectedStandards(api)));
    await context.close();
  });

  it('shows the response rate with its answers and offers, in English and Spanish, and says when nothing was offered', async () => {
    const { context, page } = await fx.newPage();
    // The demo's whole year, whatever today's date: enough offers for thousands to be grouped.
    const { to } = await scores();
    const from = addDays(to, -364);
    await signIn(page, fx.server.url, fx.adminToken, `?period=custom&from=${from}&to=${to}`);
    const api = await scores(`?from=${from}&to=${to}`);
    // The demo data counts offers beside its answers.
    expect(api.responseRate).toBeGreaterThan(0.1);
    expect(api.responseRate).toBeLessThan(0.25);
    expect(api.offered).toBeGreaterThan(10_000);
    const rate = Math.round(100 * api.responseRate!);
    const line = page.locator('#response-rate');
    const shown = async () => (await line.textContent())?.replace(/\s+/g, ' ').trim();
    await eventually(async () =>
      expect(await shown()).toBe(
        `Response rate ${rate}% — ${api.responses.toLocaleString('en-US')} answers of ${api.offered.toLocaleString('en-US')} offers`,
      ),
    );
    await page.getByRole('button', { name: 'Español' }).click();
    // Spanish groups thousands with a point (and not four-digit numbers), with a space before %.
    const offersEs = api.offered.toLocaleString('es');
    expect(offersEs).toMatch(/^\d{2,3}\.\d{3}$/);
    await eventually(async () =>
      expect(await shown()).toBe(
        `Tasa de respuesta ${rate} % — ${api.responses.toLocaleString('es')} respuestas de ${offersEs} encuestas ofrecidas`,
      ),
    );
    await context.close();

    // Answers by phone that no page or link offered: no rate, and the page says why.
    const few = await fx.newPage();
    await signIn(few.page, fx.server.url, fx.adminToken, `?department=${SMALL_DEPARTMENT}`);
    expect(await scores(`?department=${SMALL_DEPARTMENT}`)).toMatchObject({ offered: 0, responseRate: null });
    await eventually(async () =>
      expect((await few.page.locator('#response-rate').textContent())?.trim()).toBe(
        'Response rate: no offers counted in this view (the survey was not seen on a page or opened from a link).',
      ),
    );
    expect(await few.page.getByText(/Response rate \d/).count()).toBe(0);
    await few.context.close();
  });

  it('shows no number for a suppressed standard and marks few responses', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken, `?department=${SMALL_DEPARTMENT}`);
    const api = await scores(`?department=${SMALL_DEPARTMENT}`);
    expect(api.responses).toBe(SMALL_DEPARTMENT_RESPONSES);
    const shown = await readStandards(page);
    expect(shown).toEqual(expectedStandards(api));
    const suppressed = shown.filter((s) => s.suppressed);
    expect(suppressed.length).toBe(8);
    for (const row of suppressed) {
      const cell = await page.locator(`tr[data-standard="${row.id}"] .score-cell`).textContent();
      expect(cell?.trim()).toBe('fewer than 10 responses');
      expect(await page.locator(`tr[data-standard="${row.id}"] svg`).count()).toBe(0);
    }
    expect(
      shown
        .filter((s) => s.few)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['asking-and-listening', 'knowing-our-business', 'positive-experience']);
    await context.close();
  });
});

describe('the survey filter', () => {
  it("offers the server's surveys, in its order, and names the chosen one in words", async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken);
    const { surveys } = (await (await fetch(`${fx.server.url}/api/v1/surveys`)).json()) as SurveyList;
    await eventually(async () =>
      expect(await readSurveyOptions(page)).toEqual(surveys.map((s) => ({ id: s.id, label: s.title.en }))),
    );
    await page.getByLabel('Survey').selectOption(surveys[1]!.id);
    await eventually(async () =>
      expect(await page.locator('.filters-in-words').textContent()).toContain(`Survey: ${surveys[1]!.title.en}`),
    );
    await context.close();
  });

  it("shows a city catalogue's own surveys and titles, not the bundled default ones", async () => {
    const citySurveys = [
      {
        ...defaultCatalogue.surveys.find((s) => s.id === 'full')!,
        title: { en: 'Permit counter visit', es: 'Visita a la ventanilla de permisos' },
      },
      {
        ...defaultCatalogue.surveys.find((s) => s.id === 'quick')!,
        id: 'kiosk',
        title: { en: 'Rate your visit', es: 'Califique su atención' },
      },
    ];
    const city = await startCityServer({ ...defaultCatalogue, surveys: citySurveys });
    const { context, page } = await fx.newPage();
    try {
      await signIn(page, city.url, city.token, '?survey=kiosk');
      await page.getByRole('button', { name: 'Español' }).click();
      await eventually(async () =>
        expect(await readSurveyOptions(page)).toEqual([
          { id: 'full', label: 'Visita a la ventanilla de permisos' },
          { id: 'kiosk', label: 'Califique su atención' },
        ]),
      );
      expect(await page.getByLabel('Encuesta').inputValue()).toBe('kiosk');
      expect(await page.locator('.filters-in-words').textContent()).toContain('Encuesta: Califique su atención');
    } finally {
      await context.close();
      await city.close();
    }
  });
});

describe('comments', () => {
  it('shows markup in a comment as text and runs none of it', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken);
    await page.getByLabel('Search comments').fill('injected-marker');
    await page.getByLabel('Search comments').press('Enter');
    await eventually(async () => expect(new URL(page.url()).searchParams.get('q')).toBe('injected-marker'));
    const text = page.locator('li[data-comment] .text');
    await eventually(async () => expect(await text.allTextContents()).toEqual([HOSTILE_COMMENT]));
    expect(await page.locator('mv-dashboard-comments img, mv-dashboard-comments script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __mvInjected?: boolean }).__mvInjected)).toBeUndefined();
    await context.close();
  });

  it('lists comments newest first, like the API', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken);
    const api = await fx.api<CommentsPage>('/api/v1/comments?limit=20');
    expect(api.total).toBeGreaterThan(20);
    await eventually(async () =>
      expect(
        await page
          .locator('li[data-comment]')
          .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.comment)),
      ).toEqual(api.items.map((item) => item.id)),
    );
    expect(await page.getByText(`Showing 20 of ${api.total.toLocaleString('en-US')} comments`).count()).toBe(1);

    const next = await fx.api<CommentsPage>('/api/v1/comments?limit=20&offset=20');
    await page.getByRole('button', { name: 'Show more comments' }).click();
    await eventually(async () =>
      expect(
        await page
          .locator('li[data-comment]')
          .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.comment)),
      ).toEqual([...api.items, ...next.items].map((item) => item.id)),
    );
    await context.close();
  });
});

describe('CSV download', () => {
  it("downloads the current view's export with the token", async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken, `?department=${SMALL_DEPARTMENT}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^mv-feedback-\\d{4}-\\d{2}-\\d{2}-to-\\d{4}-\\d{2}-\\d{2}-${SMALL_DEPARTMENT}\\.csv$`),
    );
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,receivedAt,survey,locale,department,channel,interaction,.*,comment,verified$/);
    expect(lines.length).toBe(1 + SMALL_DEPARTMENT_RESPONSES);
    expect(lines.slice(1).every((line) => line.includes(`,${SMALL_DEPARTMENT},phone,`))).toBe(true);
    await context.close();
  });
});

describe('a department-scoped token', () => {
  it('sees only its department, and the filters say so', async () => {
    const { context, page } = await fx.newPage();
    // Even a link naming another department shows the token's own.
    await signIn(page, fx.server.url, fx.permitsToken, '?department=library');
    await page.getByText('Your token shows only Building permits.').waitFor();
    expect(await page.locator('select#department').count()).toBe(0);
    const own = await fx.api<ScoresResult>('/api/v1/scores', fx.permitsToken);
    const permits = await scores(`?from=${own.from}&to=${own.to}&department=permits`);
    expect(own.responses).toBe(permits.responses);
    await eventually(async () => expect(await readStandards(page)).toEqual(expectedStandards(permits)));
    await context.close();
  });
});

describe('accessibility and layout', () => {
  it('has no WCAG A/AA violation on the sign-in form, the signed-in view, and in Spanish', async () => {
    const { context, page } = await fx.newPage();
    await page.goto(`${fx.server.url}/dashboard`);
    await page.getByLabel('Staff token').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await signIn(page, fx.server.url, fx.adminToken);
    await page.locator('mv-dashboard-trend-chart summary').first().click();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Resultados por estándar' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('fits 768 px and 1280 px without horizontal scrolling', async () => {
    for (const width of [768, 1280]) {
      const { context, page } = await fx.newPage({ width, height: 1000 });
      await signIn(page, fx.server.url, fx.adminToken);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `page at ${width} px`).toBeLessThanOrEqual(0);
      const tableOverflow = await page
        .locator('mv-dashboard-standards .scroll')
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(tableOverflow, `table at ${width} px`).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it('prints the scores without the controls', async () => {
    const { context, page } = await fx.newPage();
    await signIn(page, fx.server.url, fx.adminToken, '?department=permits');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Download CSV' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Channel').isVisible()).toBe(false);
    expect(await page.locator('.filters-in-words').textContent()).toContain('Department: Building permits');
    expect(await page.locator('tr[data-standard]').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('screenshots for the README', () => {
  it('takes docs/dashboard.png: a year of scores with monthly trends', async () => {
    const { context, page } = await fx.newPage({ width: 1280, height: 1600 });
    await signIn(page, fx.server.url, fx.adminToken, '?period=year-to-date&interval=month');
    await page.locator('mv-dashboard-trend-chart svg circle.dot').first().waitFor();
    await saveScreenshot(page, 'dashboard.png');
    await context.close();
  });

  it('takes docs/widget.png: the survey on the example city page', async () => {
    const { context, page } = await fx.newPage({ width: 1024, height: 1000 });
    await page.goto(`${fx.server.url}/demo/`);
    const widget = page.locator('mv-feedback:not([mode="button"])');
    await widget.locator('input[type="radio"]').first().waitFor();
    // The widget with the page's heading above it, as a resident sees it.
    await widget.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -160);
    });
    await saveScreenshot(page, 'widget.png');
    await context.close();
  });

  it('takes docs/widget-phone.png: the same survey on a 360 px phone, one answer chosen', async () => {
    const { context, page } = await fx.newPage({ width: 360, height: 740 });
    await page.goto(`${fx.server.url}/demo/`);
    const widget = page.locator('main mv-feedback');
    await widget.locator('input[type="radio"]').first().waitFor();
    await widget.getByRole('radio').nth(3).check();
    await widget.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'widget-phone.png');
    await context.close();
  });
});
