// The example city page against the real server in Chromium: keyboard-only
// answering, Spanish, a live language change, the button-mode dialog, and
// axe-core in every scheme and width the resident may use (a phone's own
// checks are in phone.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { defaultCatalogue } from '@mv-feedback/scoring';
import { axeViolations } from '../support/axe.js';
import { deepActive, startHarness, type Harness } from './harness.js';

let h: Harness;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  context = await h.browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await h?.close();
});

const inline = (p: Page) => p.locator('main mv-feedback');
const status = (p: Page) => inline(p).locator('[part=status]');

async function open(path: string, p: Page = page): Promise<void> {
  await p.goto(`${h.server.url}${path}`);
  await inline(p).locator('fieldset').first().waitFor();
}

/** A floating button added to the demo page, as a city page that wants one embeds it (the demo shows one survey a page). */
async function addButton(p: Page) {
  await p.evaluate(() =>
    document.body.insertAdjacentHTML(
      'beforeend',
      '<mv-feedback mode="button" survey="full" department="permits" channel="web" help-href="#contact"></mv-feedback>',
    ),
  );
  const widget = p.locator('mv-feedback[mode=button]');
  await widget.locator('[part=open-button]').waitFor();
  return widget;
}

/** Presses Tab until a radio of the inline widget has focus; a keyboard user's way in. */
async function tabIntoWidget(p: Page): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await p.keyboard.press('Tab');
    const active = await deepActive(p);
    if (active.type === 'radio' && active.hostMode === 'inline') return;
  }
  throw new Error('Tab never reached the widget');
}

