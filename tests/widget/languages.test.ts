// The widget's Spanish interface texts live beside the drop-in bundle
// (mv-feedback-es.js) and load only for a page that asks for Spanish: from the
// bundle's own origin, under a strict CSP, on a page of another origin; an
// English page never asks for them; a page that cannot have them gets the
// survey in English rather than nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consoleErrors, isScriptButFollowUp, startHarness, type Harness } from './harness.js';
import { startHostPageServer, type HostPageServer } from './host-page-server.js';

let h: Harness;
let host: HostPageServer;

beforeAll(async () => {
  host = await startHostPageServer(() => h.server.url);
  h = await startHarness({ MV_ALLOWED_ORIGINS: host.url });
});
afterAll(async () => {
  await h?.close();
  await host?.close();
});

const widget = (p: Page) => p.locator('mv-feedback');

/** Every script the page fetched, by URL, but the fields of "contact me", which the host page's department loads. */
function scriptRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => isScriptButFollowUp(request) && urls.push(request.url()));
  return urls;
}

/** CSP violations Chromium reports in the console. */
function cspReports(page: Page): string[] {
  const reports: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && reports.push(m.text()));
  return reports;
}

async function answerAndSend(page: Page, agree: string, send: string, comment: string): Promise<string> {
  await widget(page).getByLabel(agree, { exact: true }).first().check();
  await widget(page).locator('textarea').fill(comment);
  await widget(page).getByRole('button', { name: send }).click();
  await expect.poll(() => h.rows().then((rows) => rows.some((r) => r.comment === comment))).toBe(true);
  // The row commits before the answer reaches the page: wait until the widget has stopped sending.
  const status = widget(page).locator('[part=status]');
  await expect.poll(async () => (await status.textContent())?.endsWith('…')).toBe(false);
  return (await status.textContent()) ?? '';
}

describe('the Spanish texts beside the bundle', () => {
  it('load from the mv-feedback server for a Spanish page of another origin, under a strict CSP', async () => {
    const page = await h.browser.newPage();
    const errors = consoleErrors(page);
    const csp = cspReports(page);
    const scripts = scriptRequests(page);
    await page.goto(`${host.url}/plain.html?script=remote&lang=es`);
    expect(await widget(page).locator('[part=title]').textContent()).toBe('Califique su llamada');
    expect(await widget(page).locator('.widget').getAttribute('lang')).toBe('es');
    expect(await widget(page).locator('fieldset').first().locator('label').allTextContents()).toEqual([
      'Muy en desacuerdo',
      'En desacuerdo',
      'Ni de acuerdo ni en desacuerdo',
      'De acuerdo',
      'Muy de acuerdo',
      'No corresponde',
    ]);
    const status = await answerAndSend(page, 'De acuerdo', 'Enviar', 'desde otro origen');
    expect(status).toBe('Gracias por su opinión.');
    expect((await h.rows()).find((r) => r.comment === 'desde otro origen')).toMatchObject({ locale: 'es' });
    expect(scripts).toEqual([`${h.server.url}/mv-feedback.js`, `${h.server.url}/mv-feedback-es.js`]);
    expect(csp).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('are never fetched by an English page, which shows the survey from the bundle alone', async () => {
    const page = await h.browser.newPage();
    const scripts = scriptRequests(page);
    await page.goto(`${host.url}/plain.html?script=remote`);
    expect(await widget(page).getByRole('button', { name: 'Send' }).count()).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([`${h.server.url}/mv-feedback.js`]);
    await page.close();
  });

  it('load when the page turns to Spanish while the survey is open', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${host.url}/plain.html`);
    await widget(page).getByRole('button', { name: 'Send' }).waitFor();
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'es-MX'));
    await widget(page).getByRole('button', { name: 'Enviar' }).waitFor();
    expect(await widget(page).locator('[part=title]').textContent()).toBe('Califique su llamada');
    await page.close();
  });

  it('when they cannot be loaded, leave a Spanish page the whole survey in English, which still sends', async () => {
    const page = await h.browser.newPage();
    await page.route('**/mv-feedback-es.js', (route) => route.abort('connectionrefused'));
    await page.goto(`${host.url}/plain.html?lang=es`);
    expect(await widget(page).locator('[part=title]').textContent()).toBe('Rate your call');
    // Marked as English, so a screen reader reads it as English.
    expect(await widget(page).locator('.widget').getAttribute('lang')).toBe('en');
    expect(await widget(page).locator('fieldset').first().locator('legend').textContent()).toBe(
      'Staff listened to me and understood what I needed.',
    );
    const status = await answerAndSend(page, 'Agree', 'Send', 'spanish texts unreachable');
    expect(status).toBe('Thank you for your feedback.');
    expect((await h.rows()).find((r) => r.comment === 'spanish texts unreachable')).toMatchObject({ locale: 'en' });
    await page.close();
  });
});

describe('GET /mv-feedback-es.js', () => {
  it('is a script any site may load, as the bundle is', async () => {
    const bundle = await fetch(`${h.server.url}/mv-feedback.js`);
    const spanish = await fetch(`${h.server.url}/mv-feedback-es.js`);
    expect(spanish.status).toBe(200);
    expect(spanish.headers.get('content-type')).toMatch(/^text\/javascript/);
    for (const header of ['access-control-allow-origin', 'cross-origin-resource-policy']) {
      expect(spanish.headers.get(header), header).toBe(bundle.headers.get(header));
    }
    expect(await spanish.text()).toContain('"Enviar"');
  });
});
