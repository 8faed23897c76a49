// `mv-feedback link` (docs/design.md §9, issue 8 point 4): the absolute link alone
// on stdout, and its QR code with --qr, decoded to the same link.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { decodeQr } from './qr-decoder.js';

const cli = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-link-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function link(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'link', ...args], {
      env: { ...process.env, MV_DB_URL: `file:${join(dir, 'unused.db')}`, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

it('prints the absolute link alone, from MV_PUBLIC_URL, else http://HOST:PORT', async () => {
  const args = ['--survey', 'quick', '--department', 'permits', '--channel', 'in-person'];
  expect(await link(args, { MV_PUBLIC_URL: 'https://feedback.riverton.example.gov/' })).toEqual({
    code: 0,
    stdout: 'https://feedback.riverton.example.gov/r/quick?department=permits&channel=in-person\n',
    stderr: '',
  });
  expect((await link([...args, '--interaction', 'CASE 12/a', '--lang', 'es'], { MV_PORT: '9000' })).stdout).toBe(
    'http://127.0.0.1:9000/r/quick?department=permits&channel=in-person&interaction=CASE%2012%2Fa&lang=es\n',
  );
  // The address a server started with `serve --port 9100 --host 0.0.0.0` answers on, named as serve reads it.
  expect((await link([...args, '--port', '9100', '--host', '0.0.0.0'], { MV_PORT: '9000' })).stdout).toBe(
    'http://0.0.0.0:9100/r/quick?department=permits&channel=in-person\n',
  );
});

it('writes the QR code of the same link with --qr', async () => {
  const file = join(dir, 'permits.svg');
  const { stdout } = await link(['--survey', 'full', '--department', 'library', '--qr', file], {
    MV_PUBLIC_URL: 'https://feedback.riverton.example.gov',
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // A page of the SVG's own, so the canvas that reads it stays readable.
    await page.route('https://qr.test/**', (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: readFileSync(file, 'utf8') }),
    );
    await page.goto('https://qr.test/code.svg');
    expect(await decodeQr(page, '/code.svg')).toBe(stdout.trim());
  } finally {
    await browser.close();
  }
});

it.each([
  [['--department', 'permits'], /--survey must be one of quick, full/],
  [['--survey', 'long'], /--survey must be one of quick, full, got "long"/],
  [['--survey', 'quick', '--department', 'Permits Office'], /--department must be a lowercase slug/],
  [['--survey', 'quick', '--channel', 'fax'], /--channel/],
  [['--survey', 'quick', '--lang', 'fr'], /--lang must be one of the offered locales/],
])('refuses %j with one line and exit status 2', async (args, message) => {
  const { code, stdout, stderr } = await link(args);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(message);
});
