// Kiosk mode (docs/design.md §9): the demo's counter tablet against the real server, in
// Chromium with a fake clock installed before the page loads. Whatever one
// resident left on the screen (answers, comment, messages, focus) must be gone
// for the next; it is read from Chromium's accessibility tree and the shadow
// DOM's text, not only from the inputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { accessibilityTree, deepActive, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const widget = (p: Page) => p.locator('mv-feedback');
const status = (p: Page) => widget(p).locator('[part=status]');

/** The counter tablet (portrait), with its clock under the test's control. */
async function kiosk(path = '/demo/kiosk.html'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext({ viewport: { width: 800, height: 1280 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${h.server.url}${path}`);
  await widget(page).locator('fieldset').first().waitFor();
  return { context, page };
}

/** What the next resident could see or hear of the one before: every text, value, checked radio and focus. */
async function traces(page: Page) {
  const tree = await accessibilityTree(page);
  return {
    checked: tree.filter((n) => n.checked).map((n) => n.name),
    values: tree.filter((n) => n.value !== '').map((n) => `${n.role}: ${n.value}`),
    focused: tree.filter((n) => n.focused && n.role !== 'RootWebArea').map((n) => `${n.role}: ${n.name}`),
    heard: tree.map((n) => n.name).join('\n'),
    text: await widget(page).evaluate((el) => el.shadowRoot!.textContent.replace(/\s+/g, ' ')),
    focusInWidget: (await deepActive(page)).hostMode !== '',
    error: await widget(page).locator('[part=error]').textContent(),
    status: await status(page).textContent(),
  };
}

const BLANK = {
  checked: [],
  values: [],
  focused: [],
  focusInWidget: false,
  error: '',
  status: '',
};

describe('a kiosk at a counter', () => {
  it('shows the next resident a blank survey once the thank-you has shown for reset-after seconds', async () => {
    const { context, page } = await kiosk();
    // The page asks for a reference code; a kiosk never shows one, or the next resident would read it.
    await widget(page).evaluate((el) => el.setAttribute('show-reference', ''));
    await widget(page).getByLabel('Agree', { exact: true }).first().check();
    await widget(page).getByLabel('Strongly agree', { exact: true }).nth(1).check();
    await widget(page).locator('textarea').fill('The counter queue machine was broken.');
    await widget(page).locator('[part~=send]').click();
    await expect.poll(() => status(page).textContent()).toBe('Thank you for your feedback.');
    const stored = (await h.rows()).filter((r) => r.comment === 'The counter queue machine was broken.');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ department: 'permits', channel: 'in-person', survey: 'quick' });
    expect((await traces(page)).focused).toEqual(['status: ']);

    await page.clock.runFor(9_500);
    expect(await status(page).textContent()).toBe('Thank you for your feedback.');
    await page.clock.runFor(500);
    await expect.poll(() => widget(page).locator('fieldset').count()).toBe(4);
    const next = await traces(page);
    expect(next).toMatchObject(BLANK);
    expect(next.heard).not.toMatch(/Thank you|counter queue/);
    expect(next.text).not.toMatch(/Thank you|counter queue/);
    // The survey is whole again, ready for the next answer.
    expect(await widget(page).locator('legend').first().textContent()).toBe(
      'Staff listened to me and understood what I needed.',
    );
    expect(await widget(page).locator('textarea').inputValue()).toBe('');
    await context.close();
  });

  it('clears answers and messages left untouched for 60 s; each touch gives another 60 s', async () => {
    const { context, page } = await kiosk();
    await widget(page).locator('[part~=send]').click();
    await expect
      .poll(() => widget(page).locator('[part=error]').textContent())
      .toBe('Please answer at least one question or write a comment before sending.');
    await widget(page).getByLabel('Disagree', { exact: true }).first().check();
    await widget(page).locator('textarea').fill('I had to leave before');

    await page.clock.runFor(59_000);
    await widget(page).locator('textarea').pressSequentially(' finishing.');
    await page.clock.runFor(59_000);
    const kept = await traces(page);
    expect(kept.checked).toEqual([expect.stringMatching(/^Disagree/)]);
    expect(kept.values).toEqual(['textbox: I had to leave before finishing.']);
    expect(kept.focused).toEqual(['textbox: How could we improve? (optional)']);

    await page.clock.runFor(1_000);
    await expect.poll(async () => (await traces(page)).checked).toEqual([]);
    const next = await traces(page);
    expect(next).toMatchObject(BLANK);
    expect(next.heard).not.toMatch(/leave before|Please answer/);
    expect(next.text).not.toMatch(/leave before|Please answer/);
    expect(await h.rows()).not.toContainEqual(expect.objectContaining({ comment: 'I had to leave before finishing.' }));
    await context.close();
  });

  it('keeps answers it could not send for later, and still shows the next resident a blank survey', async () => {
    const { context, page } = await kiosk();
    await context.setOffline(true);
    await widget(page).getByLabel('Agree', { exact: true }).first().check();
    await widget(page).locator('textarea').fill('Sent when the network came back.');
    await widget(page).locator('[part~=send]').click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Your answers are saved on this device/);
    await page.clock.runFor(10_000);
    expect(await traces(page)).toMatchObject(BLANK);

    await context.setOffline(false);
    // Sent on reconnecting, or at the next backoff step if Chromium's network lags behind its online event.
    await expect
      .poll(async () => (await h.rows()).filter((r) => r.comment === 'Sent when the network came back.'), {
        timeout: 15_000,
      })
      .toHaveLength(1);
    // Its thank-you belonged to the resident who left.
    expect(await status(page).textContent()).toBe('');
    await context.close();
  });

  it('reports the one impression of its page load, none for each resident after', async () => {
    const before = (await h.offers()).find((o) => o.channel === 'in-person')?.offers ?? 0;
    const { context, page } = await kiosk();
    await expect.poll(async () => (await h.offers()).find((o) => o.channel === 'in-person')?.offers).toBe(before + 1);
    for (const comment of ['first resident', 'second resident']) {
      await widget(page).getByLabel('Agree', { exact: true }).first().check();
      await widget(page).locator('textarea').fill(comment);
      await widget(page).locator('[part~=send]').click();
      await expect.poll(() => status(page).textContent()).toBe('Thank you for your feedback.');
      await page.clock.runFor(10_000);
      await expect.poll(() => status(page).textContent()).toBe('');
    }
    expect((await h.offers()).find((o) => o.channel === 'in-person')).toEqual({
      survey: 'quick',
      department: 'permits',
      channel: 'in-person',
      offers: before + 1,
    });
    await context.close();
  });

  it.each([
    ['English', '/demo/kiosk.html'],
    ['Spanish', '/demo/es/kiosk.html'],
  ])('%s: axe-core finds no WCAG 2.2 A or AA violation, before and after a reset', async (_name, path) => {
    const { context, page } = await kiosk(path);
    expect(await axeViolations(page)).toEqual([]);
    await widget(page).getByRole('radio').first().check();
    await widget(page).locator('[part~=send]').click();
    await expect.poll(() => status(page).textContent()).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.clock.runFor(10_000);
    await expect.poll(() => status(page).textContent()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
