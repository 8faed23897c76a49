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
/** What the thank-you shows (its countdown sentence is said with it once, and kept out of sight). */
const shown = (p: Page) =>
  status(p).evaluate((el) =>
    [...el.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join(''),
  );
/** The comment box is behind "Add a comment" in a kiosk. */
async function comment(page: Page, text: string) {
  await widget(page).getByRole('button', { name: 'Add a comment' }).click();
  await widget(page).locator('textarea').fill(text);
}

const PORTRAIT = { width: 800, height: 1280 };
const LANDSCAPE = { width: 1280, height: 800 };

/**
 * The counter tablet (portrait unless told), its clock paused: time moves only
 * when the test moves it. axe-core runs on timers of its own, so its tests
 * leave the installed clock flowing and still move it past the reset.
 */
async function kiosk(
  path = '/demo/kiosk.html',
  viewport = PORTRAIT,
  { paused = true } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-12-04T17:00:00Z') });
  if (paused) await page.clock.pauseAt(new Date('2026-12-04T17:00:01Z'));
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
  it.each([
    ['portrait', PORTRAIT, '/demo/kiosk.html', 'Send', 'Add a comment'],
    ['landscape', LANDSCAPE, '/demo/kiosk.html', 'Send', 'Add a comment'],
    ['portrait, Spanish', PORTRAIT, '/demo/es/kiosk.html', 'Enviar', 'Añadir un comentario'],
    ['landscape, Spanish', LANDSCAPE, '/demo/es/kiosk.html', 'Enviar', 'Añadir un comentario'],
  ])(
    'shows the whole quick survey and Send on one screen (%s), with large targets',
    async (_name, viewport, path, send, addComment) => {
      const { context, page } = await kiosk(path, viewport);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const inView = async (name: string) => {
        const box = (await widget(page).getByRole('button', { name, exact: true }).boundingBox())!;
        return box.y >= 0 && box.y + box.height <= viewport.height;
      };
      expect(await inView(send)).toBe(true);
      expect(await inView(addComment)).toBe(true);
      // Every question's answers are on the screen, and each answer is a target of at least 56 px.
      const legends = widget(page).locator('legend');
      expect(await legends.count()).toBe(4);
      const last = (await widget(page).getByRole('radio').last().boundingBox())!;
      expect(last.y + last.height).toBeLessThanOrEqual(viewport.height);
      const heights = await widget(page)
        .locator('[part=choice]')
        .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(56);
      // No comment box until the resident asks for one; then it has the focus.
      expect(await widget(page).locator('textarea').count()).toBe(0);
      await widget(page).getByRole('button', { name: addComment }).click();
      await expect.poll(async () => (await deepActive(page)).tag).toBe('textarea');
      await context.close();
    },
  );

  it('counts down on the thank-you, seen each second and said once', async () => {
    const { context, page } = await kiosk();
    await widget(page).getByLabel('Agree', { exact: true }).first().check();
    await widget(page).locator('[part~=send]').click();
    const countdown = widget(page).locator('[part=countdown]');
    await expect.poll(() => countdown.textContent()).toBe('This screen clears in 10 seconds.');
    // Said once, politely, with the thank-you; the visible countdown is not read out at every tick.
    expect(await status(page).textContent()).toBe('Thank you for your feedback. This screen clears in 10 seconds.');
    expect(await countdown.getAttribute('aria-hidden')).toBe('true');
    expect(await status(page).getAttribute('role')).toBe('status');
    await page.clock.runFor(1_000);
    await expect.poll(() => countdown.textContent()).toBe('This screen clears in 9 seconds.');
    await page.clock.runFor(7_000);
    await expect.poll(() => countdown.textContent()).toBe('This screen clears in 2 seconds.');
    expect(await status(page).textContent()).toMatch(/clears in 10 seconds/);
    await page.clock.runFor(2_000);
    await expect.poll(() => countdown.count()).toBe(0);
    expect(await status(page).textContent()).toBe('');
    await context.close();
  });

  it('shows the next resident a blank survey once the thank-you has shown for reset-after seconds', async () => {
    const { context, page } = await kiosk();
    // The page asks for a reference code; a kiosk never shows one, or the next resident would read it.
    await widget(page).evaluate((el) => el.setAttribute('show-reference', ''));
    await widget(page).getByLabel('Agree', { exact: true }).first().check();
    await widget(page).getByLabel('Strongly agree', { exact: true }).nth(1).check();
    await comment(page, 'The counter queue machine was broken.');
    await widget(page).locator('[part~=send]').click();
    await expect.poll(() => shown(page)).toBe('Thank you for your feedback.');
    const stored = (await h.rows()).filter((r) => r.comment === 'The counter queue machine was broken.');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ department: 'permits', channel: 'in-person', survey: 'quick' });
    expect((await traces(page)).focused).toEqual(['status: ']);

    await page.clock.runFor(9_500);
    expect(await shown(page)).toBe('Thank you for your feedback.');
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
    // The comment box is closed again, behind its button.
    expect(await widget(page).locator('textarea').count()).toBe(0);
    await widget(page).getByRole('button', { name: 'Add a comment' }).waitFor();
    await context.close();
  });

  it('clears answers and messages left untouched for 60 s; each touch gives another 60 s', async () => {
    const { context, page } = await kiosk();
    await widget(page).locator('[part~=send]').click();
    await expect
      .poll(() => widget(page).locator('[part=error]').textContent())
      .toBe('Please answer at least one question or write a comment before sending.');
    await widget(page).getByLabel('Disagree', { exact: true }).first().check();
    await comment(page, 'I had to leave before');

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
    await comment(page, 'Sent when the network came back.');
    await widget(page).locator('[part~=send]').click();
    await expect.poll(() => shown(page)).toMatch(/^Your answers are saved on this device/);
    await page.clock.runFor(10_000);
    expect(await traces(page)).toMatchObject(BLANK);

    await context.setOffline(false);
    // Sent on reconnecting, or at the next backoff step (the clock moved on) if Chromium's network lags behind its online event.
    await expect
      .poll(async () => {
        await page.clock.runFor(5_000);
        return (await h.rows()).filter((r) => r.comment === 'Sent when the network came back.');
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
    for (let resident = 0; resident < 2; resident++) {
      await widget(page).getByLabel('Agree', { exact: true }).first().check();
      await widget(page).getByLabel('Agree', { exact: true }).nth(1).check();
      await widget(page).locator('[part~=send]').click();
      await expect.poll(() => shown(page)).toBe('Thank you for your feedback.');
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
    const { context, page } = await kiosk(path, PORTRAIT, { paused: false });
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
