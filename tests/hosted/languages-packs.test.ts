// The hosted pages in every language of a pack (docs/design.md §14): the
// survey with JavaScript on and off, the thank-you and 404 pages, each in the
// pack's words, with a menu naming every other language in itself, axe-clean
// and within a 320 px phone; a form sent stores its language; Arabic is right
// to left. The counter card prints MV_CARD_LOCALES, three of them on one page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILT_IN_PACKS, LOCALES, textOf, type Locale } from '@mv-feedback/scoring';
import { axeViolations } from '../support/axe.js';
import { saveScreenshot } from '../support/screenshots.js';
import { consoleErrors, startHostedFixture, type HostedFixture } from './hosted-fixture.js';
import { pdfPageCount } from './qr-decoder.js';

let fx: HostedFixture;
beforeAll(async () => {
  fx = await startHostedFixture({ MV_CARD_LOCALES: 'en,es,vi' });
});
afterAll(() => fx?.close());

const LANGUAGES = ['es', 'vi', 'tl', 'ko', 'zh-Hans', 'zh-Hant', 'ar'] as const;
const text = (locale: Locale, key: string) => textOf(BUILT_IN_PACKS[locale].texts[key])!;
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);

/**
 * A page as a browser without JavaScript shows it: the widget's script refused.
 * axe and the checks run through DevTools, which need the page's engine on.
 */
async function plainPage(width: number) {
  const opened = await fx.newPage({ width });
  await opened.page.route('**/mv-feedback.js', (route) => route.abort());
  return opened;
}

/** The language menu: each other language's link, its words and its lang. */
const menu = (page: Page) =>
  page
    .locator('nav.languages a')
    .evaluateAll((links) => (links as HTMLAnchorElement[]).map((a) => [a.textContent, a.lang, a.hreflang]));

describe.each(LANGUAGES)('the hosted pages in %s', (locale) => {
  it('show the survey in the language with JavaScript, and a menu naming every other language in itself', async () => {
    const { context, page } = await fx.newPage({ width: 320 });
    const errors = consoleErrors(page);
    await page.goto(`${fx.server.url}/r/quick?lang=${locale}&department=library`);
    const widget = page.locator('mv-feedback');
    await widget.getByRole('button', { name: text(locale, 'widget.send') }).waitFor();
    expect(await widget.locator('[part=title]').textContent()).toBe(text(locale, 'survey.quick.title'));
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('.department').textContent()).toBe(text(locale, 'department.library'));
    expect(await menu(page)).toEqual(LOCALES.filter((l) => l !== locale).map((l) => [BUILT_IN_PACKS[l].name, l, l]));
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await saveScreenshot(page, `hosted-${locale}.png`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('show the plain form in the language without JavaScript, and a form sent stores it and thanks in it', async () => {
    const { context, page } = await plainPage(320);
    await page.goto(`${fx.server.url}/r/quick?lang=${locale}`);
    expect(await page.locator('#survey-title').textContent()).toBe(text(locale, 'survey.quick.title'));
    expect(await page.locator('legend').first().textContent()).toBe(text(locale, 'question.listened'));
    expect(await page.locator('.survey-form > p.muted').first().textContent()).toBe(text(locale, 'hosted.intro'));
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await page.getByLabel(text(locale, 'answer.agree5'), { exact: true }).first().check();
    await page.locator('textarea').fill(`hosted ${locale}`);
    await page.getByRole('button', { name: text(locale, 'hosted.send') }).click();
    expect(await page.locator('h2').textContent()).toBe(text(locale, 'hosted.thanksTitle'));
    expect(await axeViolations(page)).toEqual([]);
    const row = (await fx.rows()).find((r) => r.comment === `hosted ${locale}`);
    expect(row).toMatchObject({ locale });
    await context.close();
  });

  it('say an unknown survey is not found, in the language', async () => {
    const { context, page } = await fx.newPage({ width: 320, javaScript: false });
    const response = await page.goto(`${fx.server.url}/r/nothing-here?lang=${locale}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h2').textContent()).toBe(text(locale, 'hosted.notFoundTitle'));
    await context.close();
  });
});

describe('the hosted page in Arabic', () => {
  it('is right to left: the direction, and the language menu and its focus order from the right', async () => {
    const { context, page } = await plainPage(1024);
    await page.goto(`${fx.server.url}/r/quick?lang=ar`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const links = page.locator('nav.languages a');
    await links.first().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(BUILT_IN_PACKS.es.name);
    const first = (await links.nth(0).boundingBox())!;
    const second = (await links.nth(1).boundingBox())!;
    expect(first.x).toBeGreaterThan(second.x);
    await context.close();
  });
});

describe('the counter card in MV_CARD_LOCALES', () => {
  it('calls to answer in each of the three, the page language first', async () => {
    const { context, page } = await fx.newPage({ width: 1280, locale: 'vi' });
    await page.goto(`${fx.server.url}/r/quick/card?department=library`);
    const calls = page.locator('.calls section');
    expect(await calls.evaluateAll((s) => s.map((e) => e.getAttribute('lang')))).toEqual(['vi', 'en', 'es']);
    expect(await calls.locator('h2').allTextContents()).toEqual(
      (['vi', 'en', 'es'] as const).map((l) => text(l, 'card.heading')),
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  for (const format of ['Letter', 'A4'] as const) {
    it(`prints three languages on one page of ${format}`, async () => {
      const { context, page } = await fx.newPage({ width: 1280 });
      await page.goto(`${fx.server.url}/r/quick/card?department=parks-community-services&interaction=CASE-1`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      expect(await page.locator('.calls section').count()).toBe(3);
      expect(pdfPageCount(await page.pdf({ format, printBackground: true }))).toBe(1);
      await context.close();
    });
  }
});
