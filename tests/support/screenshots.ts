// The README's screenshots: every run takes them, but only
// `MV_SCREENSHOTS_DIR=docs npm test` replaces the committed ones, so a plain
// test run leaves the work tree clean although the demo data moves with the date.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const screenshotDir = process.env.MV_SCREENSHOTS_DIR
  ? resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.MV_SCREENSHOTS_DIR)
  : mkdtempSync(join(tmpdir(), 'mv-screenshots-'));

/** Where a screenshot for the README goes. */
export const docsPath = (name: string) => join(screenshotDir, name);
