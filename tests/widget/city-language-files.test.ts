// The widget's language files come from the packs the server loaded (docs/
// design.md §14): a city's Spanish pack in MV_LOCALE_DIR that rewords Send
// reaches the widget the server hosts, as does a city's pack for another
// offered language; an English page still fetches no language file; a
// language MV_LOCALES does not offer has none. Each file is the build's module
// format, within its 1.5 KiB gzip budget, cached and compressed as the bundle.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILT_IN_PACKS, textOf, type LocalePack } from '@mv-feedback/scoring';
import { consoleErrors, useHostedFixture } from '../hosted/hosted-fixture.js';

/** What the build holds each language file to (tests/widget/bundle-size.test.ts). */
const LANGUAGE_BUDGET = 1.5 * 1024;
const SPANISH_SEND = 'Enviar mi opinión';
const VIETNAMESE_SEND = 'Gửi ý kiến';
const withText = (pack: LocalePack, key: string, text: string): LocalePack => ({
  ...pack,
  texts: { ...pack.texts, [key]: text },
});

const fx = useHostedFixture(
  { MV_LOCALES: 'en,es,vi' },
  {
    cityPacks: [
      withText(BUILT_IN_PACKS.es, 'widget.send', SPANISH_SEND),
      withText(BUILT_IN_PACKS.vi, 'widget.send', VIETNAMESE_SEND),
    ],
  },
);

/** The hosted survey with the widget in `lang`, and the scripts it fetched. */
async function openSurvey(lang: string, send: string): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const { page } = await fx().newPage();
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  const errors = consoleErrors(page);
  await page.goto(`${fx().server.url}/r/quick?lang=${lang}`);
  await page.locator('mv-feedback').getByRole('button', { name: send, exact: true }).waitFor();
  return { page, scripts, errors };
}

describe('the widget the server hosts', () => {
  it("shows the city's Spanish pack, from a language file the server made of it", async () => {
    const { page, scripts, errors } = await openSurvey('es', SPANISH_SEND);
    const widget = page.locator('mv-feedback');
    expect(await widget.locator('.widget').getAttribute('lang')).toBe('es');
    // The rest of the pack is the city's copy of the built-in one.
    expect(await widget.locator('.widget fieldset label').first().textContent()).toBe(
      textOf(BUILT_IN_PACKS.es.texts['answer.agree1']),
    );
    expect(scripts.filter((url) => url.includes('/mv-feedback'))).toEqual([
      `${fx().server.url}/mv-feedback.js`,
      `${fx().server.url}/mv-feedback-es.js`,
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a city's pack for another offered language", async () => {
    const { page, errors } = await openSurvey('vi', VIETNAMESE_SEND);
    expect(await page.locator('mv-feedback .widget').getAttribute('lang')).toBe('vi');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fetches no language file on an English page', async () => {
    const { page, scripts } = await openSurvey('en', 'Send');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((url) => url.includes('/mv-feedback'))).toEqual([`${fx().server.url}/mv-feedback.js`]);
    await page.context().close();
  });
});

describe('a language file', () => {
  it('is a JavaScript module of the pack, within 1.5 KiB gzipped, cached and compressed as the bundle', async () => {
    const url = `${fx().server.url}/mv-feedback-es.js`;
    const plain = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const bundle = await fetch(`${fx().server.url}/mv-feedback.js`, { headers: { 'Accept-Encoding': 'identity' } });
    for (const header of ['cache-control', 'access-control-allow-origin', 'cross-origin-resource-policy']) {
      expect(plain.headers.get(header)).toBe(bundle.headers.get(header));
    }
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
    const source = await plain.text();
    expect(source).toMatch(/^export default\{name:"Español",dir:"ltr",texts:\{/);
    expect(source).toContain(`send:${JSON.stringify(SPANISH_SEND)}`);
    expect(source).not.toContain('hosted.');

    const etag = plain.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await fetch(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);

    // Node's fetch undoes the coding: the same module arrives.
    const gzipped = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(gzipped.headers.get('etag')).toBe(`W/${etag}`);
    expect(await gzipped.text()).toBe(source);
    const br = await fetch(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toBe(source);
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(LANGUAGE_BUDGET);
  });

  it('is not there for a language MV_LOCALES does not offer', async () => {
    const response = await fetch(`${fx().server.url}/mv-feedback-ko.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
