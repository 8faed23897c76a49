// <mv-scorecard> on a city page of another origin, under that page's strict
// CSP: the bundle and the open data from the mv-feedback server, an
// accessible table, themed by custom properties and ::part (docs/design.md §13).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { launchChromium } from '../support/chromium.js';
import { startPublicReportServer, type PublicReportServer } from '../server/public-report-fixture.js';

let report: PublicReportServer;
let browser: Browser;
let host: Server;
let hostUrl: string;

const THEME = `
mv-scorecard { --mv-scorecard-accent: rgb(150, 0, 0); --mv-scorecard-spacing: 3px; }
mv-scorecard::part(share) { color: rgb(0, 90, 0); }
`;

/** A city's page on its own origin: the element's attributes from the query. */
function cityPage(endpoint: string, query: URLSearchParams): string {
  const attributes = ['lang', 'department']
    .filter((name) => query.has(name))
    .map((name) => ` ${name}="${query.get(name)}"`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>How the city is doing</title>
<link rel="stylesheet" href="/theme.css"><script type="module" src="${endpoint}/mv-scorecard.js"></script></head>
<body><main><h1>How the city is doing</h1><mv-scorecard endpoint="${endpoint}"${attributes}></mv-scorecard></main></body></html>`;
}

beforeAll(async () => {
  report = await startPublicReportServer();
  browser = await launchChromium();
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/theme.css') {
      res.writeHead(200, { 'content-type': 'text/css' }).end(THEME);
    } else if (url.pathname === '/city.html') {
      const csp = `default-src 'none'; script-src ${report.url}; connect-src ${report.url}; style-src 'self'`;
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp })
        .end(cityPage(report.url, url.searchParams));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await report?.close();
});

async function open(query: string, width = 320) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${hostUrl}/city.html?${query}`);
  await page.locator('mv-scorecard table').waitFor();
  return { context, page, errors };
}

describe('<mv-scorecard> on another origin', () => {
  it('draws the last quarter of the whole city as a table, axe-clean at 320 px', async () => {
    const { context, page, errors } = await open('');
    const table = page.locator('mv-scorecard table');
    expect(await table.locator('caption').textContent()).toContain('City of Moreno Valley, FY2027-Q1');
    expect(await table.locator('tbody tr').count()).toBe(11);
    const row = table.locator('tbody tr').filter({ hasText: 'Asking and listening' });
    expect(await row.locator('th').getAttribute('scope')).toBe('row');
    expect(await row.textContent()).toMatch(/80 %\s*likely between \d+ % and \d+ %/);
    expect(await row.locator('td.n').textContent()).toBe('122');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows one department in Spanish, and says why a figure is hidden', async () => {
    const { context, page } = await open('lang=es&department=library');
    const table = page.locator('mv-scorecard table');
    expect(await table.locator('caption').textContent()).toContain('Biblioteca, FY2027-Q1');
    expect(await table.locator('thead').textContent()).toContain('Respuestas');
    const row = table.locator('tbody tr').filter({ hasText: 'Preguntar y escuchar' });
    expect(await row.textContent()).toContain('No se muestra: menos de 30 respuestas');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('takes the page’s theme through custom properties and ::part', async () => {
    const { context, page } = await open('department=utilities');
    const share = page.locator('mv-scorecard .share').first();
    expect(await share.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 90, 0)');
    const band = page.locator('mv-scorecard .band').first();
    expect(await band.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(150, 0, 0)');
    const cell = page.locator('mv-scorecard td').first();
    expect(await cell.evaluate((el) => getComputedStyle(el).paddingTop)).toBe('3px');
    await context.close();
  });
});

describe('the demo city page of results', () => {
  it('shows the city and the Permit Center, in English and in Spanish, axe-clean at 320 px', async () => {
    for (const [path, caption] of [
      ['/demo/results.html', 'Building permits, FY2027-Q1'],
      ['/demo/es/results.html', 'Permisos de construcción, FY2027-Q1'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${report.url}${path}`);
      await page.locator('mv-scorecard[department="permits"] table').waitFor();
      expect(await page.locator('mv-scorecard table').count()).toBe(2);
      expect(await page.locator('mv-scorecard[department="permits"] caption').textContent()).toContain(caption);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
