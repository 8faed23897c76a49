// The widget embedded in someone else's page: served from another origin
// than the API, under a strict Content-Security-Policy, and beside hostile
// global CSS. Host pages come from tests/widget/fixtures via a small server.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consoleErrors, startHarness, type Harness } from './harness.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const bundle = new URL('../../packages/widget/dist/mv-feedback.js', import.meta.url);

let h: Harness;
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  // The host page's server: its own origin, a strict CSP on every page.
  host = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const csp = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${h.server.url}; img-src 'self'`;
    if (path === '/mv-feedback.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(bundle));
    } else if (path.endsWith('.css')) {
      res.writeHead(200, { 'content-type': 'text/css' }).end(readFileSync(fixture(path.slice(1))));
    } else if (path === '/plain.html' || path === '/hostile.html') {
      const html = readFileSync(fixture('host-page.html'), 'utf8')
        .replace('{{CSS}}', path === '/plain.html' ? 'plain.css' : 'hostile.css')
        .replace('{{ENDPOINT}}', h.server.url);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(html);
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  h = await startHarness({ MV_ALLOWED_ORIGINS: hostUrl });
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => host?.close(resolve));
});

const widget = (p: Page) => p.locator('mv-feedback');

/** Sizes and places of what the resident sees, relative to the card, with the text styles that matter. */
const layout = (p: Page) =>
  widget(p).evaluate((el) => {
    const root = el.shadowRoot!;
    const card = root.querySelector('[part=base]')!.getBoundingClientRect();
    return [...root.querySelectorAll('h2, p, legend, label, input, textarea, button')].map((node) => {
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      return [
        node.tagName,
        Math.round(box.x - card.x),
        Math.round(box.y - card.y),
        Math.round(box.width),
        Math.round(box.height),
        style.fontFamily,
        style.color,
        style.textTransform,
        style.letterSpacing,
        style.display,
      ].join(' ');
    });
  });

async function sendOne(page: Page, comment: string): Promise<void> {
  await widget(page).getByLabel('Strongly agree').first().check();
  await widget(page).locator('textarea').fill(comment);
  await widget(page).locator('[part~=send]').click();
  await expect.poll(() => widget(page).locator('[part=status]').textContent()).toMatch(/^Thank you/);
}

describe('embedded on another origin', () => {
  it('works under a strict CSP with no console error, across origins', async () => {
    const page = await h.browser.newPage();
    const errors = consoleErrors(page);
    const cspReports: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && cspReports.push(m.text()));
    await page.goto(`${hostUrl}/plain.html`);
    await widget(page).locator('fieldset').first().waitFor();
    // The server's definition replaced the bundled one (a cross-origin GET the CSP allows).
    await page.waitForLoadState('networkidle');
    await sendOne(page, 'from another origin under CSP');
    const row = (await h.rows()).find((r) => r.comment === 'from another origin under CSP');
    expect(row).toMatchObject({ department: 'parks', channel: 'phone' });
    expect(cspReports).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('looks and works the same beside hostile global CSS', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1000, height: 900 } });
    // The same rotating question on both loads, so only the host's CSS differs between them.
    await page.addInitScript(() => (Math.random = () => 0.5));
    await page.goto(`${hostUrl}/plain.html`);
    await widget(page).locator('fieldset').first().waitFor();
    const plain = await layout(page);
    await page.goto(`${hostUrl}/hostile.html`);
    await widget(page).locator('fieldset').first().waitFor();
    // The hostile sheet really is applied to the page itself.
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).textTransform)).toBe('uppercase');
    const hostile = await layout(page);
    expect(plain.length).toBeGreaterThan(20);
    expect(hostile).toEqual(plain);
    await sendOne(page, 'beside hostile CSS');
    expect((await h.rows()).some((r) => r.comment === 'beside hostile CSS')).toBe(true);
    await page.close();
  });
});
