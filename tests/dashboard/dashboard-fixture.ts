// One real server (temp libSQL file, seeded once), tokens and one Chromium for the dashboard tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import type { Catalogue, ScoresResult } from '@mv-feedback/scoring';
import {
  createStaffToken,
  loadConfig,
  seedDemoData,
  startServer,
  type RunningServer,
  type ServerConfig,
} from '@mv-feedback/server';

export { saveScreenshot } from '../support/screenshots.js';

/** The viewports the manager's tests read the dashboard in: a laptop and a phone. */
export const LAPTOP = { width: 1366, height: 768 };
export const PHONE = { width: 360, height: 740 };

/** One query parameter of the page's address, as the dashboard keeps its view state there. */
export const urlParam = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);

/** How far the page scrolls sideways (0 when it fits its viewport). */
export const pageOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A department with a dozen quick-survey answers: three standards "few responses", the rest suppressed. */
export const SMALL_DEPARTMENT = 'harbor-office';
export const SMALL_DEPARTMENT_RESPONSES = 12;
/** A comment that would run script if it were ever treated as markup. */
export const HOSTILE_COMMENT =
  'injected-marker <script>window.__mvInjected = true</script><img src="x" onerror="window.__mvInjected = true"> & done';

export interface DashboardFixture {
  server: RunningServer;
  config: ServerConfig;
  adminToken: string;
  permitsToken: string;
  browser: Browser;
  /** A staff API answer, fetched the way the dashboard does. */
  api<T>(path: string, token?: string): Promise<T>;
  /** A fresh tab in the city's time zone, so "today" matches the server's. */
  newPage(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

const post = async (url: string, body: unknown) => {
  const response = await fetch(`${url}/api/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`seed POST: ${response.status} ${await response.text()}`);
};

export async function startDashboardFixture(): Promise<DashboardFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-dashboard-'));
  const config = loadConfig({ env: { MV_RATE_LIMIT: '0' }, flags: { db: `file:${join(dir, 'feedback.db')}` } });
  const server = await startServer(config, { port: 0, demo: true });
  await seedDemoData(server.db, config, { count: 3000, now: new Date(), seed: 7 });
  for (let i = 0; i < SMALL_DEPARTMENT_RESPONSES; i++) {
    await post(server.url, {
      id: crypto.randomUUID(),
      survey: 'quick',
      answers: { listened: 5 - (i % 3), positive: 4, accurate: 2 + (i % 4) },
      context: { department: SMALL_DEPARTMENT, channel: 'phone' },
      locale: 'en',
    });
  }
  await post(server.url, {
    id: crypto.randomUUID(),
    survey: 'quick',
    answers: { listened: 4 },
    comment: HOSTILE_COMMENT,
    context: { department: 'permits', channel: 'web' },
    locale: 'en',
  });
  const adminToken = await createStaffToken(server.db, { name: 'Dashboard test admin', role: 'admin' });
  const permitsToken = await createStaffToken(server.db, {
    name: 'Permits desk',
    role: 'viewer',
    department: 'permits',
  });
  const browser = await launchChromium();
  return {
    server,
    config,
    adminToken,
    permitsToken,
    browser,
    async api<T>(path: string, token = adminToken) {
      const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return (await response.json()) as T;
    },
    async newPage(viewport = { width: 1280, height: 900 }) {
      const context = await browser.newContext({
        viewport,
        timezoneId: config.timezone,
        locale: 'en-US',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      return { context, page };
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A second, empty server that loads a city's own catalogue from a file (MV_CATALOGUE), with an admin token. */
export async function startCityServer(
  catalogue: Catalogue,
): Promise<{ url: string; token: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-dashboard-city-'));
  const file = join(dir, 'city-catalogue.json');
  writeFileSync(file, JSON.stringify(catalogue));
  const config = loadConfig({
    env: { MV_CATALOGUE: file, MV_RATE_LIMIT: '0' },
    flags: { db: `file:${join(dir, 'city.db')}` },
  });
  const server = await startServer(config, { port: 0, writerThread: false });
  const token = await createStaffToken(server.db, { name: 'City admin', role: 'admin' });
  return {
    url: server.url,
    token,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The survey filter's choices after "All surveys": value and visible label. */
export function readSurveyOptions(page: Page): Promise<{ id: string; label: string }[]> {
  return page
    .locator('select#survey option:not([value=""])')
    .evaluateAll((options) =>
      options.map((o) => ({ id: (o as HTMLOptionElement).value, label: o.textContent?.trim() ?? '' })),
    );
}

/** Opens the dashboard (with a query string) and signs in with a token. */
export async function signIn(page: Page, url: string, token: string, search = ''): Promise<void> {
  await page.goto(`${url}/dashboard${search}`);
  await page.getByLabel('Staff token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForData(page);
}

/** Waits until the dashboard shows a full standards table, or the departments compared, and is not loading. */
export async function waitForData(page: Page): Promise<void> {
  await page.locator('[aria-busy="false"] :is(tr[data-standard], tr[data-department])').first().waitFor();
}

export interface ShownStandard {
  id: string;
  score: string | null;
  interval: string | null;
  n: string | null;
  suppressed: string | null;
  few: boolean;
}

/** What the standards table shows, row by row (Playwright's locators pierce the shadow roots). */
export function readStandards(page: Page): Promise<ShownStandard[]> {
  return page.locator('tr[data-standard]').evaluateAll((rows) =>
    rows.map((row) => ({
      id: (row as HTMLElement).dataset.standard ?? '',
      score: row.querySelector('.score')?.textContent?.trim() ?? null,
      interval: row.querySelector('.interval')?.textContent?.trim() ?? null,
      n: row.querySelector('.n')?.textContent?.trim() ?? null,
      suppressed: row.querySelector('.suppressed')?.textContent?.trim() ?? null,
      few: row.querySelector('.few') !== null,
    })),
  );
}

/** What the table must show for an API answer, in English. */
export function expectedStandards(result: ScoresResult): ShownStandard[] {
  const pct = (value: number | null) => `${Math.round(value ?? Number.NaN)}%`;
  return result.standards.map((s) => ({
    id: s.id,
    score: s.suppressed ? null : pct(s.score),
    interval: s.suppressed ? null : `${pct(s.ciLow)} to ${pct(s.ciHigh)}`,
    n: s.n.toLocaleString('en-US'),
    suppressed: s.suppressed ? `fewer than ${result.minN} responses` : null,
    few: !s.suppressed && s.n < 30,
  }));
}

/** Polls until `check` passes or the deadline passes (then its last error is thrown). */
export async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
