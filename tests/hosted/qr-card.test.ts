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
    const link = `${PUBLIC_URL}/r/quick?${CONTEXT}`;
    expect(await page.locator('.link').innerText()).toBe(`Or go to ${link}`);
    const src = (await page.locator('img').getAttribute('src'))!;
    expect(await decodeQr(page, src)).toBe(link);
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
