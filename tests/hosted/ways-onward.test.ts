// Issue 23, a resident's points 2, 4, 5 and 6: no hosted page is a dead end
// (a help link from MV_HELP_URL or the department's own helpHref, a way on
// from a wrong link or an invitation that cannot be answered), the counter
// card's short link, titles that fit the channel, the header in Spanish, a
// favicon and a meta description.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@mv-feedback/scoring';
import { axeViolations } from '../support/axe.js';
import { startHostedFixture, type HostedFixture } from './hosted-fixture.js';

const HELP_URL = 'https://www.riverton.example.gov/contact';
const PERMITS_HELP = 'tel:+1-555-0100';
let fx: HostedFixture;
let plain: HostedFixture;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-onward-'));
  const catalogue = join(dir, 'catalogue.json');
  const departments = defaultCatalogue.departments!.map((d) =>
    d.id === 'permits' ? { ...d, helpHref: PERMITS_HELP } : d,
  );
  writeFileSync(catalogue, JSON.stringify({ ...defaultCatalogue, departments }));
  fx = await startHostedFixture({ MV_HELP_URL: HELP_URL, MV_CATALOGUE: catalogue, MV_RATE_LIMIT: '3' });
  // No MV_CITY_NAME: the header is the default words, in the page's language.
  plain = await startHostedFixture({ MV_CITY_NAME: '' });
});

afterAll(async () => {
  await fx?.close();
  await plain?.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = async (f: HostedFixture, path: string) => {
  const response = await fetch(`${f.server.url}${path}`, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

describe('a help link on every hosted page', () => {
  it('gives the widget and the form MV_HELP_URL, or the department’s own contact when the catalogue has one', async () => {
    const city = await page(fx, '/r/quick?department=parks-community-services');
    expect(city.text).toContain(`help-href="${HELP_URL}"`);
    expect(city.text).toContain(`<a href="${HELP_URL}">Need an answer? Contact us.</a>`);
    const permits = await page(fx, '/r/quick?department=permits&lang=es');
    expect(permits.text).toContain(`help-href="${PERMITS_HELP}"`);
    expect(permits.text).toContain(`<a href="${PERMITS_HELP}">¿Necesita una respuesta? Contáctenos.</a>`);
  });

  it('offers a way on from an unknown survey, an unknown short link and an invitation that is not valid', async () => {
    for (const path of ['/r/nope?department=permits', '/r/q/no-such-place', '/r/quick?inv=not-a-token']) {
      const { status, text } = await page(fx, path);
      expect([400, 404]).toContain(status);
      expect(text).toMatch(/<a href="\/r\/quick[^"]*">Tell us how we did on our short survey<\/a>/);
      expect(text).toContain(`<a href="${path.startsWith('/r/nope') ? PERMITS_HELP : HELP_URL}">`);
    }
  });

  it('is axe-clean, in English and Spanish, on the page of an unknown short link', async () => {
    for (const locale of ['en-US', 'es-MX']) {
      const { context, page: tab } = await fx.newPage({ locale });
      await tab.goto(`${fx.server.url}/r/q/no-such-place`);
      expect(await tab.getByRole('link').count()).toBeGreaterThanOrEqual(2);
      expect(await axeViolations(tab)).toEqual([]);
      await context.close();
    }
  });
});

describe('the counter card’s short link', () => {
  it('redirects /r/q/<department>-<channel> to the full link, a department or a channel alone too', async () => {
    for (const [slug, query] of [
      ['permits-in-person', '?department=permits&channel=in-person'],
      ['parks-community-services', '?department=parks-community-services'],
      ['phone', '?channel=phone'],
    ]) {
      const { status, headers } = await page(plain, `/r/q/${slug}`);
      expect(status).toBe(303);
      expect(headers.get('location')).toBe(`/r/quick${query}`);
    }
  });

  it('is counted against a rate per client like the other public routes (MV_RATE_LIMIT a minute)', async () => {
    // This server takes 3 a minute; the tests above followed some of them already.
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await page(fx, '/r/q/permits-in-person'));
    const last = answers.at(-1)!;
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.text).toContain('You have sent many answers in a short time');
    // Its own rate: the survey itself still opens.
    expect((await page(fx, '/r/quick')).status).toBe(200);
  });
});

describe('titles and header', () => {
  it.each([
    ['in-person', 'Rate your visit'],
    ['web', 'Rate our online service'],
    ['phone', 'Rate your call'],
    ['email', 'Rate our reply by email'],
  ])('titles the survey for channel=%s “%s”', async (channel, title) => {
    const { text } = await page(plain, `/r/quick?channel=${channel}&lang=en`);
    expect(text).toContain(`<h2 id="survey-title">${title}</h2>`);
  });

  it('says the default header in Spanish on a Spanish page', async () => {
    expect((await page(plain, '/r/quick?lang=es')).text).toContain('<h1>Servicios de la ciudad</h1>');
    expect((await page(plain, '/r/quick?lang=en')).text).toContain('<h1>City services</h1>');
  });
});

describe('favicon and description', () => {
  it('serves /favicon.ico, kept in caches', async () => {
    const { status, headers, text } = await page(plain, '/favicon.ico');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('image/svg+xml');
    expect(headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(text).toMatch(/^<svg /);
  });

  it('describes each hosted page in its language', async () => {
    expect((await page(plain, '/r/quick?lang=en')).text).toMatch(
      /<meta name="description" content="A one-minute survey/,
    );
    expect((await page(plain, '/r/quick/card?lang=es')).text).toMatch(/<meta name="description" content="Una encuesta/);
  });
});
