// The QR code and the printable counter card (docs/design.md §9, issue 8 point 3):
// the code decodes to exactly the absolute link made from MV_PUBLIC_URL, and
// the card prints on one page of Letter and of A4, in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { saveScreenshot } from '../support/screenshots.js';
import { CITY_NAME, PUBLIC_URL, consoleErrors, startHostedFixture, type HostedFixture } from './hosted-fixture.js';
import { decodeQr, pdfPageCount } from './qr-decoder.js';

let fx: HostedFixture;

beforeAll(async () => {
  fx = await startHostedFixture();
});

afterAll(async () => {
  await fx?.close();
});

const CONTEXT = 'department=permits&channel=in-person';
/** Paper sizes in millimetres. */
const PAPER = { Letter: { width: 215.9, height: 279.4 }, A4: { width: 210, height: 297 } };

describe('GET /r/:survey/qr.svg', () => {
  it('is an SVG image of the absolute hosted link with the same parameters, built from MV_PUBLIC_URL', async () => {
    const response = await fetch(`${fx.server.url}/r/quick/qr.svg?${CONTEXT}&interaction=CASE-9`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toMatch(/^<\?xml[^>]*\?><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const { context, page } = await fx.newPage();
    await page.goto(`${fx.server.url}/r/hosted.css`);
    expect(await decodeQr(page, `/r/quick/qr.svg?${CONTEXT}&interaction=CASE-9`)).toBe(
      `${PUBLIC_URL}/r/quick?${CONTEXT}&interaction=CASE-9`,
    );
    // A language named in the link stays in the code; a bad channel does not reach it.
    expect(await decodeQr(page, `/r/full/qr.svg?department=library&channel=fax&lang=es`)).toBe(
      `${PUBLIC_URL}/r/full?department=library&lang=es`,
    );
    await context.close();
  });

  it('answers an unknown survey with 404', async () => {
    expect((await fetch(`${fx.server.url}/r/long/qr.svg`)).status).toBe(404);
  });
});

describe('GET /r/:survey/card', () => {
  it('shows the department, the call in English and Spanish, the code and the link it holds, under the CSP', async () => {
    const { context, page } = await fx.newPage({ width: 1280 });
    const errors = consoleErrors(page);
    const response = await page.goto(`${fx.server.url}/r/quick/card?${CONTEXT}`);
    expect(response?.headers()['content-security-policy']).toContain("img-src 'self'");
    const text = await page.locator('main').innerText();
    for (const words of [
      CITY_NAME,
      'Building permits',
      'Permisos de construcción',
      'How did we do?',
      '¿Cómo lo hicimos?',
      'Scan the code with your phone’s camera',
      'Escanee el código con la cámara de su teléfono',
    ]) {
      expect(text).toContain(words);
    }
    // The code holds the full link; the words give the short one a resident can type, which leads to the same.
    const link = `${PUBLIC_URL}/r/quick?${CONTEXT}`;
    expect(await page.locator('.link').innerText()).toBe(`Or go to ${PUBLIC_URL}/r/q/permits-in-person`);
    const src = (await page.locator('img').getAttribute('src'))!;
    expect(await decodeQr(page, src)).toBe(link);
    const short = await fetch(`${fx.server.url}/r/q/permits-in-person`, { redirect: 'manual' });
    expect(short.status).toBe(303);
    expect(short.headers.get('location')).toBe(`/r/quick?${CONTEXT}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const format of ['Letter', 'A4'] as const) {
    it(`prints on one page of ${format}`, async () => {
      const { context, page } = await fx.newPage({ width: 1280, locale: 'es-MX' });
      await page.goto(`${fx.server.url}/r/quick/card?department=parks-community-services&channel=in-person`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdfPageCount(pdf)).toBe(1);
      // As printed: the paper's width within the card's 15 mm margins, at 96 px to the inch.
      const mm = (px: number) => (px * 25.4) / 96;
      const paper = PAPER[format];
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor(((paper.width - 30) * 96) / 25.4), height: 740 });
      const qr = (await page.locator('img').boundingBox())!;
      // The 10:1 rule: a code 100 mm wide scans from a metre. The code's modules, not its quiet zone of 4 a side.
      const viewBox = await page.locator('img').evaluate(async (img: HTMLImageElement) => {
        const svg = await (await fetch(img.src)).text();
        return /viewBox="-4 -4 (\d+) \d+"/.exec(svg)![1]!;
      });
      const modules = Number(viewBox) - 8;
      expect(mm((qr.width * modules) / (modules + 8))).toBeGreaterThanOrEqual(95);
      // The short link on one line, never broken or hyphenated mid-word.
      const link = page.locator('.link .unbroken');
      expect(await link.innerText()).toBe(`${PUBLIC_URL}/r/q/parks-community-services-in-person`);
      expect(await link.evaluate((span) => span.getClientRects().length)).toBe(1);
      expect(await link.evaluate((span) => getComputedStyle(span).hyphens)).toBe('none');
      const right = await link.evaluate((span) => span.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
      // The page is used: the card's content reaches past two thirds of the printable height.
      const bottom = await page.locator('.link').evaluate((p) => p.getBoundingClientRect().bottom);
      expect(mm(bottom)).toBeGreaterThan(((paper.height - 30) * 2) / 3);
      await context.close();
    });
  }

  it('makes the README’s picture of the printed card', async () => {
    // An A4 sheet at 96 px per inch, as it prints.
    const { context, page } = await fx.newPage({ width: 794 });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${fx.server.url}/r/quick/card?${CONTEXT}`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await saveScreenshot(page, 'counter-card.png');
    await context.close();
  });
});
