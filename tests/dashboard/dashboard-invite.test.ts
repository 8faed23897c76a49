// The dashboard's "Invite residents" view (issue 8 point 8) in real Chromium
// against a real server whose links go to MV_PUBLIC_URL: the link, the QR
// code the server draws for it, the counter card, and wording to copy.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken, loadConfig, startServer, type RunningServer } from '@mv-feedback/server';
import { axeViolations } from '../support/axe.js';
import { launchChromium } from '../support/chromium.js';
import { decodeQr } from '../hosted/qr-decoder.js';
import { signIn } from './dashboard-fixture.js';

const PUBLIC_URL = 'https://feedback.riverton.example';
let dir: string;
let server: RunningServer;
let browser: Browser;
let admin: string;
let permits: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-invite-'));
  const config = loadConfig({
    env: { MV_PUBLIC_URL: PUBLIC_URL, MV_RATE_LIMIT: '0' },
    flags: { db: `file:${join(dir, 'feedback.db')}` },
  });
  server = await startServer(config, { port: 0, writerThread: false });
  admin = await createStaffToken(server.db, { name: 'Invite admin', role: 'admin' });
  permits = await createStaffToken(server.db, { name: 'Permits desk', role: 'viewer', department: 'permits' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openInvite(token: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  // Copy writes to the system clipboard; reading it back is what a paste would get.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  await signIn(page, server.url, token);
  await page.getByRole('link', { name: 'Invite residents' }).click();
  await page.getByRole('heading', { name: 'Invite residents' }).waitFor();
  return { context, page };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const value = (page: Page, label: string) => page.getByLabel(label, { exact: true }).inputValue();

describe('Invite residents', () => {
  it('makes the hosted link from the choices, with the server’s QR code of exactly that link and its counter card', async () => {
    const { context, page } = await openInvite(admin);
    expect(new URL(page.url()).searchParams.get('show')).toBe('invite');
    // No link that could not be attributed: a department and a channel come first.
    expect(await page.getByLabel('Link to the survey', { exact: true }).count()).toBe(0);

    await page.getByLabel('Survey', { exact: true }).selectOption('full');
    await page.getByLabel('Department (required)', { exact: true }).selectOption('permits');
    await page.getByLabel('Channel (required)', { exact: true }).selectOption('in-person');
    await page.getByLabel('Language of the survey').selectOption('es');
    const link = `${PUBLIC_URL}/r/full?department=permits&channel=in-person&lang=es`;
    expect(await value(page, 'Link to the survey')).toBe(link);
    expect(await page.getByRole('link', { name: 'Open the survey' }).getAttribute('href')).toBe(link);

    const qr = page.getByRole('img', { name: `QR code of ${link}` });
    await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await decodeQr(page, (await qr.getAttribute('src'))!)).toBe(link);

    // The card is the server's own page for the same link (its code names no language).
    const card = await page.getByRole('link', { name: 'Print counter card' }).getAttribute('href');
    expect(card).toBe('/r/full/card?department=permits&channel=in-person');
    const cardPage = await (await fetch(`${server.url}${card}`)).text();
    expect(cardPage).toContain(`${PUBLIC_URL}/r/full?department=permits&amp;channel=in-person`);
    expect(cardPage).toContain('Building permits');

    await context.close();
  });

  it('gives email and text-message wording in both languages to copy, and stays on its page on reload', async () => {
    const { context, page } = await openInvite(admin);
    await page.getByLabel('Department (required)', { exact: true }).selectOption('permits');
    await page.getByLabel('Channel (required)', { exact: true }).selectOption('email');
    const link = `${PUBLIC_URL}/r/quick?department=permits&channel=email`;
    // Wording in both languages, each naming the department in its own language and holding the link.
    const emailEn = await value(page, 'Email in English');
    expect(emailEn).toMatch(/^How did we do\? Building permits\n/);
    expect(emailEn).toContain(`\n${link}\n`);
    const textEs = await value(page, 'Text message in Spanish');
    expect(textEs).toBe(
      `Gracias por comunicarse con Permisos de construcción. ¿Cómo lo atendimos? Encuesta anónima de 1 minuto: ${link}`,
    );

    await page.getByRole('button', { name: 'Copy the email in English' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied: Email in English.' }).waitFor();
    expect(await clipboard(page)).toBe(emailEn);
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await clipboard(page)).toBe(link);
    expect(await axeViolations(page)).toEqual([]);

    // The view is a page of its own: a reload stays on it.
    await page.reload();
    await page.getByRole('heading', { name: 'Invite residents' }).waitFor();
    await context.close();
  });

  it('reads and copies in Spanish, and is clean for axe there too', async () => {
    const { context, page } = await openInvite(admin);
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Invitar a residentes' }).waitFor();
    await page.getByLabel('Departamento').selectOption('library');
    await page.getByLabel('Canal').selectOption('web');
    const link = `${PUBLIC_URL}/r/quick?department=library&channel=web`;
    expect(await value(page, 'Enlace a la encuesta')).toBe(link);
    const emailEs = await value(page, 'Correo en español');
    expect(emailEs).toContain('Gracias por comunicarse con Biblioteca');
    expect(emailEs).toContain(link);
    await page.getByRole('button', { name: 'Copiar el mensaje de texto en inglés' }).click();
    await page.getByRole('status').filter({ hasText: 'Copiado: Mensaje de texto en inglés.' }).waitFor();
    expect(await clipboard(page)).toBe(await value(page, 'Mensaje de texto en inglés'));
    expect(await clipboard(page)).toMatch(/^Thanks for contacting Library\. How did we do\?/);
    expect(await page.getByRole('link', { name: 'Imprimir tarjeta de mostrador' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('gives a department-scoped token links for its own department only', async () => {
    const { context, page } = await openInvite(permits);
    expect(await page.getByLabel('Department').count()).toBe(0);
    await page.getByLabel('Channel').selectOption('phone');
    expect(await value(page, 'Link to the survey')).toBe(`${PUBLIC_URL}/r/quick?department=permits&channel=phone`);
    await context.close();
  });
});
