// The widget in every language of a pack (docs/design.md §14): each loads its
// own file beside the bundle, shows the pack's words and the server's survey
// in it, passes axe, fits a 320 px phone, and stores the language with the
// answer; Arabic reads right to left, its agreement scale and its focus order
// too. Screenshots go to a temporary folder (MV_SCREENSHOTS_DIR to keep them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILT_IN_PACKS, textOf, type Locale } from '@mv-feedback/scoring';
import { axeViolations } from '../support/axe.js';
import { docsPath } from '../support/screenshots.js';
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

const LANGUAGES = ['es', 'vi', 'tl', 'ko', 'zh-Hans', 'zh-Hant', 'ar'] as const;
const text = (locale: Locale, key: string) => textOf(BUILT_IN_PACKS[locale].texts[key])!;
const widget = (p: Page) => p.locator('mv-feedback');

/**
 * The example city page on a phone (its own page, so a 320 px one has no
 * fixed-width host around the widget), turned to `locale` as a page would
 * set its `lang`; the widget follows.
 */
async function openWidget(locale: Locale, width = 320): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const page = await h.browser.newPage({ viewport: { width, height: 900 } });
  const scripts: string[] = [];
  page.on('request', (request) => isScriptButFollowUp(request) && scripts.push(request.url()));
  const errors = consoleErrors(page);
  await page.goto(`${h.server.url}/demo/`);
  await widget(page).getByRole('button', { name: 'Send' }).waitFor();
  await page.evaluate((lang) => document.documentElement.setAttribute('lang', lang), locale);
  await widget(page)
    .getByRole('button', { name: text(locale, 'widget.send') })
    .waitFor();
  return { page, scripts, errors };
}

