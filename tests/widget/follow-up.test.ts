// "Contact me" in the widget (docs/design.md §12), on the demo city page
// against the real server in Chromium at 360 px, in English and Spanish, by
// keyboard only: the choice reveals the fields, the line under the title
// changes, a mistake is announced and named beside its field, and a request
// sent reaches the staff queue. Never in a kiosk, nor without a department.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createStaffToken } from '@mv-feedback/server';
import { axeViolations } from '../support/axe.js';
import { deepActive, startHarness, waitFor, type Harness } from './harness.js';

const PHONE = { width: 360, height: 740 };

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await startHarness();
  token = await createStaffToken(h.server.db, { name: 'Follow-up test admin', role: 'admin' });
});
afterAll(async () => {
  await h?.close();
});

const widget = (p: Page) => p.locator('main mv-feedback');

async function open(path: string): Promise<Page> {
  const page = await h.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  await page.goto(`${h.server.url}${path}`);
  await widget(page).locator('fieldset').first().waitFor();
  return page;
}

/** Tabs until the focus is on a control whose label or type matches, and returns what has the focus. */
async function tabTo(page: Page, matches: (active: Awaited<ReturnType<typeof deepActive>>) => boolean) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const active = await deepActive(page);
    if (matches(active)) return active;
  }
  throw new Error('not reached by Tab');
}

/** The accessible description of the focused element, as a screen reader reads it after its name. */
const focusedDescription = (page: Page) =>
  widget(page).evaluate((el) => {
    const active = el.shadowRoot!.activeElement!;
    return (active.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim())
      .join(' ');
  });

describe.each([
  {
    lang: 'en',
    path: '/demo/',
    ask: 'I would like someone from the city to contact me about this',
    trust: 'You asked to be contacted',
    needContact: 'Please give an e-mail address or a phone number so we can contact you.',
    badPhone: 'Please check the phone number; it should have 7 to 15 digits.',
    thanks: 'Someone from the department will contact you.',
    privacy: 'deleted 90 days after your request is closed',
    legend: 'How to contact you',
  },
  {
    lang: 'es',
    path: '/demo/es/',
    ask: 'Quiero que alguien de la ciudad se comunique conmigo sobre esto',
    trust: 'Usted pidió que lo contacten',
    needContact: 'Indique un correo electrónico o un número de teléfono para que podamos comunicarnos con usted.',
    badPhone: 'Revise el número de teléfono; debe tener de 7 a 15 dígitos.',
    thanks: 'Alguien del departamento se comunicará con usted.',
    privacy: 'se borran 90 días después de cerrar su solicitud',
    legend: 'Cómo comunicarnos con usted',
  },
])('asking to be contacted, in $lang', (t) => {
  it('reveals the fields by keyboard, announces what to fix, and sends a request staff can see', async () => {
    const page = await open(t.path);
    const w = widget(page);
    const checkbox = w.getByRole('checkbox', { name: t.ask });
    expect(await checkbox.isChecked()).toBe(false);
    expect(await w.getByRole('textbox').count()).toBe(1);

    // Keyboard only: an answer, then the checkbox, by Tab and Space.
    await tabTo(page, (a) => a.type === 'radio');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, (a) => a.type === 'checkbox');
    await page.keyboard.press('Space');
    expect(await w.locator('p.muted').first().textContent()).toContain(t.trust);
    // Who sees the details and when they are deleted, read with the checkbox and over the fields.
    expect(await checkbox.getAttribute('aria-describedby')).toBe('f-p');
    expect(await w.locator('#f-p').textContent()).toContain(t.privacy);
    expect(await w.getByRole('group', { name: t.legend }).count()).toBe(1);
    expect(await w.locator('#f-name').getAttribute('autocomplete')).toBe('name');
    expect(await w.locator('#f-email').getAttribute('autocomplete')).toBe('email');
    expect(await w.locator('#f-phone').getAttribute('autocomplete')).toBe('tel');
    expect(await w.locator('#f-language').inputValue()).toBe(t.lang);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Send with neither e-mail nor phone: the error is announced, and the focus goes to the e-mail field, which names it.
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/responses')) sent.push(request.postData()!);
    });
    await tabTo(page, (a) => a.part.includes('send'));
    await page.keyboard.press('Enter');
    await waitFor(async () => (await w.locator('[part=error]').textContent()) === t.needContact);
    expect(await w.locator('[part=error]').getAttribute('role')).toBe('alert');
    expect((await deepActive(page)).type).toBe('email');
    expect(await focusedDescription(page)).toContain(t.needContact);

    // A phone that is too short is named beside its field.
    await page.keyboard.press('Tab');
    await page.keyboard.type('413-30');
    await tabTo(page, (a) => a.part.includes('send'));
    await page.keyboard.press('Enter');
    await waitFor(async () => (await w.locator('[part=error]').textContent()) === t.badPhone);
    expect(await w.locator('#f-phone').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedDescription(page)).toContain(t.badPhone);
    expect(await axeViolations(page)).toEqual([]);
    expect(sent).toEqual([]);

    await page.keyboard.press('End');
    await page.keyboard.type('00');
    await tabTo(page, (a) => a.part.includes('send'));
    await page.keyboard.press('Enter');
    await waitFor(async () => ((await w.locator('[part=status]').textContent()) ?? '').includes(t.thanks));
    const body = JSON.parse(sent[0]!) as { id: string; followUp: unknown };
    expect(body.followUp).toEqual({ phone: '413-3000', language: t.lang });

    // Staff see it in the queue, its contact details only when they ask.
    const response = await fetch(`${h.server.url}/api/v1/follow-ups?status=all&contact=true`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { items } = (await response.json()) as {
      items: Array<{ responseId: string; department: string; contact: { phone: string; language: string } }>;
    };
    const item = items.find((i) => i.responseId === body.id);
    expect(item).toMatchObject({ department: 'permits', contact: { phone: '413-3000', language: t.lang } });
    await page.close();
  });
});

describe('where a follow-up is not offered', () => {
  it('is not offered in a kiosk, where the next resident would see the details', async () => {
    const page = await open('/demo/kiosk.html');
    expect(await widget(page).getAttribute('mode')).toBe('kiosk');
    expect(await widget(page).locator('fieldset').count()).toBeGreaterThan(0);
    expect(await widget(page).getByRole('checkbox').count()).toBe(0);
    await page.close();
  });

  it('is not offered without a department, which would answer it', async () => {
    const page = await open('/demo/');
    const w = widget(page);
    await w.getByRole('checkbox').waitFor();
    await w.evaluate((el) => el.removeAttribute('department'));
    await waitFor(async () => (await w.getByRole('checkbox').count()) === 0);
    await page.close();
  });

  it('is offered in the dialog of mode="button"', async () => {
    const page = await open('/demo/');
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<mv-feedback mode="button" department="permits"></mv-feedback>'),
    );
    const dialogWidget = page.locator('mv-feedback[mode=button]');
    await dialogWidget.locator('[part=open-button]').click();
    await dialogWidget
      .getByRole('checkbox', { name: 'I would like someone from the city to contact me about this' })
      .waitFor();
    await page.close();
  });
});
