// The scorecard's drop-in bundle (docs/design.md §13): at most 12 KiB
// gzipped, one module with nothing to import, inert on a server, and hosted
// by the server like /mv-feedback.js.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOnServer } from '../support/server-import.js';
import { startPublicReportServer, type PublicReportServer } from '../server/public-report-fixture.js';

const BUDGET = 12 * 1024;
const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = readFileSync(new URL('../../packages/widget/dist/mv-scorecard.js', import.meta.url));
const IMPORTS = /\bimport\s*[{*"]|\bimport\s+\w|\bimport\s*\(|\beval\(|new Function\(/g;

describe('packages/widget/dist/mv-scorecard.js', () => {
  it(`is at most ${BUDGET} bytes gzipped`, () => {
    expect(gzipSync(bundle, { level: 9 }).length).toBeLessThanOrEqual(BUDGET);
  });

  it('is one ES module with no import and no eval that defines <mv-scorecard> and nothing of the survey', () => {
    const code = bundle.toString('utf8');
    expect(code.match(IMPORTS)).toBeNull();
    expect(code).toContain('customElements.define("mv-scorecard"');
    expect(code).not.toContain('"mv-feedback"');
  });

  it('does nothing when a server imports it (SSR), and the package entry gives the class', () => {
    expect(importOnServer(root, '@mv-feedback/widget/mv-scorecard.js')).toEqual({
      error: null,
      addedGlobals: [],
      defined: false,
      exports: [],
    });
    const entry = importOnServer(root, '@mv-feedback/widget');
    expect(entry.error).toBeNull();
    expect(entry.exports).toContain('MvScorecard');
  });
});

describe('GET /mv-scorecard.js', () => {
  let report: PublicReportServer;
  beforeAll(async () => {
    report = await startPublicReportServer();
  }, 60_000);
  afterAll(() => report?.close());

  it('is served to any site, brotli- or gzip-compressed as the browser asks', async () => {
    for (const [accept, coding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const answer = await fetch(`${report.url}/mv-scorecard.js`, { headers: { 'Accept-Encoding': accept } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('content-encoding')).toBe(coding);
      // fetch decodes the body: the same module whatever the coding.
      expect(Buffer.from(await answer.arrayBuffer()).equals(bundle)).toBe(true);
    }
  });
});