describe('the English city page', () => {
  it('takes a keyboard-only answer to the server with its department and channel', async () => {
    await open('/demo/');
    const before = (await h.rows()).length;
    await tabIntoWidget(page);
    expect(await deepActive(page)).toMatchObject({ name: 'listened' });
    await page.keyboard.press('Space'); // Strongly disagree
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight'); // → Strongly agree
    await page.keyboard.press('Tab');
    expect(await deepActive(page)).toMatchObject({ name: 'positive' });
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight'); // → Agree
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // past "accurate", left unanswered
    await page.keyboard.press('Tab'); // past the rotating question, left unanswered
    expect(await deepActive(page)).toMatchObject({ tag: 'textarea' });
    await page.keyboard.type('Open the counter on Fridays after noon.');
    expect(await inline(page).locator('#cc').textContent()).toBe('39 of 2,000 characters');
    expect(await h.rows()).toHaveLength(before); // nothing leaves before Send
    await page.keyboard.press('Tab');
    expect(await deepActive(page)).toMatchObject({ type: 'checkbox' }); // "contact me", left unticked
    await page.keyboard.press('Tab');
    expect(await deepActive(page)).toMatchObject({ tag: 'button', text: 'Send' });
    await page.keyboard.press('Enter');

    // No reference code: nothing on screen suggests the answers can be traced back.
    await expect.poll(() => status(page).textContent()).toBe('Thank you for your feedback.');
    const rows = (await h.rows()).filter((row) => row.comment === 'Open the counter on Fridays after noon.');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      survey: 'quick',
      locale: 'en',
      department: 'permits',
      channel: 'web',
      comment: 'Open the counter on Fridays after noon.',
    });
    expect(JSON.parse(String(rows[0]!.answers))).toEqual({ listened: 5, positive: 4 });
    // Focus went to the thank-you, so a screen reader user hears it and is not lost.
    expect(await deepActive(page)).toMatchObject({ part: 'status' });
  });

  it('asks one rotating question per display, drawn from the other eight standards, and sends its answer', async () => {
    const quick = defaultCatalogue.surveys.find((survey) => survey.id === 'quick')!;
    const pool = new Map(
      quick.questions.filter((q) => quick.rotate!.from.includes(q.id)).map((q) => [q.text.en, q.id]),
    );
    const seen = new Set<string>();
    for (let load = 0; load < 10; load += 1) {
      await open('/demo/');
      const legends = await inline(page).locator('legend').allTextContents();
      expect(legends.slice(0, 3)).toEqual(quick.questions.slice(0, 3).map((q) => q.text.en));
      expect(legends).toHaveLength(4);
      expect(pool.has(legends[3]!)).toBe(true);
      seen.add(legends[3]!);
    }
    // Ten displays drawing one of eight: the same question every time would be a 1 in 8^9 chance.
    expect(seen.size).toBeGreaterThan(1);

    const rotating = inline(page).locator('fieldset').nth(3);
    const id = pool.get((await rotating.locator('legend').textContent())!)!;
    await rotating.locator('label').first().click();
    const sent = page.evaluate(
      () => new Promise<string>((resolve) => addEventListener('mv-feedback-sent', (e) => resolve(e.detail.id))),
    );
    await inline(page).locator('[part~=send]').click();
    const sentId = await sent;
    const row = (await h.rows()).find((r) => r.id === sentId)!;
    const first = quick.questions.find((q) => q.id === id)!.type === 'yesno' ? 'yes' : 1;
    expect(JSON.parse(String(row.answers))).toEqual({ [id]: first });
  });

  it('asks to answer something before sending an empty survey', async () => {
    await open('/demo/');
    await inline(page).locator('[part~=send]').click();
    await expect
      .poll(() => inline(page).locator('[part=error]').textContent())
      .toBe('Please answer at least one question or write a comment before sending.');
  });

  it('sends nothing when the host page cancels mv-feedback-submit', async () => {
    await open('/demo/');
    const before = (await h.rows()).length;
    await page.evaluate(() =>
      document.addEventListener(
        'mv-feedback-submit',
        (e) => {
          e.preventDefault();
          document.body.dataset.cancelled = 'yes';
        },
        { once: true },
      ),
    );
    await inline(page).getByLabel('Disagree', { exact: true }).first().check();
    await inline(page).locator('[part~=send]').click();
    // The widget queues an answer in the same task as the event it could not cancel: once the page has
    // cancelled it, anything sent would already be in localStorage.
    await page.waitForFunction(() => document.body.dataset.cancelled === 'yes');
    expect(await status(page).textContent()).toBe('');
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
    expect(await h.rows()).toHaveLength(before);
  });

  it('opens the full survey in a dialog from the floating button and gives focus back', async () => {
    await open('/demo/');
    const widget = await addButton(page);
    const button = widget.locator('[part=open-button]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deepActive(page)).inDialog).toBe(true);
    const dialog = widget.locator('dialog');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
    expect(await dialog.locator('[part=progress]').textContent()).toBe('Page 1 of 3');
    expect(await dialog.locator('fieldset').count()).toBe(4);
    expect(await dialog.locator('fieldset').first().locator('label').allTextContents()).toEqual([
      'Yes',
      'No',
      'Not sure',
    ]);
    await dialog.getByRole('button', { name: 'Next' }).click();
    expect(await dialog.locator('[part=progress]').textContent()).toBe('Page 2 of 3');
    expect(await deepActive(page)).toMatchObject({ part: 'progress' });
    await dialog.getByRole('button', { name: 'Back' }).click();
    expect(await dialog.locator('[part=progress]').textContent()).toBe('Page 1 of 3');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await deepActive(page)).toMatchObject({ part: 'open-button', hostMode: 'button' });
  });

  it('hides the floating button once its answers are sent, after the thank-you is read', async () => {
    await open('/demo/');
    const widget = await addButton(page);
    const button = widget.locator('[part=open-button]');
    await button.click();
    const dialog = widget.locator('dialog');
    await dialog.getByRole('radio', { name: 'Yes', exact: true }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => dialog.locator('[part=status]').textContent()).toBe('Thank you for your feedback.');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => button.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Rate your visit' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('follows a live change of the page language', async () => {
    await open('/demo/');
    const legend = inline(page).locator('legend').first();
    expect(await legend.textContent()).toBe('Staff listened to me and understood what I needed.');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'es'));
    await expect.poll(() => legend.textContent()).toBe('El personal me escuchó y entendió lo que necesitaba.');
    await page.evaluate(() => document.querySelector('main mv-feedback')!.setAttribute('lang', 'en'));
    await expect.poll(() => legend.textContent()).toBe('Staff listened to me and understood what I needed.');
  });
});

