// The fields of "contact me" are a chunk beside the bundle (docs/design.md §12),
// fetched from the real server in Chromium only where a survey offers them:
// never at a kiosk's counter; and when the chunk cannot be fetched, the
// resident is told so and the answers are still stored, without contact details.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FOLLOW_UP_CHUNK, useHarness, waitFor } from './harness.js';

const h = useHarness();

const widget = (p: Page) => p.locator('main mv-feedback');
// After a failure the widget asks again at `?1`, `?2` … (build/retry-failed-imports.mjs).
const isChunk = (url: string) => new URL(url).pathname.endsWith(`/${FOLLOW_UP_CHUNK}`);

/** A demo page, with the URLs it fetched; the chunk refused when `refuseChunk`. */
async function open(path: string, { refuseChunk = false } = {}) {
  const page = await h().browser.newPage({ viewport: { width: 360, height: 740 } });
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  if (refuseChunk)
    await page.route(
      (url) => isChunk(url.href),
      (route) => route.abort('connectionrefused'),
    );
  await page.goto(`${h().server.url}${path}`);
  await widget(page).locator('fieldset').first().waitFor();
  return { page, chunkFetched: () => fetched.some(isChunk) };
}

describe('the chunk of the fields of "contact me"', () => {
  it('is fetched once the resident starts answering a survey that offers them, before anyone ticks the box', async () => {
    const { page, chunkFetched } = await open('/demo/');
    await page.waitForLoadState('networkidle');
    // A visitor who reads the page and never touches the survey downloads no fields.
    expect(chunkFetched()).toBe(false);
    await widget(page).getByRole('radio', { name: 'Strongly agree' }).first().check();
    await waitFor(chunkFetched);
    expect(await widget(page).getByRole('checkbox').isChecked()).toBe(false);
    // Ticked, the fields are there at once.
    await widget(page).getByRole('checkbox').check();
    await widget(page)
      .getByRole('textbox', { name: /e-mail/i })
      .waitFor();
    await page.close();
  });

  it('is never fetched by a kiosk, which does not offer them', async () => {
    const { page, chunkFetched } = await open('/demo/kiosk.html');
    expect(await widget(page).getAttribute('department')).toBe('permits');
    await page.waitForLoadState('networkidle');
    expect(chunkFetched()).toBe(false);
    expect(await widget(page).getByRole('checkbox').count()).toBe(0);
    await page.close();
  });

  it('when it cannot be fetched, says so when the box is ticked, and the answers are still stored', async () => {
    const { page } = await open('/demo/', { refuseChunk: true });
    const w = widget(page);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/responses')) sent.push(request.postData()!);
    });
    await w.getByRole('radio', { name: 'Strongly agree' }).first().check();
    await w.getByRole('checkbox', { name: 'I would like someone from the city to contact me about this' }).check();
    const notice = w.getByRole('alert').filter({ hasText: 'The contact form could not be loaded' });
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      'The contact form could not be loaded. Your answers will be sent without it.',
    );
    // The line under the title still says no one will reply: no request to be contacted can go.
    expect(await w.locator('p.muted').first().textContent()).not.toContain('You asked to be contacted');

    await w.locator('[part~=send]').click();
    await waitFor(async () => ((await w.locator('[part=status]').textContent()) ?? '').startsWith('Thank you'));
    expect(await w.locator('[part=status]').textContent()).not.toContain('will contact you');
    const body = JSON.parse(sent[0]!) as { id: string; followUp?: unknown };
    expect(body).not.toHaveProperty('followUp');
    expect((await h().rows()).map((row) => row.id)).toContain(body.id);
    await page.close();
  });

  it('is asked for again when the box is ticked once more, and the fields come', async () => {
    const { page } = await open('/demo/', { refuseChunk: true });
    const w = widget(page);
    const contactMe = w.getByRole('checkbox', { name: 'I would like someone from the city to contact me about this' });
    await w.getByRole('radio', { name: 'Strongly agree' }).first().check();
    await contactMe.check();
    await w.getByRole('alert').filter({ hasText: 'The contact form could not be loaded' }).waitFor();

    await page.unrouteAll();
    await contactMe.uncheck();
    await contactMe.check();
    await w.getByRole('textbox', { name: 'E-mail' }).waitFor();
    expect(await w.getByRole('alert').filter({ hasText: 'The contact form could not be loaded' }).count()).toBe(0);
    await page.close();
  });
});

describe('the server', () => {
  const dist = new URL('../../packages/widget/dist/', import.meta.url);

  it('serves every file the drop-in build emits beside the bundle, to any site, as the bundle', async () => {
    const files = readdirSync(dist).filter((file) => /^mv-feedback(-[\w-]+)?\.js$/.test(file));
    expect(files).toContain(FOLLOW_UP_CHUNK);
    const bundle = await fetch(`${h().server.url}/mv-feedback.js`);
    for (const file of files) {
      const answer = await fetch(`${h().server.url}/${file}`);
      expect(answer.status, file).toBe(200);
      expect(answer.headers.get('content-type'), file).toMatch(/^text\/javascript/);
      expect(answer.headers.get('access-control-allow-origin'), file).toBe(
        bundle.headers.get('access-control-allow-origin'),
      );
      if (file === FOLLOW_UP_CHUNK) expect(await answer.text()).toBe(readFileSync(new URL(file, dist), 'utf8'));
    }
  });
});
