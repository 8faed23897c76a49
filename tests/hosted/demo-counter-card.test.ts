// The demo city page's counter-card example (issue 8 point 9): the code a
// resident served at the Permit Center counter scans, and the card staff print.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';
import { launchChromium } from '../support/chromium.js';
import { decodeQr } from './qr-decoder.js';
import { PUBLIC_URL } from './hosted-fixture.js';

let dir: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-demo-card-'));
  const config = loadConfig({
    env: { MV_PUBLIC_URL: PUBLIC_URL, MV_RATE_LIMIT: '0' },
    flags: { db: `file:${join(dir, 'feedback.db')}` },
  });
  server = await startServer(config, { port: 0, demo: true, writerThread: false });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo city page’s counter card', () => {
  it.each([
    ['/demo/', "QR code of the Permit Center's survey link", '', "see the Permit Center's counter card"],
    [
      '/demo/es/',
      'Código QR del enlace a la encuesta del Centro de Permisos',
      '&lang=es',
      'vea la tarjeta de mostrador del Centro de Permisos',
    ],
  ])('%s shows the counter’s QR code of its hosted link, and links to the card', async (path, alt, lang, cardLink) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    const qr = page.getByRole('img', { name: alt });
    expect(await decodeQr(page, (await qr.getAttribute('src'))!)).toBe(
      `${PUBLIC_URL}/r/quick?department=permits&channel=in-person${lang}`,
    );
    await page.getByRole('link', { name: cardLink }).click();
    await page.waitForURL(/\/r\/quick\/card\?department=permits&channel=in-person$/);
    await page.getByText(`${PUBLIC_URL}/r/q/permits-in-person`).first().waitFor();
    await page.getByText('Building permits').first().waitFor();
    await context.close();
  });
});
