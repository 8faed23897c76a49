// "Contact me" in the hosted survey's plain form (docs/design.md §12), in
// Chromium without JavaScript at 360 px, by keyboard only, in English and
// Spanish: the choice and its fields, a refused field named beside it and at
// the top, the request stored and in the staff queue, the thanks that says
// someone will reply. Not offered without a department.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createStaffToken } from '@mv-feedback/server';
import { axeViolations } from '../support/axe.js';
import { startHostedFixture, type HostedFixture } from './hosted-fixture.js';

let fx: HostedFixture;
let token: string;
beforeAll(async () => {
  fx = await startHostedFixture();
  token = await createStaffToken(fx.server.db, { name: 'Follow-up form test admin', role: 'admin' });
});
afterAll(async () => {
  await fx?.close();
});

interface QueueItem {
  responseId: string;
  department: string;
  contact: { name: string | null; email: string | null; phone: string | null; language: string } | null;
}

const queue = async (): Promise<QueueItem[]> => {
  const response = await fetch(`${fx.server.url}/api/v1/follow-ups?status=all&contact=true`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { items: QueueItem[] }).items;
};

/**
 * A phone's browser that runs no script of the page: the widget's script is
 * refused, so the plain form is what it shows, while axe and the test's own
 * look-ups still run through DevTools.
 */
async function plainForm(locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const tab = await fx.newPage({ locale });
  await tab.page.route('**/mv-feedback.js', (route) => route.abort());
  return tab;
}

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached by Tab`);
}

describe.each([
  {
    lang: 'en',
    locale: 'en-US',
    ask: 'I would like someone from the city to contact me about this',
    badPhone: 'Phone: please check the number; it should have 7 to 15 digits.',
    needContact: 'Contact me: please give an e-mail address or a phone number so we can contact you.',
    thanks: 'someone from the department will contact you.',
    send: 'Send',
  },
  {
    lang: 'es',
    locale: 'es-MX',
    ask: 'Quiero que alguien de la ciudad se comunique conmigo sobre esto',
    badPhone: 'Teléfono: revíselo; debe tener de 7 a 15 dígitos.',
    needContact:
      'Contacto: indique un correo electrónico o un número de teléfono para que podamos comunicarnos con usted.',
    thanks: 'alguien del departamento se comunicará con usted.',
    send: 'Enviar',
  },
])('without JavaScript, in $lang', (t) => {
  it('sends a request to be contacted by keyboard, a refused field named, and staff see it', async () => {
    const { context, page } = await plainForm(t.locale);
    await page.goto(`${fx.server.url}/r/quick?department=permits&channel=in-person`);
    const id = await page.locator('input[name=id]').inputValue();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('#follow-up-email').getAttribute('autocomplete')).toBe('email');
    expect(await page.locator('#follow-up-phone').getAttribute('autocomplete')).toBe('tel');
    expect(await page.locator('#follow-up-name').getAttribute('autocomplete')).toBe('name');

    // Keyboard only: an answer, the box, a phone too short; Enter sends.
    await tabTo(page, 'input[type=radio]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[type=checkbox]');
    await page.keyboard.press('Space');
    await tabTo(page, '#follow-up-phone');
    await page.keyboard.type('413-30');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText(t.badPhone).waitFor();
    const phone = page.locator('#follow-up-phone');
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect(await phone.inputValue()).toBe('413-30');
    const describedBy = (await phone.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`#${describedBy.at(-1)!}`).textContent()).toBe(t.badPhone);
    expect(await page.getByRole('checkbox', { name: t.ask }).isChecked()).toBe(true);
    expect((await fx.rows()).some((r) => r.id === id)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // Neither e-mail nor phone: named too.
    await phone.fill('');
    await page.getByRole('button', { name: t.send }).click();
    await page.getByRole('alert').getByText(t.needContact).waitFor();

    await page.locator('#follow-up-phone').fill('(951) 413-3000');
    await page.locator('#follow-up-phone').press('Enter');
    await page.waitForURL(/\/r\/quick\/thanks\?/);
    expect(await page.getByRole('status').textContent()).toContain(t.thanks);
    const item = (await queue()).find((i) => i.responseId === id);
    expect(item).toMatchObject({ department: 'permits', contact: { phone: '(951) 413-3000', language: t.lang } });
    await context.close();
  });
});

describe('where the plain form offers no follow-up', () => {
  it('has no "contact me" without a department, and says no one will reply', async () => {
    const { context, page } = await plainForm();
    await page.goto(`${fx.server.url}/r/quick`);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.locator('form').textContent()).toContain('nobody will reply to them');
    await context.close();
  });

  it('sends no request when the box is not ticked, whatever was typed', async () => {
    const { context, page } = await plainForm();
    await page.goto(`${fx.server.url}/r/quick?department=permits`);
    const id = await page.locator('input[name=id]').inputValue();
    await page.locator('fieldset').first().getByLabel('Agree', { exact: true }).check();
    await page.locator('#follow-up-email').fill('ana@example.com');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/\/r\/quick\/thanks\?/);
    expect((await fx.rows()).some((r) => r.id === id)).toBe(true);
    expect((await queue()).some((i) => i.responseId === id)).toBe(false);
    expect(await page.getByRole('status').textContent()).not.toContain('contact you');
    await context.close();
  });
});
