// Bytes on the wire for a first visit (empty cache) to the demo city page and
// to the staff dashboard's sign-in view: every request the page makes until
// the network is idle, as Chromium received it (headers and encoded body),
// beside the same bodies decoded, which is what would cross without
// compression. Chromium asks for `gzip, deflate, br, zstd`, as browsers do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig, startServer } from '../packages/server/dist/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = [
  ['/demo/', 'demo city page with the widget'],
  ['/dashboard', 'dashboard, sign-in view'],
];

async function firstVisit(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(url, { waitUntil: 'networkidle' });
  const rows = [];
  for (const request of finished) {
    const sizes = await request.sizes();
    const response = await request.response();
    rows.push({
      path: new URL(request.url()).pathname,
      encoding: (await response?.headerValue('content-encoding')) ?? 'none',
      wire: sizes.responseHeadersSize + sizes.responseBodySize,
      decoded: response ? (await response.body()).length : 0,
    });
  }
  await context.close();
  return rows;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'mv-bench-pages-'));
  const server = await startServer(loadConfig({ env: { MV_DB_URL: `file:${join(dir, 'pages.db')}` } }), {
    port: 0,
    demo: true,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const rows = [];
    for (const [path, label] of PAGES) {
      const requests = await firstVisit(browser, `${server.url}${path}`);
      const wire = requests.reduce((sum, r) => sum + r.wire, 0);
      const decoded = requests.reduce((sum, r) => sum + r.decoded, 0);
      rows.push([
        `${label} (${path})`,
        String(requests.length),
        requests.map((r) => `${r.path} ${r.encoding}`).join(', '),
        kib(wire),
        kib(decoded),
        (wire / decoded).toFixed(2),
      ]);
    }
    return {
      tables: [
        {
          title: 'First visit, empty cache: bytes on the wire (Chromium, every request until the network is idle)',
          columns: [
            'page',
            'requests',
            'each request and its Content-Encoding',
            'on the wire',
            'bodies decoded',
            'ratio',
          ],
          rows,
          notes:
            '"On the wire" counts response headers and encoded bodies; "bodies decoded" is what the bodies would weigh uncompressed.',
        },
      ],
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
