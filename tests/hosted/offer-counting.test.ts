// Issue 16 in Chromium: another site's page that pulls a hosted survey in
// through <img>, <iframe>, <script> or fetch() counts no offer, while a
// resident opening the link does; every page tells the truth about privacy
// in English and Spanish (anonymous only without a case); and the plain form
// sent twice (Back, then Send) is stored once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken } from '@mv-feedback/server';
import { startHostedFixture, type HostedFixture } from './hosted-fixture.js';

let fx: HostedFixture;
/** Another site: a page on `localhost` is cross-site to the server on 127.0.0.1. */
let elsewhere: Server;
let elsewhereUrl: string;
let admin: string;

beforeAll(async () => {
  fx = await startHostedFixture();
  admin = await createStaffToken(fx.server.db, { name: 'Case desk', role: 'admin' });
  elsewhere = createServer((request, response) => {
    const target = new URL(request.url ?? '/', 'http://localhost').searchParams.get('target') ?? '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Elsewhere</title>
      <img src="${target}" alt="" />
      <iframe src="${target}"></iframe>
      <script src="${target}"></script>`);
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://localhost:${(elsewhere.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await fx?.close();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

describe('what counts as an offer', () => {
  it('counts a resident opening the link, and nothing another site’s img, iframe, script or fetch pulls in', async () => {
    const cell = { department: 'parking', channel: 'web', survey: 'quick' };
    const target = `${fx.server.url}/r/quick?department=parking&channel=web`;
    const before = await fx.offers(cell);
    const { context, page } = await fx.newPage();
    await page.goto(`${elsewhereUrl}/?target=${encodeURIComponent(target)}`, { waitUntil: 'load' });
    await page.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => undefined), target);
    // The resident's own visit: one offer. The other site's requests were all answered before it, and
    // offers commit in order, so any they had counted would show in the same read.
    await page.goto(target);
    await page.locator('mv-feedback [part=title]').waitFor();
    await expect.poll(() => fx.offers(cell)).toBe(before + 1);
    await context.close();
  });
});

describe('the privacy line, in English and Spanish', () => {
  const words = {
    en: {
      linked: 'linked to your case number so staff can look at it',
      anonymous: 'anonymous',
      locale: 'en-US',
    },
    es: {
      linked: 'vinculad',
      anonymous: 'anónim',
      locale: 'es-MX',
    },
  } as const;

  async function invitationPath(interaction: string) {
    const response = await fetch(`${fx.server.url}/api/v1/invitations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
      body: JSON.stringify({ survey: 'quick', department: 'permits', channel: 'email', interactions: [interaction] }),
    });
    const { invitations } = (await response.json()) as { invitations: { url: string }[] };
    const url = new URL(invitations[0]!.url);
    return `${url.pathname}${url.search}`;
  }

  for (const lang of ['en', 'es'] as const) {
    it(`says “${words[lang].linked}” wherever a case is attached, and anonymous only where none is (${lang})`, async () => {
      const { linked, anonymous, locale } = words[lang];
      const seen = async (path: string, javaScript: boolean, where: string) => {
        const { context, page } = await fx.newPage({ javaScript, locale });
        await page.goto(`${fx.server.url}${path}`);
        const text = javaScript
          ? await page
              .locator('mv-feedback [part=title]')
              .waitFor()
              .then(() => page.locator('mv-feedback').evaluate((widget) => widget.shadowRoot?.textContent ?? ''))
          : await page.locator('form.survey-form').innerText();
        await context.close();
        return { where, text };
      };
      const withCase = [
        await seen(`/r/quick?interaction=CASE-2291&lang=${lang}`, true, 'the widget on a case’s link'),
        await seen(`/r/quick?interaction=CASE-2291&lang=${lang}`, false, 'the plain form of a case’s link'),
        await seen(`${await invitationPath(`CASE-${lang}-1`)}&lang=${lang}`, false, 'an invitation'),
      ];
      for (const { where, text } of withCase) {
        expect(text, where).toContain(linked);
        expect(text.toLowerCase(), where).not.toContain(anonymous);
      }
      const withoutCase = [
        await seen(`/r/quick?lang=${lang}`, true, 'the widget'),
        await seen(`/r/quick?lang=${lang}`, false, 'the plain form'),
      ];
      for (const { where, text } of withoutCase) {
        expect(text.toLowerCase(), where).toContain(anonymous);
        expect(text, where).not.toContain(linked);
      }
    });
  }
});

describe('the plain form sent twice', () => {
  it('stores one response when the resident goes Back and sends the same answers again', async () => {
    const before = (await fx.rows()).length;
    const { context, page } = await fx.newPage({ javaScript: false });
    await page.goto(`${fx.server.url}/r/quick?department=permits`);
    await page.locator('fieldset').nth(0).getByLabel('Strongly agree').check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/\/r\/quick\/thanks\?/);
    await page.goBack();
    expect(await page.locator('fieldset').nth(0).getByLabel('Strongly agree').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/\/r\/quick\/thanks\?/);
    expect((await fx.rows()).length).toBe(before + 1);
    await context.close();
  });
});
