// /api/v1/openapi.json against a linter and against the server itself: Redocly's
// recommended rules find no error, and every answer of every operation, refusals
// included, has a documented status, the documented headers and a body that
// validates against the documented schema.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken, loadConfig, startServer, type RunningServer } from '@mv-feedback/server';
import { openApiValidator, type OpenApiCheck } from '../support/openapi-validator.js';

const redocly = fileURLToPath(new URL('../../node_modules/.bin/redocly', import.meta.url));
let dir: string;
let server: RunningServer;
let check: OpenApiCheck;
let admin: string;
let permits: string;

const start = (env: Record<string, string>) =>
  startServer(loadConfig({ env, flags: { db: `file:${join(dir, `${randomUUID()}.db`)}` } }), { port: 0 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-openapi-'));
  server = await start({ MV_RATE_LIMIT: '0', MV_ALLOWED_ORIGINS: 'https://www.city.example.gov' });
  check = await openApiValidator(server.url);
  admin = await createStaffToken(server.db, { name: 'Contract', role: 'admin' });
  permits = await createStaffToken(server.db, { name: 'Permits', role: 'viewer', department: 'permits' });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const submission = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  survey: 'quick',
  answers: { listened: 5, accurate: null },
  comment: 'Clear and kind.',
  context: { department: 'permits', channel: 'phone', page: 'https://www.city.example.gov/permits' },
  ...overrides,
});
const post = (body: unknown, headers: Record<string, string> = {}, url = server.url) =>
  fetch(`${url}/api/v1/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const staff = (path: string, token = admin) =>
  fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended rules with no error or warning", async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, await (await fetch(`${server.url}/api/v1/openapi.json`)).text());
    const { stdout } = await promisify(execFile)(
      redocly,
      ['lint', '--extends', 'recommended', '--format', 'json', file],
      { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    const { totals, problems } = JSON.parse(stdout) as {
      totals: { errors: number };
      problems: { ruleId: string; severity: string }[];
    };
    expect(totals.errors).toBe(0);
    expect(problems.map((p) => `${p.severity} ${p.ruleId}`)).toEqual([]);
  });
});

describe('every answer is what the document says', () => {
  it('POST /api/v1/responses, stored and refused', async () => {
    const one = submission();
    const answers: [Response, string][] = [
      [await post(one), '201'],
      [await post(one), '200'],
      [await post({ ...one, answers: { listened: 1 } }), '409'],
      [await post(submission({ answers: { listened: 6 } })), '400'],
      [await post('{"id":'), '400'],
      [await post(submission(), { Origin: 'https://elsewhere.example' }), '403'],
      [await post(submission(), { 'Content-Type': 'text/plain' }), '415'],
      [await post(submission(), { 'Content-Encoding': 'gzip' }), '415'],
      [await post(submission({ comment: 'x'.repeat(1000), padding: ' '.repeat(17_000) })), '413'],
      [await fetch(`${server.url}/api/v1/responses`, { method: 'DELETE' }), '405'],
    ];
    for (const [answer, status] of answers) {
      expect(String(answer.status)).toBe(status);
      expect(await check(answer, '/api/v1/responses', 'POST')).toEqual([]);
    }
    const preflight = await fetch(`${server.url}/api/v1/responses`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(await check(preflight, '/api/v1/responses', 'OPTIONS')).toEqual([]);
  });

  it('POST /api/v1/impressions, counted and refused', async () => {
    const impression = (body: unknown, headers: Record<string, string> = {}, url = server.url) =>
      fetch(`${url}/api/v1/impressions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const seen = { survey: 'quick', context: { department: 'permits', channel: 'web' } };
    const answers: [Response, string][] = [
      [await impression(seen), '204'],
      [await impression({ ...seen, id: randomUUID() }), '400'],
      [await impression('{"survey":'), '400'],
      [await impression(seen, { Origin: 'https://elsewhere.example' }), '403'],
      [await impression(seen, { 'Content-Type': 'text/plain' }), '415'],
      [await impression(seen, { 'Content-Encoding': 'gzip' }), '415'],
      [await impression({ ...seen, padding: ' '.repeat(2000) }), '413'],
      [await fetch(`${server.url}/api/v1/impressions`, { method: 'GET' }), '405'],
    ];
    for (const [answer, status] of answers) {
      expect(String(answer.status)).toBe(status);
      expect(await check(answer, '/api/v1/impressions', 'POST')).toEqual([]);
    }
    const preflight = await fetch(`${server.url}/api/v1/impressions`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(await check(preflight, '/api/v1/impressions', 'OPTIONS')).toEqual([]);
    const limited = await start({ MV_RATE_LIMIT: '2' });
    try {
      expect((await impression(seen, {}, limited.url)).status).toBe(204);
      limited.writeDb.close();
      limited.db.close();
      for (const status of [503, 429]) {
        const answer = await impression(seen, {}, limited.url);
        expect(answer.status).toBe(status);
        expect(await check(answer, '/api/v1/impressions', 'POST')).toEqual([]);
      }
    } finally {
      await limited.close();
    }
  });

  it('POST /api/v1/responses with the database gone and past the rate limit, and /healthz then', async () => {
    const limited = await start({ MV_RATE_LIMIT: '2' });
    try {
      expect((await post(submission(), {}, limited.url)).status).toBe(201);
      limited.writeDb.close();
      limited.db.close();
      const answers: [Response, string, number][] = [
        [await post(submission(), {}, limited.url), '/api/v1/responses', 503],
        [await post(submission(), {}, limited.url), '/api/v1/responses', 429],
        [await fetch(`${limited.url}/healthz`), '/healthz', 503],
      ];
      for (const [answer, path, status] of answers) {
        expect([path, answer.status]).toEqual([path, status]);
        expect(await check(answer, path, path === '/healthz' ? 'GET' : 'POST')).toEqual([]);
      }
    } finally {
      await limited.close();
    }
  });

  it('the public reads, fresh and revalidated', async () => {
    for (const path of ['/api/v1/surveys', '/api/v1/surveys/quick', '/api/v1/standards', '/api/v1/departments']) {
      const template = path === '/api/v1/surveys/quick' ? '/api/v1/surveys/{id}' : path;
      const fresh = await fetch(`${server.url}${path}`);
      expect(fresh.status).toBe(200);
      expect(await check(fresh, template)).toEqual([]);
      const again = await fetch(`${server.url}${path}`, { headers: { 'If-None-Match': fresh.headers.get('etag')! } });
      expect(again.status).toBe(304);
      expect(await check(again, template)).toEqual([]);
    }
    const unknown = await fetch(`${server.url}/api/v1/surveys/long`);
    expect(unknown.status).toBe(404);
    expect(await check(unknown, '/api/v1/surveys/{id}')).toEqual([]);
    for (const path of ['/healthz', '/api/v1/openapi.json']) {
      const answer = await fetch(`${server.url}${path}`);
      expect(answer.status).toBe(200);
      expect(await check(answer, path)).toEqual([]);
      const wrong = await fetch(`${server.url}${path}`, { method: 'PUT' });
      expect(wrong.status).toBe(405);
      expect(await check(wrong, path)).toEqual([]);
    }
  });

  it('the staff reads, answered and refused', async () => {
    const answers: [Response, string, number][] = [
      [await staff('/api/v1/me'), '/api/v1/me', 200],
      [await fetch(`${server.url}/api/v1/me`), '/api/v1/me', 401],
      [await staff('/api/v1/scores?from=2026-01-01&to=2026-12-31'), '/api/v1/scores', 200],
      [await staff('/api/v1/scores?department=library'), '/api/v1/scores', 200],
      [await staff('/api/v1/scores?from=0000-01-01'), '/api/v1/scores', 400],
      [await staff('/api/v1/scores', 'mvf_not-a-token'), '/api/v1/scores', 401],
      [await staff('/api/v1/scores?department=library', permits), '/api/v1/scores', 403],
      [await staff('/api/v1/scores/trend?interval=month'), '/api/v1/scores/trend', 200],
      [await staff('/api/v1/scores/trend?interval=day'), '/api/v1/scores/trend', 400],
      [await staff('/api/v1/scores/departments'), '/api/v1/scores/departments', 200],
      [await staff('/api/v1/scores/departments', permits), '/api/v1/scores/departments', 403],
      [await staff('/api/v1/scores/departments?department=permits'), '/api/v1/scores/departments', 400],
      [await staff('/api/v1/scores/languages'), '/api/v1/scores/languages', 200],
      [await staff('/api/v1/scores/languages?department=library'), '/api/v1/scores/languages', 200],
      [await staff('/api/v1/scores/languages', permits), '/api/v1/scores/languages', 403],
      [await staff('/api/v1/scores?locale=es'), '/api/v1/scores', 200],
      [await staff('/api/v1/scores?locale=xx'), '/api/v1/scores', 400],
      [await staff('/api/v1/comments?locale=es'), '/api/v1/comments', 200],
      [await staff('/api/v1/comments?limit=5'), '/api/v1/comments', 200],
      [await staff('/api/v1/comments?standard=asking-and-listening&tone=favourable'), '/api/v1/comments', 200],
      [await staff('/api/v1/comments?limit=500'), '/api/v1/comments', 400],
      [await staff('/api/v1/comments?tone=favourable'), '/api/v1/comments', 400],
      [await staff('/api/v1/export.csv'), '/api/v1/export.csv', 200],
      [await staff('/api/v1/scores?verified=true'), '/api/v1/scores', 200],
      [await staff('/api/v1/scores/trend?verified=true'), '/api/v1/scores/trend', 200],
      [await staff('/api/v1/scores/departments?verified=true'), '/api/v1/scores/departments', 200],
      [await staff('/api/v1/comments?verified=true&standard=asking-and-listening'), '/api/v1/comments', 200],
      [await staff('/api/v1/export.csv?verified=true'), '/api/v1/export.csv', 200],
      [await staff('/api/v1/scores?verified=false'), '/api/v1/scores', 400],
      [await fetch(`${server.url}/api/v1/export.csv`, { method: 'POST' }), '/api/v1/export.csv', 405],
    ];
    for (const [answer, path, status] of answers) {
      expect([path, answer.status]).toEqual([path, status]);
      expect(await check(answer, path)).toEqual([]);
    }
    // Both shapes of the response rate were checked: a fraction (the impression counted above) and null.
    const rates = await Promise.all(
      ['?department=permits', '?department=library'].map(async (query) => {
        const { offered, responseRate } = (await (await staff(`/api/v1/scores${query}`)).json()) as {
          offered: number;
          responseRate: number | null;
        };
        return [offered > 0, responseRate === null ? null : typeof responseRate];
      }),
    );
    expect(rates).toEqual([
      [true, 'number'],
      [false, null],
    ]);
  });

  it('POST /api/v1/invitations, and responses on them', async () => {
    const invite = (body: unknown, token: string | null = admin, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/api/v1/invitations`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const request = { survey: 'quick', department: 'permits', channel: 'email', interactions: ['CASE-1'] };
    const made = await invite(request);
    const expired = await invite({ ...request, expiresInDays: 0 });
    const answers: [Response, string][] = [
      [made, '201'],
      [await invite({ ...request, interactions: [] }), '400'],
      [await invite('{"survey":'), '400'],
      [await invite(request, null), '401'],
      [await invite(request, permits), '403'],
      [await invite(request, admin, { 'Content-Type': 'text/plain' }), '415'],
      [await invite({ ...request, padding: ' '.repeat(300_000) }), '413'],
      [await fetch(`${server.url}/api/v1/invitations`, { method: 'GET' }), '405'],
    ];
    for (const [answer, status] of answers) {
      expect(String(answer.status)).toBe(status);
      expect(await check(answer, '/api/v1/invitations', 'POST')).toEqual([]);
    }
    const token = (response: Response) =>
      response
        .clone()
        .json()
        .then((body: { invitations: { url: string }[] }) => new URL(body.invitations[0]!.url).searchParams.get('inv')!);
    const invitation = await token(made);
    const responses: [Response, string][] = [
      [await post(submission({ invitation })), '201'],
      [await post(submission({ invitation })), '409'],
      [await post(submission({ invitation: `${invitation}x` })), '400'],
      [await post(submission({ invitation: await token(expired) })), '410'],
    ];
    for (const [answer, status] of responses) {
      expect(String(answer.status)).toBe(status);
      expect(await check(answer, '/api/v1/responses', 'POST')).toEqual([]);
    }
  });

  it('notices an answer the document does not describe', async () => {
    const session = await staff('/api/v1/me');
    expect(await check(session, '/api/v1/scores')).not.toEqual([]);
    expect(await check(await fetch(`${server.url}/healthz`), '/healthz', 'DELETE')).not.toEqual([]);
  });
});
