import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, LOCALES, defaultCatalogue, localizeCatalogue } from '@mv-feedback/scoring';
import { ConfigError, loadConfig } from '@mv-feedback/server';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-config-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({ env: {}, prepareDatabase: false });
    expect(config).toMatchObject({
      dbUrl: 'file:./data/mv-feedback.db',
      port: 8787,
      host: '127.0.0.1',
      allowedOrigins: [],
      rateLimit: 30,
      minN: 10,
      timezone: 'America/Los_Angeles',
    });
    // Every built-in language offered, its texts in the catalogue (docs/design.md §14).
    expect(config.languages?.offered).toEqual([...LOCALES]);
    expect(config.languages?.card).toEqual(['en', 'es']);
    expect(config.catalogue).toEqual(
      localizeCatalogue(defaultCatalogue, Object.fromEntries(LOCALES.map((l) => [l, BUILT_IN_PACKS[l].texts]))),
    );
    expect(config.dbAuthToken).toBeUndefined();
    expect(config.cityName).toBe('City services');
    expect(config.publicUrl).toBeUndefined();
  });

  it('takes the public base of links without its trailing slash, and the city’s name', () => {
    const config = loadConfig({
      env: { MV_PUBLIC_URL: 'https://www.riverton.gov/feedback/', MV_CITY_NAME: 'Ciudad de Riverton' },
      prepareDatabase: false,
    });
    expect(config.publicUrl).toBe('https://www.riverton.gov/feedback');
    expect(config.cityName).toBe('Ciudad de Riverton');
  });

  it('takes MV_HELP_URL as an https page, a mailto: address or a tel: number', () => {
    for (const help of ['https://www.riverton.gov/contact', 'mailto:311@riverton.gov', 'tel:+1-555-0100']) {
      expect(loadConfig({ env: { MV_HELP_URL: help }, prepareDatabase: false }).helpUrl).toBe(help);
    }
    expect(loadConfig({ env: {}, prepareDatabase: false }).helpUrl).toBeUndefined();
  });

  it('reads the environment, and flags beat it', () => {
    const env = {
      MV_DB_URL: 'libsql://feedback.example.turso.io',
      MV_DB_AUTH_TOKEN: 'secret',
      MV_PORT: '9000',
      MV_ALLOWED_ORIGINS: ' https://www.city.gov , https://permits.city.gov/ ',
      MV_RATE_LIMIT: '0',
      MV_MIN_N: '30',
      MV_TIMEZONE: 'America/New_York',
    };
    expect(loadConfig({ env })).toMatchObject({
      dbUrl: 'libsql://feedback.example.turso.io',
      dbAuthToken: 'secret',
      port: 9000,
      allowedOrigins: ['https://www.city.gov', 'https://permits.city.gov'],
      rateLimit: 0,
      minN: 30,
      timezone: 'America/New_York',
    });
    const dbUrl = `file:${join(dir, 'flag.db')}`;
    expect(loadConfig({ env, flags: { db: dbUrl, port: '0', host: '0.0.0.0' } })).toMatchObject({
      dbUrl,
      port: 0,
      host: '0.0.0.0',
    });
  });

  it('takes IP addresses and host names to listen on', () => {
    for (const host of ['0.0.0.0', '::', '::1', '192.168.10.4', 'localhost', 'feedback.city.internal']) {
      expect(loadConfig({ env: { MV_HOST: host }, prepareDatabase: false }).host).toBe(host);
    }
  });

  it('creates the folder of a file: database, for each spelling of the URL', () => {
    for (const [url, folder] of [
      [`file:${join(dir, 'a', 'x.db')}`, join(dir, 'a')],
      [`file://${join(dir, 'b', 'x.db')}`, join(dir, 'b')],
      [`file://localhost${join(dir, 'c', 'x.db')}`, join(dir, 'c')],
    ] as const) {
      loadConfig({ env: {}, flags: { db: url } });
      expect(existsSync(folder), url).toBe(true);
    }
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      loadConfig({ env: {}, flags: { db: 'file:./relative/x.db' } });
      expect(existsSync(resolve(dir, 'relative'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('loads a city catalogue from MV_CATALOGUE', () => {
    const file = join(dir, 'catalogue.json');
    const catalogue = { ...defaultCatalogue, surveys: defaultCatalogue.surveys.filter((s) => s.id === 'quick') };
    writeFileSync(file, JSON.stringify(catalogue));
    expect(
      loadConfig({ env: { MV_CATALOGUE: file }, prepareDatabase: false }).catalogue.surveys.map((s) => s.id),
    ).toEqual(['quick']);
  });

  it.each([
    [{ MV_PORT: '70000' }, /port must be a whole number from 0 to 65535/],
    [{ MV_MIN_N: '0' }, /MV_MIN_N must be a whole number from 1/],
    [{ MV_RATE_LIMIT: '2.5' }, /MV_RATE_LIMIT must be a whole number/],
    [{ MV_TIMEZONE: 'PST8PDT-ish' }, /MV_TIMEZONE/],
    [{ MV_ALLOWED_ORIGINS: 'https://city.gov/path' }, /not an origin/],
    [{ MV_DB_URL: 'feedback.db' }, /is not a URL/],
    [{ MV_DB_URL: 'file://server/share/x.db' }, /names a host/],
    [{ MV_TRUST_PROXY: 'maybe' }, /MV_TRUST_PROXY must be true or false/],
    [{ MV_HOST: '999.1.1.1' }, /host "999.1.1.1" \(--host or MV_HOST\) is not an IP address or host name/],
    [{ MV_HOST: '[::1]' }, /host "\[::1\]"/],
    [{ MV_HOST: 'feedback_server' }, /host "feedback_server"/],
    [{ MV_DB_URL: 'file:%zz.db' }, /has a % that is not followed by two hex digits/],
    [{ MV_DB_URL: 'file:/tmp/a%00b.db' }, /has a NUL/],
    [{ MV_PUBLIC_URL: 'feedback.city.gov' }, /MV_PUBLIC_URL "feedback.city.gov" is not an absolute URL/],
    [{ MV_PUBLIC_URL: 'ftp://feedback.city.gov' }, /MV_PUBLIC_URL .* must be an http\(s\) URL/],
    [{ MV_PUBLIC_URL: 'https://feedback.city.gov/?from=qr' }, /without credentials, query or fragment/],
    [{ MV_CITY_NAME: 'Riverton\nCity Hall' }, /MV_CITY_NAME must be one line/],
    [{ MV_CITY_NAME: 'R'.repeat(81) }, /at most 80 characters/],
    [
      { MV_HELP_URL: 'http://www.city.gov/contact' },
      /MV_HELP_URL .* must be an https:\/\/ URL, a mailto: address or a tel: number/,
    ],
    [{ MV_HELP_URL: 'javascript:alert(1)' }, /MV_HELP_URL/],
  ])('refuses %o with a ConfigError', (env, message) => {
    expect(() => loadConfig({ env })).toThrow(ConfigError);
    expect(() => loadConfig({ env })).toThrow(message);
  });
});
