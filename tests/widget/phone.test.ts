// The quick survey on a phone, on the demo page against the real server in
// Chromium at 360×740: the agreement scale in one row of native radios, fewer
// screens than the stacked answers took, the line under the title that says
// who reads the answers, no reference code unless the page asks, axe-core
// clean; and at 320 px, nothing scrolling sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { accessibilityTree, startHarness, type Harness } from './harness.js';

const PHONE = { width: 360, height: 740 };

let h: Harness;
let context: BrowserContext;
beforeAll(async () => {
  h = await startHarness();
  context = await h.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
});
afterAll(async () => {
  await h?.close();
});

const widget = (p: Page) => p.locator('main mv-feedback');
const status = (p: Page) => widget(p).locator('[part=status]');

async function open(path: string, viewport = PHONE): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${h.server.url}${path}`);
  await widget(page).locator('fieldset').first().waitFor();
  return page;
}

/** Where each label of a question sits, and what its point shows. */
const layout = (p: Page, question: number) =>
  widget(p)
    .locator('fieldset')
    .nth(question)
    .evaluate((fieldset) => ({
      labels: [...fieldset.querySelectorAll('label')].map((label) => {
        const box = label.getBoundingClientRect();
        return {
          top: Math.round(box.top),
          bottom: Math.round(box.bottom),
          width: box.width,
          height: box.height,
          shows: getComputedStyle(label, '::after').content,
          radio: label.querySelector('input')!.type,
        };
      }),
      ends: fieldset.querySelector('.scale-ends')!.getBoundingClientRect().bottom,
      endsText: [...fieldset.querySelectorAll('.scale-ends span')].map((s) => s.textContent),
    }));

describe.each([
  {
    lang: 'en',
    path: '/demo/',
    names: ['Strongly disagree 1', 'Disagree 2', 'Neither agree nor disagree 3', 'Agree 4', 'Strongly agree 5'],
    notApplicable: 'Does not apply',
    about:
      'It takes about a minute. Optional and anonymous: city staff read the answers to improve service, and no one will reply.',
    aboutCase:
      'It takes about a minute. Optional, and linked to your case number so staff can look at it: city staff read the answers to improve service, and no one will reply.',
    help: ['Need an answer? Contact us.', '#contact'],
  },
  {
    lang: 'es',
    path: '/demo/es/',
    names: [
      'Muy en desacuerdo 1',
      'En desacuerdo 2',
      'Ni de acuerdo ni en desacuerdo 3',
      'De acuerdo 4',
      'Muy de acuerdo 5',
    ],
    notApplicable: 'No corresponde',
    about:
      'Toma alrededor de un minuto. Todo es opcional y anónimo: el personal de la ciudad lee las respuestas para mejorar el servicio y nadie le responderá.',
    aboutCase:
      'Toma alrededor de un minuto. Todo es opcional y queda vinculado al número de su caso para que el personal pueda revisarlo: el personal de la ciudad lee las respuestas para mejorar el servicio y nadie le responderá.',
    help: ['¿Necesita una respuesta? Contáctenos.', '#contacto'],
  },
])('on a phone, in $lang', ({ path, names, notApplicable, about, aboutCase, help }) => {
  it('puts each agreement scale in one row of five numbered 44 px radios, its two ends under it', async () => {
    const page = await open(path);
    for (const question of [0, 1, 2]) {
      const { labels, ends, endsText } = await layout(page, question);
      const points = labels.slice(0, 5);
      expect(new Set(points.map((l) => l.top)).size).toBe(1);
      expect(points.map((l) => l.shows)).toEqual(['"1"', '"2"', '"3"', '"4"', '"5"']);
      for (const { width, height, radio } of labels) {
        expect(radio).toBe('radio');
        expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
      }
      expect(endsText).toEqual([names[0]!.slice(0, -2), names[4]!.slice(0, -2)]);
      expect(labels[5]!.top).toBeGreaterThan(ends);
      expect(points[0]!.bottom).toBeLessThan(ends);
    }
    // What a screen reader says: the question names the group, each radio its words and the number it shows.
    const tree = await accessibilityTree(page);
    const radios = tree.filter((n) => n.role === 'radio').map((n) => n.name);
    expect(radios.slice(0, 6)).toEqual([...names, notApplicable]);
    const legend = await widget(page).locator('legend').first().textContent();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'group', name: legend }));
    await page.close();
  });

  it('says under the title how long it takes, who reads the answers and that no one replies, with the help link', async () => {
    const page = await open(path);
    const line = widget(page).locator('[part=title] + p');
    expect((await line.textContent())!.replace(/\s+/g, ' ').trim()).toBe(`${about} ${help[0]}`);
    expect(await line.locator('a').getAttribute('href')).toBe(help[1]);
    // A page that sends the resident's case number does not call the answers anonymous.
    await widget(page).evaluate((el) => el.setAttribute('interaction', 'CASE-2291'));
    await expect
      .poll(async () => (await line.textContent())!.replace(/\s+/g, ' ').trim())
      .toBe(`${aboutCase} ${help[0]}`);
    await page.close();
  });

  it('leaves axe-core nothing to report, with an answer chosen', async () => {
    const page = await open(path);
    await widget(page).getByRole('radio').nth(3).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the quick survey on a phone', () => {
  it('spans at most 1.8 screen heights from its title to Send, whichever rotating question is drawn', async () => {
    // 2.60 screen heights when every answer was stacked (1,923 px, with an agreement question drawn).
    const drawn = new Set<string>();
    for (let draw = 0; draw < 8; draw++) {
      const page = await context.newPage();
      // The quick survey draws one of eight: a fixed Math.random picks each in turn.
      await page.addInitScript((value) => (Math.random = () => value), (draw + 0.5) / 8);
      await page.goto(`${h.server.url}/demo/`);
      await widget(page).locator('fieldset').first().waitFor();
      drawn.add((await widget(page).locator('legend').nth(3).textContent()) ?? '');
      const title = await widget(page).locator('[part=title]').boundingBox();
      const send = await widget(page).locator('[part~=send]').boundingBox();
      expect((send!.y + send!.height - title!.y) / PHONE.height).toBeLessThanOrEqual(1.8);
      await page.close();
    }
    expect(drawn.size).toBe(8);
  });

  it('takes five taps, one a question and Send, and thanks without a code', async () => {
    const page = await open('/demo/');

    const sent = page.evaluate(
      () => new Promise<string>((resolve) => addEventListener('mv-feedback-sent', (e) => resolve(e.detail.id))),
    );
    for (const question of [0, 1, 2, 3]) {
      const fieldset = widget(page).locator('fieldset').nth(question);
      const yesNo = (await fieldset.locator('input').count()) === 3;
      await fieldset
        .locator('label')
        .nth(yesNo ? 0 : 3)
        .tap();
    }
    await widget(page).locator('[part~=send]').tap();
    await expect.poll(() => status(page).textContent()).toBe('Thank you for your feedback.');
    const id = await sent;
    const row = (await h.rows()).find((r) => r.id === id)!;
    const { listened, positive, accurate, ...rotating } = JSON.parse(String(row.answers));
    expect([listened, positive, accurate]).toEqual([4, 4, 4]);
    expect(Object.values(rotating)).toEqual([expect.toBeOneOf([4, 'yes'])]);
    await page.close();
  });

  it('shows the reference code only on a page that asks for it with show-reference', async () => {
    const page = await open('/demo/');
    await widget(page).evaluate((el) => el.setAttribute('show-reference', ''));
    await widget(page).getByLabel('Agree', { exact: true }).first().check();
    await widget(page).locator('[part~=send]').click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Thank you for your feedback\. Your reference/);
    const code = /is ([0-9A-F]{8})\.$/.exec((await status(page).textContent())!)![1];
    expect((await h.rows()).map((r) => String(r.id).slice(0, 8).toUpperCase())).toContain(code);
    await page.close();
  });

  it('at 320 px keeps the row of 44 px targets with nothing scrolling sideways (WCAG 1.4.10)', async () => {
    const page = await open('/demo/es/', { width: 320, height: 640 });
    const { labels } = await layout(page, 0);
    expect(new Set(labels.slice(0, 5).map((l) => l.top)).size).toBe(1);
    expect(Math.min(...labels.flatMap((l) => [l.width, l.height]))).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
