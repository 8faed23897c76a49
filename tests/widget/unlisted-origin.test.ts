// A city page whose origin the server does not list in MV_ALLOWED_ORIGINS: the
// browser must be able to read the refusal, so the widget tells the resident
// plainly and for good, and tells the page's owner in the console what to fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.js';
import { startHostPageServer, type HostPageServer } from './host-page-server.js';
import { runPastTwoBackoffSteps } from './past-backoff.js';

let h: Harness;
let host: HostPageServer;

beforeAll(async () => {
  host = await startHostPageServer(() => h.server.url);
  h = await startHarness({ MV_ALLOWED_ORIGINS: 'https://www.city.example.gov' });
});
afterAll(async () => {
  await h?.close();
  await host?.close();
});

const widget = (p: Page) => p.locator('mv-feedback');
const queued = (p: Page) =>
  p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mv-feedback:queue:')).length);

describe('a page whose origin is not allowed', () => {
  it.each([
    ['en', 'Agree', 'This page is not allowed to send feedback. Please contact the city another way.'],
    ['es', 'De acuerdo', 'Esta página no puede enviar opiniones. Comuníquese con la ciudad por otro medio.'],
  ])(
    'in %s: the resident reads a final refusal, the owner a console error, nothing is retried',
    async (lang, agree, text) => {
      const context = await h.browser.newContext();
      await context.clock.install();
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
      const posts: number[] = [];
      // Answers only: the widget also reports one impression, which is not an answer.
      page.on(
        'request',
        (request) =>
          request.method() === 'POST' && request.url().endsWith('/api/v1/responses') && posts.push(Date.now()),
      );
      await page.goto(`${host.url}/plain.html`);
      await widget(page).evaluate((el, l) => el.setAttribute('lang', l), lang);
      await widget(page).getByLabel(agree, { exact: true }).first().check();
      await widget(page).locator('textarea').fill(`from an unlisted origin (${lang})`);
      await widget(page).locator('[part~=send]').click();

      await expect.poll(() => widget(page).locator('[part=error]').textContent()).toBe(text);
      expect(await widget(page).locator('[part=status]').textContent()).toBe('');
      expect(consoleErrors).toContainEqual(
        `mv-feedback: ${h.server.url} refused these answers because this page's origin, ${host.url}, is not in its MV_ALLOWED_ORIGINS. Add ${host.url} to MV_ALLOWED_ORIGINS on that server to accept feedback from this page.`,
      );
      await runPastTwoBackoffSteps(page, h.server.url);
      expect(posts).toHaveLength(1);
      expect(await queued(page)).toBe(0);
      expect(await h.rows()).toEqual([]);
      await context.close();
    },
  );
});
