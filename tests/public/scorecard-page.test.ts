// The public scorecard as a resident opens it: Chromium with JavaScript off,
// a 320 px phone, English and Spanish, the page's own CSP (docs/design.md §13).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { launchChromium } from '../support/chromium.js';
import { saveScreenshot } from '../support/screenshots.js';
import { startPublicReportServer, type PublicReportServer } from '../server/public-report-fixture.js';

let report: PublicReportServer;

/**
 * axe at 320 px. axe itself is a script, so it runs in a tab with JavaScript
 * on; the page has no script of its own to run there (see the tests with it off).
 */
async function axeAt320(path: string, locale = 'en-US'): Promise<string[]> {
  const { context, page } = await open(path, { locale, javaScript: true });
  expect(await page.locator('script').count()).toBe(0);
  const violations = await axeViolations(page);
  await context.close();
  return violations;
}
let browser: Browser;

beforeAll(async () => {
  report = await startPublicReportServer();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await report?.close();
});

async function open(path: string, { width = 320, locale = 'en-US', javaScript = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: javaScript, locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const answer = await page.goto(`${report.url}${path}`);
  return { context, page, answer, errors };
}

describe('/scorecard without JavaScript', () => {
  it('shows every standard of the last ended quarter for the city, its interval written, axe-clean at 320 px', async () => {
    const { context, page, answer, errors } = await open('/scorecard');
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h2').first().textContent()).toContain('FY2027-Q1 (July–September 2026)');
    const rows = page.locator('table.scores tbody tr');
    expect(await rows.count()).toBe(11);
    const listened = rows.filter({ hasText: 'Asking and listening' });
    expect(await listened.textContent()).toMatch(/80 %\s*likely between \d+ % and \d+ %/);
    expect(await listened.locator('td.n').textContent()).toBe('122');
    expect(await page.locator('table.scores caption').textContent()).toContain('The whole city, FY2027-Q1');
    expect(await page.getByText('About these numbers').count()).toBe(1);
    // Nothing wider than the phone: no sideways scrolling (WCAG 2.2 1.4.10).
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeAt320('/scorecard')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('picks a department and quarter with a plain form, and says why a figure is hidden', async () => {
    const { context, page } = await open('/scorecard');
    await page.selectOption('select[name="department"]', 'library');
    await page.selectOption('select[name="quarter"]', 'FY2027-Q1');
    await Promise.all([page.waitForURL(/department=library/), page.click('button[type="submit"]')]);
    const listened = page.locator('table.scores tbody tr').filter({ hasText: 'Asking and listening' });
    expect(await listened.textContent()).toContain('Not shown: fewer than 30 answers');
    expect(await listened.locator('.share').count()).toBe(0);
    expect(await axeAt320('/scorecard?department=library&quarter=FY2027-Q1')).toEqual([]);
    await page.goto(`${report.url}/scorecard?department=permits&quarter=FY2027-Q1`);
    const permits = page.locator('table.scores tbody tr').filter({ hasText: 'Asking and listening' });
    expect(await permits.textContent()).toContain('so that a smaller group’s answers cannot be worked out');
    await context.close();
  });

  it('speaks Spanish by Accept-Language and by ?lang=es, axe-clean at 320 px', async () => {
    for (const [path, locale] of [
      ['/scorecard', 'es-MX'],
      ['/scorecard?lang=es', 'en-US'],
    ] as const) {
      const { context, page } = await open(path, { locale });
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      expect(await page.locator('h1').textContent()).toBe('Cómo lo estamos haciendo');
      expect(await page.locator('h2').first().textContent()).toContain('(julio–septiembre 2026)');
      expect(await page.getByText('Sobre estas cifras').count()).toBe(1);
      expect(await page.locator('a[hreflang="en"]').textContent()).toBe('English');
      await context.close();
      expect(await axeAt320(path, locale)).toEqual([]);
    }
  });

  it('answers 404 with a page in the resident’s language for a department or quarter it does not have', async () => {
    for (const query of ['?department=nowhere', '?quarter=FY2027-Q2&lang=es']) {
      const answer = await fetch(`${report.url}/scorecard${query}`);
      expect(answer.status, query).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    const { context, page } = await open('/scorecard?quarter=FY2027-Q2', { locale: 'es-MX' });
    expect(await page.locator('h1').textContent()).toBe('No está en la tabla de resultados');
    await Promise.all([page.waitForURL(/\/scorecard\?lang=es$/), page.click('main a')]);
    expect(await page.locator('h1').textContent()).toBe('Cómo lo estamos haciendo');
    await context.close();
    expect(await axeAt320('/scorecard?department=nowhere')).toEqual([]);
  });

  it('makes the screenshot of docs/publishing-results.md', async () => {
    const { context, page } = await open('/scorecard', { width: 900 });
    await saveScreenshot(page, 'scorecard.png');
    await context.close();
  });
});
