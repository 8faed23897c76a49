import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';

const ALLOWED = 'https://www.city.example.gov';
let dir: string;
let server: RunningServer;

const body = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  survey: 'quick',
  answers: { listened: 5, positive: 4, accurate: null },
  comment: 'Quick and kind.',
  context: { department: 'permits', channel: 'in-person' },
  locale: 'es',
  ...overrides,
});

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body:
      typeof payload === 'string'
        ? payload
        : payload instanceof Uint8Array
          ? (payload as Uint8Array<ArrayBuffer>)
          : JSON.stringify(payload),
  });

/** Sends bytes as they are (fetch would not send two Host headers) and returns the whole answer. */
const rawRequest = (port: number, text: string) =>
  new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });

const rowCount = async (id: string) =>
  Number((await server.db.execute({ sql: 'SELECT count(*) FROM responses WHERE id = ?', args: [id] })).rows[0]?.[0]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-ingest-'));
  const config = loadConfig({
    env: { MV_ALLOWED_ORIGINS: ALLOWED, MV_RATE_LIMIT: '0' },
    flags: { db: `file:${join(dir, 'feedback.db')}` },
  });
  server = await startServer(config, { port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Refusals that need no socket (malformed JSON, UTF-8, media type, encoding) are tested in process, in
// packages/server/src/ingest/ingest-route.test.ts.
describe('POST /api/v1/responses', () => {
  it('stores a submission: 201 once committed, the row and its rollups are there', async () => {
    const submission = body();
    const response = await post(submission);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: submission.id, status: 'stored' });
    const row = (await server.db.execute({ sql: 'SELECT * FROM responses WHERE id = ?', args: [submission.id] }))
      .rows[0];
    expect(row).toMatchObject({
      survey: 'quick',
      locale: 'es',
      department: 'permits',
      channel: 'in-person',
      comment: 'Quick and kind.',
    });
    expect(JSON.parse(String(row?.answers))).toEqual(submission.answers);
    // Counted after the commit, by the fold every read of the counters waits for.
    await server.writer.settle();
    const rollup = await server.db.execute(
      "SELECT standard, n, favorable FROM daily_rollups WHERE department = 'permits' ORDER BY standard",
    );
    expect(rollup.rows.map((r) => [r.standard, r.n, r.favorable])).toEqual([
      ['asking-and-listening', 1, 1],
      ['positive-experience', 1, 1],
    ]);
  });

  it('answers the same id and content again with 200 and the same body, and no second row', async () => {
    const submission = body();
    const first = await post(submission);
    const again = await post(submission);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(await rowCount(submission.id)).toBe(1);
  });

  it('takes the same UUID in capitals as the same submission: 200, one row', async () => {
    const submission = body();
    expect((await post(submission)).status).toBe(201);
    const shouted = await post({ ...submission, id: submission.id.toUpperCase() });
    expect(shouted.status).toBe(200);
    expect((await shouted.json()).id).toBe(submission.id);
    const rows = await server.db.execute({
      sql: 'SELECT count(*) FROM responses WHERE lower(id) = ?',
      args: [submission.id],
    });
    expect(Number(rows.rows[0]?.[0])).toBe(1);
  });

  it('refuses an answer keyed "__proto__" with 400 rather than dropping it', async () => {
    const submission = body();
    const raw = JSON.stringify(submission).replace('"answers":{', '"answers":{"__proto__":5,');
    const response = await post(raw);
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues.map((issue: { path: string }) => issue.path)).toContain(
      'answers.__proto__',
    );
    expect(await rowCount(submission.id)).toBe(0);
  });

  it('refuses the same id with other content: 409, the stored row unchanged', async () => {
    const submission = body();
    expect((await post(submission)).status).toBe(201);
    const other = await post({ ...submission, answers: { listened: 1 } });
    expect(other.status).toBe(409);
    expect((await other.json()).error.code).toBe('id_conflict');
    const row = (await server.db.execute({ sql: 'SELECT answers FROM responses WHERE id = ?', args: [submission.id] }))
      .rows[0];
    expect(JSON.parse(String(row?.answers))).toEqual(submission.answers);
  });

  it('stores a blank comment as no comment', async () => {
    const submission = body({ comment: '   \n ' });
    expect((await post(submission)).status).toBe(201);
    const row = (await server.db.execute({ sql: 'SELECT comment FROM responses WHERE id = ?', args: [submission.id] }))
      .rows[0];
    expect(row?.comment).toBeNull();
  });

  it('stores context.page without query, fragment or credentials, and hashes it so', async () => {
    const submission = body({
      context: {
        page: 'https://jane:hunter2@www.city.example.gov/permits/apply?email=jane.doe%40example.com#token=abc',
      },
    });
    expect((await post(submission)).status).toBe(201);
    const stored = async () =>
      (await server.db.execute({ sql: 'SELECT page FROM responses WHERE id = ?', args: [submission.id] })).rows[0]
        ?.page;
    expect(await stored()).toBe('https://www.city.example.gov/permits/apply');
    // A retry from the same page with another query string is the same response.
    const retry = await post({ ...submission, context: { page: 'https://www.city.example.gov/permits/apply?utm=x' } });
    expect(retry.status).toBe(200);
    expect(await rowCount(submission.id)).toBe(1);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['an unknown survey', { survey: 'long' }, 'survey'],
    ['an unknown question', { answers: { listened: 5, mood: 3 } }, 'answers.mood'],
    ['a value out of range', { answers: { listened: 6 } }, 'answers.listened'],
    ['a yes/no value on an agree item', { answers: { listened: 'yes' } }, 'answers.listened'],
    ['no answer and no comment', { answers: { listened: null }, comment: null }, 'answers'],
    ['no answer and a blank comment', { answers: {}, comment: '  ' }, 'answers'],
    ['a comment over 2,000 characters', { comment: 'x'.repeat(2001) }, 'comment'],
    ['a locale mv-feedback has no pack for', { locale: 'fr' }, 'locale'],
    ['an unknown top-level field', { ip: '10.0.0.1' }, 'ip'],
    ['an id that is not a UUID', { id: 'not-a-uuid' }, 'id'],
    ['an unknown channel', { context: { channel: 'fax' } }, 'context.channel'],
    [
      'two rotating questions of the quick survey',
      { answers: { listened: 5, 'did-best': 4, 'same-day': 'yes' } },
      'answers.did-best',
    ],
    ['a NUL in the comment', { comment: 'before\u0000after' }, 'comment'],
    ['a NUL in the interaction', { context: { interaction: 'CASE-1\u0000' } }, 'context.interaction'],
    ['a lone high surrogate in the comment', { comment: 'broken \ud83d emoji' }, 'comment'],
    ['a lone low surrogate in the interaction', { context: { interaction: '\udc00' } }, 'context.interaction'],
  ];
  it.each(invalid)('refuses %s with 400 naming the field, and writes nothing', async (_name, overrides, path) => {
    const submission = body(overrides);
    const response = await post(submission);
    expect(response.status).toBe(400);
    const error = (await response.json()).error;
    expect(error.code).toBe('invalid_submission');
    expect(error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    if (typeof submission.id === 'string' && submission.id.length === 36) expect(await rowCount(submission.id)).toBe(0);
  });

  it('stores emoji (surrogate pairs) as written', async () => {
    const submission = body({ comment: 'Great 👍🏽 service 🎉' });
    expect((await post(submission)).status).toBe(201);
    const row = (await server.db.execute({ sql: 'SELECT comment FROM responses WHERE id = ?', args: [submission.id] }))
      .rows[0];
    expect(row?.comment).toBe('Great 👍🏽 service 🎉');
  });

  it('refuses a request with two Host headers with 400 (RFC 9112 §3.2), and stores nothing', async () => {
    const submission = JSON.stringify(body());
    const { port } = new URL(server.url);
    const answer = await rawRequest(
      Number(port),
      `POST /api/v1/responses HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nHost: evil.example\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(submission)}\r\nConnection: close\r\n\r\n${submission}`,
    );
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(answer).toContain('"code":"duplicate_host"');
    expect(await rowCount(JSON.parse(submission).id)).toBe(0);
  });

  it('refuses a body over 16 KiB with 413, by Content-Length and when streamed without one', async () => {
    const big = body({ comment: 'x'.repeat(1000), page: undefined, padding: ' '.repeat(17 * 1024) });
    const declared = await post(JSON.stringify(big));
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.code).toBe('body_too_large');
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${server.url}/api/v1/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      for (let i = 0; i < 20; i += 1) req.write(' '.repeat(1024));
      req.end(JSON.stringify(body()));
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('body_too_large');
  });
});

describe('origins', () => {
  it('accepts a listed origin with CORS headers that expose Retry-After and vary by origin', async () => {
    const response = await post(body(), { Origin: ALLOWED });
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
    // A cache between two pages must not hand one page's answer to the other.
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('answers a preflight from a listed origin', async () => {
    const response = await fetch(`${server.url}/api/v1/responses`, {
      method: 'OPTIONS',
      headers: {
        Origin: ALLOWED,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });

  it('refuses another origin with a 403 the page can read: the preflight passes, the POST carries CORS headers', async () => {
    const preflight = await fetch(`${server.url}/api/v1/responses`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    const submission = body();
    const response = await post(submission, { Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    expect((await response.json()).error.code).toBe('origin_not_allowed');
    expect(await rowCount(submission.id)).toBe(0);
  });

  it("accepts the server's own origin (its hosted pages)", async () => {
    expect((await post(body(), { Origin: server.url })).status).toBe(201);
  });
});

describe('public definitions and health', () => {
  it('serves a survey in every offered language, and those languages, cacheable with an ETag', async () => {
    const response = await fetch(`${server.url}/api/v1/surveys/quick`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('public');
    const survey = await response.json();
    expect(survey.id).toBe('quick');
    expect(survey.locales).toEqual(['en', 'es', 'vi', 'tl', 'ko', 'zh-Hans', 'zh-Hant', 'ar']);
    expect(survey.title).toMatchObject({ ko: '방문 평가하기', 'zh-Hant': '評價您的來訪' });
    // Three questions always, and one drawn from the other eight standards' questions, whose texts come along.
    const pool = ['same-day', 'professional', 'acknowledged', 'at-ease', 'would-choose', 'did-best'];
    expect(survey.rotate).toEqual({ count: 1, from: [...pool, 'respected-time', 'simple-process'] });
    const questions = new Map(survey.questions.map((q: { id: string }) => [q.id, q]));
    expect([...questions.keys()].slice(0, 3)).toEqual(['listened', 'positive', 'accurate']);
    for (const id of survey.rotate.from) {
      expect(questions.get(id)).toMatchObject({ text: { en: expect.any(String), es: expect.any(String) } });
    }
    expect(questions.get('did-best')).toMatchObject({
      text: { es: 'Aunque la respuesta fuera no, el personal hizo todo lo posible por ayudarme a lograr mi objetivo.' },
    });
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.url}/api/v1/surveys/quick`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });

  it('answers an unknown survey with 404 JSON', async () => {
    const response = await fetch(`${server.url}/api/v1/surveys/nope`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('unknown_survey');
  });

  it('stores a quick answer with one rotating question', async () => {
    const submission = body({ answers: { listened: 4, 'respected-time': 5 } });
    expect((await post(submission)).status).toBe(201);
    expect(await rowCount(submission.id)).toBe(1);
  });

  it("serves the catalogue's departments with their names in every offered language, cacheable", async () => {
    const response = await fetch(`${server.url}/api/v1/departments`, { headers: { origin: 'https://other.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const { departments } = await response.json();
    expect(departments[0]).toMatchObject({
      id: 'permits',
      title: { en: 'Building permits', es: 'Permisos de construcción', vi: 'Giấy phép xây dựng', ar: 'تصاريح البناء' },
    });
    expect(departments.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining(['planning', 'code-enforcement', 'public-works', 'library', 'animal-services']),
    );
  });

  it('serves the standards in catalogue order, both languages', async () => {
    const response = await fetch(`${server.url}/api/v1/standards`);
    const { standards } = await response.json();
    expect(standards).toHaveLength(11);
    expect(standards[0]).toMatchObject({ id: 'same-day-response', title: { en: 'Providing same day response' } });
    expect(response.headers.get('etag')).toBeTruthy();
  });

  it('reports health', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('marks every answer nosniff, errors and not-found included', async () => {
    const answers = await Promise.all([
      fetch(`${server.url}/healthz`),
      fetch(`${server.url}/api/v1/surveys`),
      fetch(`${server.url}/api/v1/openapi.json`),
      fetch(`${server.url}/api/v1/scores`),
      fetch(`${server.url}/api/v1/nothing-here`),
      post('{'),
      post(body()),
    ]);
    for (const answer of answers) {
      expect([answer.url, answer.status, answer.headers.get('x-content-type-options')]).toEqual([
        answer.url,
        answer.status,
        'nosniff',
      ]);
      await answer.arrayBuffer();
    }
  });

  it.each([
    ['DELETE', '/api/v1/responses', 'OPTIONS, POST'],
    ['GET', '/api/v1/responses', 'OPTIONS, POST'],
    ['PUT', '/healthz', 'GET, HEAD'],
    ['POST', '/api/v1/surveys/quick', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/api/v1/standards', 'GET, HEAD, OPTIONS'],
    ['POST', '/api/v1/scores', 'GET, HEAD'],
    ['PATCH', '/api/v1/export.csv', 'GET, HEAD'],
    ['POST', '/mv-feedback.js', 'GET, HEAD'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const response = await fetch(`${server.url}${path}`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
    expect((await response.json()).error.code).toBe('method_not_allowed');
  });

  it('answers HEAD where GET is allowed', async () => {
    const response = await fetch(`${server.url}/healthz`, { method: 'HEAD' });
    expect(response.status).toBe(200);
  });

  it('answers unknown paths with 404 JSON', async () => {
    const response = await fetch(`${server.url}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });
});