describe.each(LANGUAGES)('the widget in %s', (locale) => {
  it("shows the pack's words and the survey in the language, axe-clean and within 320 px, and stores the language", async () => {
    const { page, scripts, errors } = await openWidget(locale);
    expect(await widget(page).locator('.widget').getAttribute('lang')).toBe(locale);
    // The example page's widget is for the web: its channel title.
    expect(await widget(page).locator('[part=title]').textContent()).toBe(
      text(locale, 'survey.quick.channelTitle.web'),
    );
    expect(await widget(page).locator('legend').first().textContent()).toBe(text(locale, 'question.listened'));
    const words = await widget(page).locator('fieldset').first().locator('label').allTextContents();
    const scale = ['agree1', 'agree2', 'agree3', 'agree4', 'agree5', 'notApplicable'];
    expect(words).toEqual(scale.map((key) => text(locale, `answer.${key}`)));
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    // The widget alone, for a look at its glyphs.
    await widget(page).screenshot({ path: docsPath(`widget-${locale}.png`) });
    expect(scripts.filter((url) => url.includes('/mv-feedback'))).toEqual([
      `${h.server.url}/mv-feedback.js`,
      `${h.server.url}/mv-feedback-${locale}.js`,
    ]);

    const comment = `in ${locale}`;
    await widget(page).getByLabel(text(locale, 'answer.agree4'), { exact: true }).first().check();
    await widget(page).locator('textarea').fill(comment);
    await widget(page)
      .getByRole('button', { name: text(locale, 'widget.send') })
      .click();
    await expect.poll(() => h.rows().then((rows) => rows.find((r) => r.comment === comment)?.locale)).toBe(locale);
    await expect.poll(() => widget(page).locator('[part=status]').textContent()).toBe(text(locale, 'widget.thanks'));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Arabic', () => {
  it('reads right to left: the direction, the agreement scale from its right end, the focus order', async () => {
    const { page } = await openWidget('ar', 900);
    const card = widget(page).locator('.widget');
    expect(await card.getAttribute('dir')).toBe('rtl');
    expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // "Strongly disagree" (1) at the right end, "Strongly agree" (5) to its left.
    const x = async (key: string) =>
      (await widget(page).getByLabel(text('ar', key), { exact: true }).first().boundingBox())!.x;
    expect(await x('answer.agree1')).toBeGreaterThan(await x('answer.agree5'));

    // The full survey's second page: Back then Next, the first to the right.
    await widget(page).evaluate((el) => el.setAttribute('survey', 'full'));
    await widget(page)
      .getByRole('button', { name: text('ar', 'widget.next') })
      .click();
    const back = widget(page).getByRole('button', { name: text('ar', 'widget.back') });
    await back.focus();
    await page.keyboard.press('Tab');
    const focused = await widget(page).evaluate((el) => el.shadowRoot!.activeElement?.textContent?.trim());
    expect(focused).toBe(text('ar', 'widget.next'));
    const next = widget(page).getByRole('button', { name: text('ar', 'widget.next') });
    expect((await back.boundingBox())!.x).toBeGreaterThan((await next.boundingBox())!.x);
    await page.close();
  });
});

describe('an English page', () => {
  it('fetches no language file', async () => {
    const page = await h.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => isScriptButFollowUp(request) && scripts.push(request.url()));
    await page.goto(`${host.url}/plain.html?script=remote&lang=en`);
    await widget(page).getByRole('button', { name: 'Send' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([`${h.server.url}/mv-feedback.js`]);
    await page.close();
  });
});

describe("the survey's texts", () => {
  it('come in English alone to an English page, and in the page language when it turns to another', async () => {
    const page = await h.browser.newPage();
    const surveys: { url: string; titles: string[] }[] = [];
    page.on('response', async (response) => {
      if (!response.url().includes('/api/v1/surveys/')) return;
      const { title } = (await response.json()) as { title: Record<string, string> };
      surveys.push({ url: new URL(response.url()).search, titles: Object.keys(title).sort() });
    });
    await page.goto(`${host.url}/plain.html?script=remote&lang=en`);
    await widget(page).getByRole('button', { name: 'Send' }).waitFor();
    await expect.poll(() => surveys).toEqual([{ url: '?lang=en', titles: ['en'] }]);

    await page.evaluate(() => document.documentElement.setAttribute('lang', 'vi'));
    await expect.poll(() => widget(page).locator('legend').first().textContent()).toBe(text('vi', 'question.listened'));
    // The listener reads the answer's body after the widget has it: wait for it too.
    await expect.poll(() => surveys[1]).toEqual({ url: '?lang=vi,en', titles: ['en', 'vi'] });
    await page.close();
  });
});

describe('a page that turns to another language while its survey is on the way', () => {
  it('fetches the survey again in the new language', async () => {
    const page = await h.browser.newPage();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/v1\/surveys\/quick\?lang=en$/, async (route) => {
      const response = await route.fetch();
      await released;
      await route.fulfill({ response });
    });
    await page.goto(`${host.url}/plain.html?script=remote&lang=en`);
    await widget(page).getByRole('button', { name: 'Send' }).waitFor();
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'vi'));
    // Vietnamese chosen: the survey waits for its texts rather than show English ones.
    await widget(page).getByRole('button', { name: 'Send' }).waitFor({ state: 'detached' });
    release();
    await expect.poll(() => widget(page).locator('legend').first().textContent()).toBe(text('vi', 'question.listened'));
    await page.close();
  });
});

describe('a language file that cannot load', () => {
  it('leaves a Korean page in English, marked so, and the answers still go', async () => {
    const page = await h.browser.newPage();
    await page.route('**/mv-feedback-ko.js', (route) => route.abort('connectionrefused'));
    await page.goto(`${host.url}/plain.html?script=remote&lang=ko`);
    await widget(page).getByRole('button', { name: 'Send' }).waitFor();
    expect(await widget(page).locator('.widget').getAttribute('lang')).toBe('en');
    await widget(page).getByLabel('Agree', { exact: true }).first().check();
    await widget(page).getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => widget(page).locator('[part=status]').textContent()).toBe('Thank you for your feedback.');
    await page.close();
  });
});
