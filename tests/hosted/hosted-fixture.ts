// A real server on a temp libSQL file, named as a city names it, and one
// Chromium: the hosted survey pages as residents reach them (docs/design.md §9).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalePack } from '@mv-feedback/scoring';
import { launchChromium } from '../support/chromium.js';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';

export const CITY_NAME = 'City of Riverton';
/**
 * A phone's browser as it names itself: headless Chromium's own user agent
 * says "HeadlessChrome", which the server takes for a robot and counts no
 * offer for.
 */
export const BROWSER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
/** Not where the test server listens: links and QR codes must be made from it all the same. */
export const PUBLIC_URL = 'https://feedback.riverton.example.gov';

export interface HostedFixture {
  server: RunningServer;
  browser: Browser;
  /** A tab of `width` × 740 px, with or without JavaScript, whose browser prefers `locale`. */
  newPage(options?: {
    width?: number;
    javaScript?: boolean;
    locale?: string;
  }): Promise<{ context: BrowserContext; page: Page }>;
  /** Offers counted so far in every cell ('*' for all of a dimension). */
  offers(cell?: { department?: string; channel?: string; survey?: string }): Promise<number>;
  /** The stored responses, oldest first. */
  rows(): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * The server and a browser; `cityPacks` are written into a folder of the
 * fixture's own, served as the city's `MV_LOCALE_DIR` (docs/design.md §14).
 */
export async function startHostedFixture(
  env: Record<string, string> = {},
  { cityPacks = [] }: { cityPacks?: LocalePack[] } = {},
): Promise<HostedFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-hosted-'));
  const packs = join(dir, 'locales');
  if (cityPacks.length > 0) {
    mkdirSync(packs);
    for (const pack of cityPacks) writeFileSync(join(packs, `${pack.locale}.json`), JSON.stringify(pack));
  }
  const config = loadConfig({
    env: {
      MV_CITY_NAME: CITY_NAME,
      MV_PUBLIC_URL: PUBLIC_URL,
      MV_RATE_LIMIT: '0',
      ...(cityPacks.length > 0 ? { MV_LOCALE_DIR: packs } : {}),
      ...env,
    },
    flags: { db: `file:${join(dir, 'feedback.db')}` },
  });
  const server = await startServer(config, { port: 0 });
  const browser = await launchChromium();
  return {
    server,
    browser,
    async newPage({ width = 360, javaScript = true, locale = 'en-US' } = {}) {
      const context = await browser.newContext({
        viewport: { width, height: 740 },
        javaScriptEnabled: javaScript,
        locale,
        userAgent: BROWSER_AGENT,
      });
      const page = await context.newPage();
      return { context, page };
    },
    async offers({ department = '*', channel = '*', survey = '*' } = {}) {
      const { rows } = await server.db.execute({
        sql: 'SELECT coalesce(SUM(offers), 0) AS offers FROM offer_cube WHERE department = ? AND channel = ? AND survey = ?',
        args: [department, channel, survey],
      });
      return Number(rows[0]?.offers);
    },
    async rows() {
      const { rows } = await server.db.execute('SELECT * FROM responses ORDER BY rowid');
      return rows.map((row) => ({ ...row }));
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The fixture of one test file, started before its tests and closed after
 * them: call it at the top of the file, then `fx()` in the tests.
 */
export function useHostedFixture(...args: Parameters<typeof startHostedFixture>): () => HostedFixture {
  let fixture: HostedFixture | undefined;
  beforeAll(async () => {
    fixture = await startHostedFixture(...args);
  });
  afterAll(async () => {
    await fixture?.close();
  });
  return () => {
    if (!fixture) throw new Error('useHostedFixture: the fixture starts in beforeAll');
    return fixture;
  };
}

/** Console errors of a page: a refused resource, a CSP violation, a script's error. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
