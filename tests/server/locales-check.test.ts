// `mv-feedback locales check` and a city's own packs (docs/design.md §14):
// each offered language's missing and draft keys, exit 1 on a missing one;
// a pack in MV_LOCALE_DIR replaces the built-in one, an overridden text shows,
// a lacking one falls back to English; MV_LOCALES chooses what a submission
// may name.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, type LocalePack } from '@mv-feedback/scoring';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';
import { runCli } from '../support/cli-process.js';

let dir: string;
const packDir = (name: string, packs: LocalePack[]) => {
  const path = join(dir, name);
  mkdirSync(path);
  for (const pack of packs) writeFileSync(join(path, `${pack.locale}.json`), JSON.stringify(pack));
  return path;
};
/** Vietnamese with its Send reviewed and reworded; Korean without its thank-you. */
const overridden = (): LocalePack => ({
  ...BUILT_IN_PACKS.vi,
  texts: { ...BUILT_IN_PACKS.vi.texts, 'hosted.send': 'Gửi đi' },
});
const lacking = (): LocalePack => {
  const { 'hosted.thanks': _dropped, ...texts } = BUILT_IN_PACKS.ko.texts;
  return { ...BUILT_IN_PACKS.ko, texts };
};
const check = (env: Record<string, string> = {}) =>
  runCli(['locales', 'check'], { MV_DB_URL: `file:${join(dir, 'unused.db')}`, ...env });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-locales-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mv-feedback locales check', () => {
  it('lists every draft key of the built-in packs, none missing, and says drafts are not certified', async () => {
    const result = await check();
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('en (English): complete, reviewed');
    expect(lines).toContain('es (Español): complete, reviewed');
    expect(lines).toContain('vi (Tiếng Việt): 163 draft');
    expect(lines).toContain('ar (العربية): 163 draft');
    expect(lines).toContain('  draft   widget.send');
    expect(result.stdout).toContain('not certified translations');
    expect(result.stdout).not.toContain('missing');
  });

  it('takes a city pack that overrides one text: no longer a draft', async () => {
    const result = await check({ MV_LOCALE_DIR: packDir('override', [overridden()]) });
    expect(result.code).toBe(0);
    const vi = result.stdout.split(/\n(?=\S)/).find((block) => block.startsWith('vi '))!;
    expect(vi.split('\n')[0]).toBe('vi (Tiếng Việt): 162 draft');
    expect(vi).not.toContain('hosted.send');
  });

  it('exits 1 on a city pack that lacks a key, and names it', async () => {
    const result = await check({ MV_LOCALE_DIR: packDir('lacking', [lacking()]) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ko (한국어): 1 missing, 162 draft');
    expect(result.stdout).toContain('  missing hosted.thanks');
  });

  it('checks only the offered languages (MV_LOCALES)', async () => {
    const result = await check({ MV_LOCALES: 'es', MV_LOCALE_DIR: packDir('lacking-unoffered', [lacking()]) });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((l) => /^\S+ \(/.test(l))).toEqual([
      'en (English): complete, reviewed',
      'es (Español): complete, reviewed',
    ]);
  });

  it('refuses a pack whose file name is not its locale (exit 2)', async () => {
    const path = join(dir, 'misnamed');
    mkdirSync(path);
    writeFileSync(join(path, 'tl.json'), JSON.stringify(BUILT_IN_PACKS.vi));
    const result = await check({ MV_LOCALE_DIR: path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('holds the "vi" pack: name it vi.json');
  });
});

describe('a server with city packs and MV_LOCALES', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const config = loadConfig({
      env: {
        MV_LOCALES: 'en,es,vi,ko',
        MV_LOCALE_DIR: packDir('served', [overridden(), lacking()]),
        MV_DB_URL: `file:${join(dir, 'served.db')}`,
        MV_RATE_LIMIT: '0',
      },
    });
    server = await startServer(config, { port: 0, writerThread: false });
  });
  afterAll(() => server?.close());

  it("shows the city's text, and English for the one its pack lacks", async () => {
    const form = await (await fetch(`${server.url}/r/quick?lang=vi`)).text();
    expect(form).toContain('<button type="submit">Gửi đi</button>');
    const thanks = await (await fetch(`${server.url}/r/quick/thanks?lang=ko`)).text();
    expect(thanks).toContain('<html lang="ko"');
    expect(thanks).toContain('<h2>감사합니다</h2>');
    expect(thanks).toContain('Thank you for your feedback. City staff read every answer to improve our service.');
  });

  it('offers only MV_LOCALES: the survey names them, a submission in another is refused with 400', async () => {
    const survey = await (await fetch(`${server.url}/api/v1/surveys/quick`)).json();
    expect(survey.locales).toEqual(['en', 'es', 'vi', 'ko']);
    expect(survey.title).not.toHaveProperty('ar');
    const send = (locale: string) =>
      fetch(`${server.url}/api/v1/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: randomUUID(), survey: 'quick', answers: { listened: 4 }, locale }),
      });
    expect((await send('ko')).status).toBe(201);
    const refused = await send('ar');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('locale \\"ar\\" is not offered here');
    const { rows } = await server.db.execute("SELECT count(*) AS n FROM responses WHERE locale = 'ar'");
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
