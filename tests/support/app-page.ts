// A city's test app: an entry bundled by Vite as the app's own build would
// bundle it, served from its own origin beside a real mv-feedback server that
// allows that origin, and driven in Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { build, type InlineConfig, type Rolldown } from 'vite';
import { expect } from 'vitest';
import { startHarness, type Harness } from '../widget/harness.js';

export interface AppPage {
  /** The page's origin. */
  url: string;
  harness: Harness;
  close(): Promise<void>;
}

/**
 * `entry` (in `root`) and everything it imports, as the app's build emits it:
 * the entry as `name` and each chunk it imports when needed (the widget's
 * "contact me" fields, its language files) by its own name, all served beside it.
 */
export async function bundleApp(
  root: string,
  entry: string,
  config: InlineConfig = {},
  name = 'app.js',
): Promise<Record<string, string>> {
  const result = (await build({
    ...config,
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      assetsDir: '',
      rolldownOptions: { input: entry, output: { entryFileNames: name, chunkFileNames: '[name]-[hash].js' } },
    },
  })) as Rolldown.RolldownOutput;
  return Object.fromEntries(
    result.output.flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file.code] as const] : [])),
  );
}

/** The drop-in bundle of a widget's `dist` folder as `name`, with every chunk it loads from beside itself. */
export function dropInFiles(dist: string, name: string): Record<string, string> {
  const chunks = readdirSync(dist).filter((file) => /^mv-feedback-[\w-]+\.js$/.test(file));
  return Object.fromEntries([
    [name, readFileSync(`${dist}/mv-feedback.js`, 'utf8')],
    ...chunks.map((file) => [file, readFileSync(`${dist}/${file}`, 'utf8')]),
  ]);
}

/**
 * Serves each script at /<name> (every chunk of a bundle, so a chunk it
 * imports is there) and, at /, the HTML that `page` makes for the
 * query and the mv-feedback server's origin.
 */
export async function startAppPage(
  scripts: Record<string, string>,
  page: (query: URLSearchParams, endpoint: string) => string,
): Promise<AppPage> {
  const server: Server = createServer((req, res) => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://x');
    const script = scripts[pathname.slice(1)];
    if (script !== undefined) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else if (pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(searchParams, harness.server.url));
    } else {
      res.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The server allows the page's origin, so it starts once the page has one.
  const harness = await startHarness({ MV_ALLOWED_ORIGINS: url });
  return {
    url,
    harness,
    async close() {
      await harness.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Answers the first question in the page's widget and sends; returns the reference of the stored response. */
export async function sendFromWidget(tab: Page): Promise<string> {
  const widget = tab.locator('mv-feedback');
  const sent = tab.evaluate(
    () => new Promise<string>((resolve) => addEventListener('mv-feedback-sent', (e) => resolve(e.detail.reference))),
  );
  await widget.getByLabel('Strongly agree').first().check();
  await widget.locator('[part~=send]').click();
  await expect.poll(() => widget.locator('[part=status]').textContent()).toMatch(/^Thank you/);
  return sent;
}

/** The stored response whose id starts with the reference. */
export async function storedResponse(harness: Harness, reference: string) {
  const rows = await harness.rows();
  return rows.find((row) => String(row.id).slice(0, 8).toUpperCase() === reference);
}
