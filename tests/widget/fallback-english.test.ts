// A city pack that lacks a text (docs/design.md §14; `mv-feedback locales
// check` lists it) shows that text in English, marked `lang="en"` so a screen
// reader reads it as English, and `dir="ltr"` inside a right to left page: in
// the widget, on the hosted form without JavaScript and on the counter card.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { BUILT_IN_PACKS, textOf, type LocalePack } from '@mv-feedback/scoring';
import { axeViolations } from '../support/axe.js';
import { consoleErrors, useHostedFixture } from '../hosted/hosted-fixture.js';

/** The built-in pack without some of its texts, as a city's copy that missed them. */
const lacking = (pack: LocalePack, keys: string[]): LocalePack => ({
  ...pack,
  texts: Object.fromEntries(Object.entries(pack.texts).filter(([key]) => !keys.includes(key))),
});
const LACKED = [
  'widget.send',
  'hosted.send',
  'answer.notApplicable',
  'card.printNote',
  'widget.contactAsk',
  'widget.contactName',
];

const fx = useHostedFixture(
  { MV_LOCALES: 'en,es,ar', MV_CARD_LOCALES: 'ar,en' },
  { cityPacks: [lacking(BUILT_IN_PACKS.ar, LACKED), lacking(BUILT_IN_PACKS.es, LACKED)] },
);

/** The language and direction an element's text is marked with, from its nearest marked ancestors. */
const marks = (locator: Locator) =>
  locator.evaluate((element) => ({
    text: element.textContent?.trim(),
    lang: element.closest('[lang]')?.getAttribute('lang'),
    dir: element.closest('[dir]')?.getAttribute('dir'),
    direction: getComputedStyle(element).direction,
  }));

describe('the widget with a pack that lacks texts', () => {
  it('shows them in English marked lang="en", left to right in Arabic, and the rest in Arabic', async () => {
    const { page } = await fx().newPage();
    const errors = consoleErrors(page);
    await page.goto(`${fx().server.url}/r/quick?lang=ar`);
    const widget = page.locator('mv-feedback .widget');
    const send = widget.locator('button[part~=send] span');
    await send.waitFor();
    expect(await widget.getAttribute('dir')).toBe('rtl');
    expect(await marks(send)).toEqual({ text: 'Send', lang: 'en', dir: 'ltr', direction: 'ltr' });
    expect(await marks(widget.locator('fieldset').first().locator('.words').last().locator('span'))).toEqual({
      text: 'Does not apply',
      lang: 'en',
      dir: 'ltr',
      direction: 'ltr',
    });
    // A text the pack has stays unmarked, in the widget's language.
    const agree = widget.locator('fieldset').first().locator('.words').first();
    expect(await agree.locator('span').count()).toBe(0);
    expect(await marks(agree)).toEqual({
      text: textOf(BUILT_IN_PACKS.ar.texts['answer.agree1']),
      lang: 'ar',
      dir: 'rtl',
      direction: 'rtl',
    });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks them in the fields of "contact me", which come in their own file', async () => {
    const { page } = await fx().newPage();
    await page.goto(`${fx().server.url}/r/quick?lang=ar&department=permits`);
    const widget = page.locator('mv-feedback .widget');
    const ask = widget.locator('.contact-choice > span');
    await ask.waitFor();
    expect(await marks(ask.locator('span'))).toEqual({
      text: 'I would like someone from the city to contact me about this',
      lang: 'en',
      dir: 'ltr',
      direction: 'ltr',
    });
    await widget.getByRole('checkbox').check();
    const name = widget.locator('label[for=f-name]');
    await name.waitFor();
    expect(await marks(name.locator('span[lang=en]'))).toMatchObject({ text: 'Name', lang: 'en', dir: 'ltr' });
    // The pack's own texts beside it stay in Arabic.
    expect(await marks(widget.locator('label[for=f-email]'))).toMatchObject({
      text: textOf(BUILT_IN_PACKS.ar.texts['widget.contactEmail']),
      lang: 'ar',
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('marks the English lang="en" alone in a left to right page', async () => {
    const { page } = await fx().newPage();
    await page.goto(`${fx().server.url}/r/quick?lang=es`);
    const send = page.locator('mv-feedback .widget button[part~=send] span');
    await send.waitFor();
    expect(
      await send.evaluate((span) => [span.textContent, span.getAttribute('lang'), span.getAttribute('dir')]),
    ).toEqual(['Send', 'en', null]);
    await page.context().close();
  });
});

describe('the hosted pages with a pack that lacks texts', () => {
  it('mark the English lang="en" and left to right on the form without JavaScript', async () => {
    const { context, page } = await fx().newPage({ javaScript: false });
    await page.goto(`${fx().server.url}/r/quick?lang=ar`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await marks(page.locator('form button[type=submit] span'))).toEqual({
      text: 'Send',
      lang: 'en',
      dir: 'ltr',
      direction: 'ltr',
    });
    expect(await marks(page.locator('form fieldset').first().locator('label.choice').last().locator('span'))).toEqual({
      text: 'Does not apply',
      lang: 'en',
      dir: 'ltr',
      direction: 'ltr',
    });
    expect(await page.locator('form fieldset').first().locator('label.choice span[lang]').count()).toBe(1);
    await context.close();
  });

  it('mark the English on the counter card', async () => {
    const { context, page } = await fx().newPage({ javaScript: false });
    await page.goto(`${fx().server.url}/r/quick/card?lang=ar`);
    expect(await marks(page.locator('.print-note span'))).toEqual({
      text: textOf(BUILT_IN_PACKS.en.texts['card.printNote']),
      lang: 'en',
      dir: 'ltr',
      direction: 'ltr',
    });
    await context.close();
  });
});
