// Exactly once, offline-safe: the widget on the demo page against the real
// server, with the network taken away, failing, or answering 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { startHarness, type Harness } from './harness.js';
import { runPastTwoBackoffSteps } from './past-backoff.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const widget = (p: Page) => p.locator('main mv-feedback');
const status = (p: Page) => widget(p).locator('[part=status]');
const queued = (p: Page) =>
  p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mv-feedback:queue:')).length);

async function fresh({ fakeClock = false } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext();
  if (fakeClock) await context.clock.install();
  const page = await context.newPage();
  await page.goto(`${h.server.url}/demo/`);
  await widget(page).locator('fieldset').first().waitFor();
  return { context, page };
}

/** Answers one question and a unique comment, presses Send, and returns the comment to find its row by. */
async function answerAndSend(page: Page, comment: string): Promise<string> {
  await widget(page).getByLabel('Agree', { exact: true }).first().check();
  await widget(page).locator('textarea').fill(comment);
  await widget(page).locator('[part~=send]').click();
  return comment;
}

const rowsWith = async (comment: string) => (await h.rows()).filter((row) => row.comment === comment);

describe('delivery', () => {
  it('keeps an answer given offline and sends it once when back online', async () => {
    const { context, page } = await fresh();
    await context.setOffline(true);
    const comment = await answerAndSend(page, 'offline then online');
    await expect
      .poll(() => status(page).textContent())
      .toBe('Your answers are saved on this device. We will send them when you are back online.');
    expect(await queued(page)).toBe(1);
    expect(await rowsWith(comment)).toHaveLength(0);
    await context.setOffline(false);
    await expect.poll(() => status(page).textContent()).toMatch(/^Thank you/);
    expect(await rowsWith(comment)).toHaveLength(1);
    expect(await queued(page)).toBe(0);
    await context.close();
  });

  it('sends on the next page load what a closed page left queued', async () => {
    const { context, page } = await fresh();
    await context.setOffline(true);
    const comment = await answerAndSend(page, 'left in the queue');
    await expect.poll(() => queued(page)).toBe(1);
    await page.close();
    await context.setOffline(false);
    const next = await context.newPage();
    await next.goto(`${h.server.url}/demo/es/`);
    await expect.poll(() => rowsWith(comment).then((rows) => rows.length)).toBe(1);
    await expect.poll(() => queued(next)).toBe(0);
    await context.close();
  });

  it('retries a 503 after its Retry-After and stores the answer once', async () => {
    const { context, page } = await fresh();
    const attempts: number[] = [];
    await page.route('**/api/v1/responses', async (route) => {
      attempts.push(Date.now());
      if (attempts.length === 1) {
        await route.fulfill({
          status: 503,
          headers: { 'Retry-After': '1', 'content-type': 'application/json' },
          body: '{"error":{"code":"storage_unavailable","message":"try later"}}',
        });
      } else {
        await route.continue();
      }
    });
    const comment = await answerAndSend(page, 'server busy once');
    await expect.poll(() => status(page).textContent()).toMatch(/^We could not reach our server/);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/^Thank you/);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(950);
    expect(await rowsWith(comment)).toHaveLength(1);
    await context.close();
  });

  it('never doubles a row when the answer to a stored submission is lost', async () => {
    const { context, page } = await fresh();
    let attempts = 0;
    await page.route('**/api/v1/responses', async (route) => {
      attempts += 1;
      if (attempts === 1) {
        await route.fetch(); // the server stores it…
        await route.abort('connectionreset'); // …but the browser never hears back
      } else {
        await route.continue();
      }
    });
    const comment = await answerAndSend(page, 'answer lost on the way back');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/^Thank you/);
    expect(attempts).toBe(2);
    expect(await rowsWith(comment)).toHaveLength(1);
    await context.close();
  });

  it('shows a 400 in plain words and never retries it', async () => {
    const { context, page } = await fresh({ fakeClock: true });
    let attempts = 0;
    await page.route('**/api/v1/responses', async (route) => {
      attempts += 1;
      await route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'invalid_body', message: 'answers.listened: must be 1..5', issues: [] },
        }),
      });
    });
    await page.evaluate(() => {
      (window as unknown as { mvErrors: unknown[] }).mvErrors = [];
      document.addEventListener('mv-feedback-error', (e) =>
        (window as unknown as { mvErrors: unknown[] }).mvErrors.push(e.detail),
      );
    });
    await answerAndSend(page, 'refused');
    const error = widget(page).locator('[part=error]');
    await expect
      .poll(() => error.textContent())
      .toBe('We could not accept these answers. Please check them and send again.');
    await runPastTwoBackoffSteps(page, h.server.url);
    expect(attempts).toBe(1);
    expect(await queued(page)).toBe(0);
    const mvErrors = await page.evaluate(() => (window as unknown as { mvErrors: unknown[] }).mvErrors);
    expect(mvErrors).toEqual([expect.objectContaining({ status: 400, final: true, code: 'invalid_body' })]);
    // The answers are still there to correct and send again.
    expect(await widget(page).locator('textarea').inputValue()).toBe('refused');
    await context.close();
  });

  it('lets one tab send a queued answer while another tab is open, and tells the first tab', async () => {
    const context = await h.browser.newContext();
    const posts: Array<{ id: string; from: number; to: number }> = [];
    await context.route('**/api/v1/responses', async (route) => {
      const from = performance.now();
      const response = await route.fetch();
      posts.push({ id: route.request().postDataJSON().id, from, to: performance.now() });
      await route.fulfill({ response });
    });
    const [first, second] = [await context.newPage(), await context.newPage()];
    for (const page of [first, second]) {
      await page.goto(`${h.server.url}/demo/`);
      await widget(page).locator('fieldset').first().waitFor();
    }
    await context.setOffline(true);
    const comment = await answerAndSend(first, 'two tabs open');
    await expect.poll(() => queued(second)).toBe(1);
    // Both tabs hear `online` and both try to send the same queue.
    await context.setOffline(false);
    await expect.poll(() => status(first).textContent()).toMatch(/^Thank you/);
    await expect.poll(() => queued(second)).toBe(0);
    // The lock keeps the two tabs from posting together. A tab in another process may still
    // read the entry from storage after the other's post settled it and post it once more in
    // turn (rare, under load), which the server answers as already stored.
    posts.sort((a, b) => a.from - b.from);
    expect(posts.length).toBeGreaterThanOrEqual(1);
    for (const [i, post] of posts.entries()) {
      expect(post.id).toBe(posts[0]!.id);
      if (i > 0) expect(post.from).toBeGreaterThanOrEqual(posts[i - 1]!.to);
    }
    expect(await rowsWith(comment)).toHaveLength(1);
    await context.close();
  });

  it('shows on the next page load, once, that an answer queued earlier was refused, and never sends it again', async () => {
    const context = await h.browser.newContext();
    let answer: 503 | 409 | 'server' = 503;
    const posts: string[] = [];
    await context.route('**/api/v1/responses', async (route) => {
      posts.push(route.request().postDataJSON().id);
      if (answer === 'server') return route.continue();
      await route.fulfill({
        status: answer,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: answer === 503 ? 'storage_unavailable' : 'id_conflict', message: 'x' } }),
      });
    });
    const page = await context.newPage();
    await page.goto(`${h.server.url}/demo/`);
    await answerAndSend(page, 'refused on a later visit');
    await expect.poll(() => status(page).textContent()).toMatch(/^We could not reach our server/);
    const [id] = await page.evaluate(() =>
      Object.entries(localStorage).flatMap(([key, value]) =>
        key.startsWith('mv-feedback:queue:')
          ? (JSON.parse(value) as Array<{ submission: { id: string } }>).map((e) => e.submission.id)
          : [],
      ),
    );
    await page.close();

    answer = 409;
    const sent = posts.length;
    await context.clock.install();
    const next = await context.newPage();
    await next.goto(`${h.server.url}/demo/`);
    const error = widget(next).locator('[part=error]');
    await expect
      .poll(() => error.textContent())
      .toBe(
        'Your earlier answers could not be sent: the server did not accept them (error 409). You can answer again below.',
      );
    expect(posts.slice(sent)).toEqual([id]);
    expect(await queued(next)).toBe(0);
    expect(await axeViolations(next)).toEqual([]);

    // Once: a later page load neither sends it nor shows it again.
    await next.reload();
    await widget(next).locator('fieldset').first().waitFor();
    await runPastTwoBackoffSteps(next, h.server.url);
    expect(posts.slice(sent)).toEqual([id]);
    expect(await widget(next).locator('[part=error]').textContent()).toBe('');

    // Shown again on this page, it clears when the resident sends new answers.
    answer = 'server';
    await next.evaluate(([key, refusal]) => localStorage.setItem(key, JSON.stringify([refusal])), [
      `mv-feedback:refused:${h.server.url}`,
      { id, status: 409 },
    ] as const);
    await next.reload();
    await expect.poll(() => widget(next).locator('[part=error]').textContent()).toMatch(/^Your earlier answers/);
    await answerAndSend(next, 'answered again');
    await expect.poll(() => status(next).textContent()).toMatch(/^Thank you/);
    expect(await widget(next).locator('[part=error]').textContent()).toBe('');
    await context.close();
  });
});
