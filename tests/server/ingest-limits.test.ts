import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';

let dir: string;
const servers: RunningServer[] = [];

const start = async (env: Record<string, string>, options: Parameters<typeof startServer>[1] = {}) => {
  const config = loadConfig({ env, flags: { db: `file:${join(dir, `${randomUUID()}.db`)}` } });
  const server = await startServer(config, { port: 0, ...options });
  servers.push(server);
  return server;
};

const post = (server: RunningServer, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ id: randomUUID(), survey: 'quick', answers: { positive: 5 } }),
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-limits-'));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past MV_RATE_LIMIT a minute, and stores nothing more', async () => {
    const server = await start({ MV_RATE_LIMIT: '3' });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await post(server)).status);
    expect(statuses).toEqual([201, 201, 201]);
    const limited = await post(server);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await limited.json()).error.code).toBe('rate_limited');
    expect((await server.db.execute('SELECT count(*) AS n FROM responses')).rows[0]?.n).toBe(3);
  });

  it('behind a trusted proxy, counts each forwarded client apart', async () => {
    const server = await start({ MV_RATE_LIMIT: '2', MV_TRUST_PROXY: 'true' });
    // The proxy appends the address it saw to whatever the client sent.
    const from = (address: string) => post(server, { 'X-Forwarded-For': address }).then((r) => r.status);
    expect([await from('203.0.113.7'), await from('203.0.113.7'), await from('203.0.113.7')]).toEqual([201, 201, 429]);
    expect(await from('198.51.100.4')).toBe(201);
  });

  it('behind a trusted proxy, keys on the address the proxy appended, not on one the client wrote before it', async () => {
    const server = await start({ MV_RATE_LIMIT: '5', MV_TRUST_PROXY: 'true' });
    const statuses = [];
    for (let k = 0; k < 40; k += 1) {
      statuses.push((await post(server, { 'X-Forwarded-For': `10.9.${k}.1, 203.0.113.9` })).status);
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.slice(5)).toEqual(Array(35).fill(429));
    expect((await server.db.execute('SELECT count(*) AS n FROM responses')).rows[0]?.n).toBe(5);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const server = await start({ MV_RATE_LIMIT: '1' });
    expect((await post(server, { 'X-Forwarded-For': '203.0.113.1' })).status).toBe(201);
    expect((await post(server, { 'X-Forwarded-For': '203.0.113.2' })).status).toBe(429);
  });

  it('is off with MV_RATE_LIMIT=0', async () => {
    const server = await start({ MV_RATE_LIMIT: '0' });
    const statuses = await Promise.all(Array.from({ length: 60 }, () => post(server).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([201]));
  });
});

describe('storage unavailable', () => {
  it('answers 503 with Retry-After, never 500, when the database is closed; health says so too', async () => {
    const server = await start({ MV_RATE_LIMIT: '0' });
    expect((await post(server)).status).toBe(201);
    server.writeDb.close();
    server.db.close();
    const response = await post(server);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect((await response.json()).error.code).toBe('storage_unavailable');
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
  });
});

describe('hosted files', () => {
  let server: RunningServer;
  let roots: { widgetDist: string; dashboardPublic: string; dashboardDist: string; demo: string };

  beforeAll(async () => {
    const base = join(dir, 'assets');
    roots = {
      widgetDist: join(base, 'widget'),
      dashboardPublic: join(base, 'dashboard-public'),
      dashboardDist: join(base, 'dashboard-dist'),
      demo: join(base, 'demo'),
    };
    for (const folder of [...Object.values(roots), join(roots.demo, 'es')]) mkdirSync(folder, { recursive: true });
    writeFileSync(join(roots.widgetDist, 'mv-feedback.js'), 'export const widget = 1;\n');
    writeFileSync(join(roots.dashboardPublic, 'index.html'), '<!doctype html><title>Scores</title>');
    writeFileSync(join(roots.dashboardDist, 'mv-scores-dashboard.js'), 'export const dashboard = 1;\n');
    writeFileSync(join(roots.demo, 'index.html'), '<!doctype html><title>City</title>');
    writeFileSync(join(roots.demo, 'es', 'index.html'), '<!doctype html><title>Ciudad</title>');
    writeFileSync(join(roots.demo, 'city.css'), 'body { margin: 0 }');
    writeFileSync(join(base, 'secret.txt'), 'not for the web');
    server = await start({}, { demo: true, assetRoots: roots });
  });

  it('serves the widget bundle to any site, with an ETag and 304 revalidation', async () => {
    const response = await fetch(`${server.url}/mv-feedback.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cache-control')).toContain('max-age');
    expect(await response.text()).toBe('export const widget = 1;\n');
    const etag = response.headers.get('etag')!;
    const again = await fetch(`${server.url}/mv-feedback.js`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    writeFileSync(join(roots.widgetDist, 'mv-feedback.js'), 'export const widget = 2;\n');
    const changed = await fetch(`${server.url}/mv-feedback.js`, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('export const widget = 2;\n');
  });

  it('serves the dashboard page and its script', async () => {
    for (const path of ['/dashboard', '/dashboard/']) {
      const page = await fetch(`${server.url}${path}`);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('<title>Scores</title>');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    expect((await fetch(`${server.url}/dashboard/mv-scores-dashboard.js`)).status).toBe(200);
  });

  it('serves the demo page in both languages and its files, and nothing outside it', async () => {
    const english = await fetch(`${server.url}/demo/`);
    expect(await english.text()).toContain('City');
    expect(english.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await (await fetch(`${server.url}/demo/es/`)).text()).toContain('Ciudad');
    const css = await fetch(`${server.url}/demo/city.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    for (const [path, target] of [
      ['/demo', '/demo/'],
      ['/demo/es', '/demo/es/'],
    ]) {
      const redirect = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe(target);
    }
    for (const path of [
      '/demo/%2e%2e/secret.txt',
      '/demo/..%2fsecret.txt',
      '/demo/%2e%2e%5csecret.txt',
      '/demo/missing.html',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
  });

  it('has no /demo/ unless asked', async () => {
    const plain = await start({}, { assetRoots: roots });
    expect((await fetch(`${plain.url}/demo/`)).status).toBe(404);
  });

  it('answers a missing built file with 404 JSON', async () => {
    const bare = await start({}, { assetRoots: { ...roots, widgetDist: join(dir, 'nowhere') } });
    const response = await fetch(`${bare.url}/mv-feedback.js`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });
});
