// Shared set-up for the widget's browser tests: the real server on a temp
// file database with the demo pages, and Debian's Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';

export interface Harness {
  server: RunningServer;
  browser: Browser;
  /** Rows of the responses table, oldest first. */
  rows(): Promise<Array<Record<string, unknown>>>;
  /** Impressions counted, per survey, department and channel ('' for none), every day together. */
  offers(): Promise<Array<{ survey: string; department: string; channel: string; offers: number }>>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-widget-'));
  const config = loadConfig({
    env: { MV_RATE_LIMIT: '0', ...env },
    flags: { db: `file:${join(dir, 'test.db')}`, port: 0 },
  });
  const server = await startServer(config, { demo: true, port: 0 });
  const browser = await launchChromium();
  return {
    server,
    browser,
    async rows() {
      const result = await server.db.execute('SELECT * FROM responses ORDER BY rowid');
      return result.rows.map((row) => ({ ...row }));
    },
    async offers() {
      // The cube's own cells only, not its '*' ("every value") sums.
      const result = await server.db.execute(
        `SELECT survey, department, channel, SUM(offers) AS offers FROM offer_cube
         WHERE survey <> '*' AND department <> '*' AND channel <> '*'
         GROUP BY survey, department, channel ORDER BY survey, department, channel`,
      );
      return result.rows.map((row) => ({
        survey: String(row.survey),
        department: String(row.department),
        channel: String(row.channel),
        offers: Number(row.offers),
      }));
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The harness of one test file, started before its tests and closed after
 * them: call it at the top of the file, then `h()` in the tests.
 */
export function useHarness(env: Record<string, string> = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(env);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('useHarness: the harness starts in beforeAll');
    return harness;
  };
}

/** The chunk of the fields of "contact me", which the widget loads beside itself where a survey offers them (docs/design.md §12). */
export const FOLLOW_UP_CHUNK = 'mv-feedback-follow-up-form.js';

/** A script the page fetched, other than the fields of "contact me", which a department's survey loads. */
export const isScriptButFollowUp = (request: Request): boolean =>
  request.resourceType() === 'script' && !request.url().endsWith(`/${FOLLOW_UP_CHUNK}`);

/** Polls `check` until it returns true, for at most `ms`. */
export async function waitFor(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Collects console errors and page errors of a page. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** A node of Chromium's accessibility tree: what a screen reader reads. */
export interface AccessibleNode {
  role: string;
  name: string;
  value: string;
  checked: boolean;
  focused: boolean;
}

/**
 * Chromium's own accessibility tree of the page, shadow roots included,
 * without the nodes it leaves out (hidden, presentational).
 */
export async function accessibilityTree(page: Page): Promise<AccessibleNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const property = (node: (typeof nodes)[number], name: string) =>
    node.properties?.find((p) => p.name === name)?.value.value as unknown;
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? ''),
      value: String(node.value?.value ?? ''),
      checked: property(node, 'checked') === 'true',
      focused: property(node, 'focused') === true,
    }));
}

/** The focused element, looking inside shadow roots. */
export const deepActive = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const host =
      (active?.getRootNode() as ShadowRoot | Document) instanceof ShadowRoot
        ? (active!.getRootNode() as ShadowRoot).host
        : null;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      type: active?.getAttribute('type') ?? '',
      name: active?.getAttribute('name') ?? '',
      part: active?.getAttribute('part') ?? '',
      text: active?.textContent?.trim() ?? '',
      hostMode: host?.getAttribute('mode') ?? (host ? 'inline' : ''),
      inDialog: !!active?.closest('dialog'),
    };
  });
