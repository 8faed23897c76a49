// Compressed answers over a real server: the bundles' build-time .br/.gz
// copies, HTML and large JSON compressed as they go, each by Accept-Encoding,
// with Vary and ETags; what arrives decompresses to the file or to the
// answer sent uncompressed.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-compressed-'));
  const config = loadConfig({ env: { MV_DB_URL: `file:${join(dir, 'compressed.db')}` } });
  server = await startServer(config, { port: 0, writerThread: false, demo: true });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire, still encoded. */
  body: Buffer;
}

/** A GET by node:http, which (unlike fetch) neither asks for nor undoes any encoding by itself. */
function get(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    request(`${server.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const decoded = (answer: RawAnswer): Buffer =>
  answer.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(answer.body)
    : answer.headers['content-encoding'] === 'gzip'
      ? gunzipSync(answer.body)
      : answer.body;

const BROWSER = 'gzip, deflate, br, zstd';
const repository = (path: string) => join(import.meta.dirname, '../..', path);

describe.each([
  ['/mv-feedback.js', 'packages/widget/dist/mv-feedback.js'],
  ['/dashboard/mv-scores-dashboard.js', 'packages/dashboard/dist/mv-scores-dashboard.js'],
])('the bundle %s', (path, file) => {
  const bytes = () => readFileSync(repository(file));

  it.each([
    ['br', BROWSER],
    ['gzip', 'gzip, deflate'],
  ])('goes as its build-time %s copy to a browser that accepts it', async (coding, accept) => {
    const answer = await get(path, { 'Accept-Encoding': accept });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(coding);
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body).toEqual(readFileSync(`${repository(file)}.${coding === 'gzip' ? 'gz' : 'br'}`));
    expect(decoded(answer)).toEqual(bytes());
    expect(answer.body.length).toBeLessThan(bytes().length / 2);
  });

  it('goes as it is, still varying by Accept-Encoding, where no coding is accepted', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0', '*;q=0']) {
      const answer = await get(path, accept === undefined ? {} : { 'Accept-Encoding': accept });
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.body).toEqual(bytes());
    }
  });

  it('keeps its ETag: weak when compressed, and either revalidates to 304', async () => {
    const plain = await get(path);
    const compressed = await get(path, { 'Accept-Encoding': BROWSER });
    const etag = String(plain.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(compressed.headers.etag).toBe(`W/${etag}`);
    for (const tag of [etag, `W/${etag}`]) {
      const again = await get(path, { 'Accept-Encoding': BROWSER, 'If-None-Match': tag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });
});

describe.each([
  ['the demo page', '/demo/'],
  ["the demo page's stylesheet", '/demo/city.css'],
  ['a large JSON answer (the standards)', '/api/v1/standards'],
  ['the OpenAPI document', '/api/v1/openapi.json'],
])('%s', (_, path) => {
  it.each([
    ['br', BROWSER],
    ['gzip', 'gzip'],
  ])('is compressed with %s as it goes, to the same bytes as sent uncompressed', async (coding, accept) => {
    const plain = await get(path, { 'Accept-Encoding': 'identity' });
    const compressed = await get(path, { 'Accept-Encoding': accept });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThanOrEqual(1024);
    expect(compressed.headers['content-encoding']).toBe(coding);
    expect(compressed.headers.vary).toMatch(/(^|, )Accept-Encoding$/);
    expect(plain.headers.vary).toBe(compressed.headers.vary);
    expect(decoded(compressed)).toEqual(plain.body);
    expect(compressed.body.length).toBeLessThan(plain.body.length);
  });
});

describe('small answers and revalidation', () => {
  it('are sent as they are under 1 KiB', async () => {
    const health = await get('/healthz', { 'Accept-Encoding': BROWSER });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString('utf8'))).toEqual({ status: 'ok' });
    const page = await get('/dashboard', { 'Accept-Encoding': BROWSER });
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body).toEqual(readFileSync(repository('packages/dashboard/public/index.html')));
  });

  it('revalidate a compressed JSON answer by its weak ETag', async () => {
    const compressed = await get('/api/v1/standards', { 'Accept-Encoding': BROWSER });
    const etag = String(compressed.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expect((await get('/api/v1/standards', { 'Accept-Encoding': BROWSER, 'If-None-Match': etag })).status).toBe(304);
  });
});