describe('the survey definition', () => {
  it('renders the bundled survey at once and takes the server definition when it comes', async () => {
    const slow = await context.newPage();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await slow.route(/\/api\/v1\/surveys\/quick(\?|$)/, async (route) => {
      const response = await route.fetch();
      const survey = await response.json();
      survey.questions[0].text.en = 'Staff heard what I needed.';
      await released;
      await route.fulfill({ response, json: survey });
    });
    await open('/demo/', slow);
    const legend = inline(slow).locator('legend').first();
    expect(await legend.textContent()).toBe('Staff listened to me and understood what I needed.');
    release();
    await expect.poll(() => legend.textContent()).toBe('Staff heard what I needed.');
    await slow.close();
  });
});

describe('the Spanish city page', () => {
  it('speaks Spanish throughout and sends the locale', async () => {
    await open('/demo/es/');
    const widget = inline(page);
    // The page asks about the web service (channel="web"): not a visit.
    expect(await widget.locator('[part=title]').textContent()).toBe('Califique nuestro servicio en línea');
    expect(await widget.locator('fieldset').first().locator('label').allTextContents()).toEqual([
      'Muy en desacuerdo',
      'En desacuerdo',
      'Ni de acuerdo ni en desacuerdo',
      'De acuerdo',
      'Muy de acuerdo',
      'No corresponde',
    ]);
    await widget.getByLabel('De acuerdo', { exact: true }).first().check();
    await widget.locator('textarea').fill('Muy amables en la ventanilla.');
    expect(await widget.locator('#cc').textContent()).toBe('29 de 2000 caracteres');
    expect(await widget.locator('[part=help]').getAttribute('href')).toBe('#contacto');
    expect(await widget.locator('[part=help]').textContent()).toBe('¿Necesita una respuesta? Contáctenos.');
    await page.evaluate(() => {
      const seen: Array<[string, unknown]> = ((window as unknown as { seen: unknown[] }).seen = []);
      for (const type of ['mv-feedback-submit', 'mv-feedback-sent'] as const) {
        document.addEventListener(type, (e) => seen.push([type, e.detail]));
      }
    });
    await widget.getByRole('button', { name: 'Enviar' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Gracias por su opinión.');
    // The thanks first, then the way to contact the city: read in that order.
    expect(
      await widget.evaluate((el) => {
        const root = el.shadowRoot!;
        const thanks = root.querySelector('[part=status]')!;
        return Boolean(
          thanks.compareDocumentPosition(root.querySelector('[part=help]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }),
    ).toBe(true);
    const last = (await h.rows()).at(-1)!;
    expect(last).toMatchObject({
      locale: 'es',
      department: 'permits',
      channel: 'web',
      comment: 'Muy amables en la ventanilla.',
    });
    // The host page hears both events, typed and crossing the shadow boundary.
    const seen = (await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)) as Array<
      [string, Record<string, unknown>]
    >;
    expect(seen.map(([type]) => type)).toEqual(['mv-feedback-submit', 'mv-feedback-sent']);
    expect(seen[0]![1]).toMatchObject({ submission: { id: last.id, locale: 'es', answers: { listened: 4 } } });
    expect(seen[1]![1]).toEqual({ id: last.id, reference: String(last.id).slice(0, 8).toUpperCase() });
  });
});

describe('axe-core finds no WCAG 2.2 A or AA violation', () => {
  it.each([
    ['English', '/demo/', {}],
    ['Spanish', '/demo/es/', {}],
    ['English, dark', '/demo/', { colorScheme: 'dark' }],
    ['Spanish, dark', '/demo/es/', { colorScheme: 'dark' }],
    ['English, forced colours', '/demo/', { forcedColors: 'active' }],
  ] as const)('%s', async (_name, path, media) => {
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none', ...media });
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(path);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('at 200 % zoom of a 1280 px window, with nothing scrolling sideways (WCAG 1.4.4)', async () => {
    const zoomed = await h.browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await open('/demo/', zoomed);
    const send = inline(zoomed).locator('[part~=send]');
    await send.scrollIntoViewIfNeeded();
    expect(await send.isVisible()).toBe(true);
    expect(await zoomed.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await zoomed.close();
  });
});
