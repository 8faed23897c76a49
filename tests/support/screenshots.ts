// The README's screenshots: every run takes them, but only
// `MV_SCREENSHOTS_DIR=docs npm test` replaces the committed ones, so a plain
// test run leaves the work tree clean although the demo data moves with the date.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const screenshotDir = process.env.MV_SCREENSHOTS_DIR
  ? resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.MV_SCREENSHOTS_DIR)
  : mkdtempSync(join(tmpdir(), 'mv-screenshots-'));

/** Where a screenshot for the README goes. */
export const docsPath = (name: string) => join(screenshotDir, name);

/** Takes a screenshot for the README, and checks it holds a drawn page: a blank one is a few KB. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: docsPath(name) });
  expect(statSync(docsPath(name)).size).toBeGreaterThan(20_000);
}
