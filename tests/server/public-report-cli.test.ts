// `mv-feedback serve --demo` turns the public report on unless
// MV_PUBLIC_REPORT says otherwise; a plain `serve` leaves it off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCliServer } from '../support/cli-process.js';

let dir: string;
let dbUrl: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-public-cli-'));
  dbUrl = `file:${join(dir, 'feedback.db')}`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const status = async (url: string) => (await fetch(url)).status;

describe('the public report from the command line', () => {
  it('is off under serve, on under serve --demo, and off again with MV_PUBLIC_REPORT=off', async () => {
    const plain = await spawnCliServer(['--db', dbUrl]);
    try {
      expect(await status(`${plain.url}/scorecard`)).toBe(404);
      expect(await status(`${plain.url}/api/v1/public/scores`)).toBe(404);
      // One stored answer, so that the demo below finds a database in use and seeds nothing.
      const stored = await fetch(`${plain.url}/api/v1/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: crypto.randomUUID(), survey: 'quick', answers: { listened: 5 } }),
      });
      expect(stored.status).toBe(201);
    } finally {
      await plain.kill();
    }
    const demo = await spawnCliServer(['--demo', '--db', dbUrl]);
    try {
      expect(await status(`${demo.url}/scorecard`)).toBe(200);
      expect(await status(`${demo.url}/api/v1/public/scores.csv`)).toBe(200);
      expect(await status(`${demo.url}/demo/results.html`)).toBe(200);
    } finally {
      await demo.kill();
    }
    const off = await spawnCliServer(['--demo', '--db', dbUrl], { MV_PUBLIC_REPORT: 'off' });
    try {
      expect(await status(`${off.url}/scorecard`)).toBe(404);
    } finally {
      await off.kill();
    }
  }, 60_000);
});
