// The widget embedded in someone else's page: served from another origin
// than the API, under a strict Content-Security-Policy, and beside hostile
// global CSS. Host pages come from tests/widget/fixtures via a small server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consoleErrors, startHarness, type Harness } from './harness.js';
import { startHostPageServer, type HostPageServer } from './host-page-server.js';

let h: Harness;
let host: HostPageServer;
let hostUrl: string;

beforeAll(async () => {
  host = await startHostPageServer(() => h.server.url);
  hostUrl = host.url;
  h = await startHarness({ MV_ALLOWED_ORIGINS: hostUrl });
});
afterAll(async () => {
  await h?.close();
  await host?.close();
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
    // Its impression went the same way, to the endpoint the CSP allows; the catalogue lists no "parks",
    // so it counts under no department.
    await expect
      .poll(async () => (await h.offers()).find((o) => o.channel === 'phone'))
      .toEqual({ survey: 'quick', department: '', channel: 'phone', offers: 1 });
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
