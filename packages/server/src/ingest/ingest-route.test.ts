// POST /api/v1/responses through the whole app in process (Hono's
// app.request), on a real libSQL file: each refusal of a body, its status and
// code, and nothing stored. What needs a socket (two Host headers, a chunked
// body read from Node's request, slow clients) is in tests/server/.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Client } from '@libsql/client';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessApp, type InProcessApp } from '../testing/in-process-app.js';
import { MAX_BODY_BYTES } from './ingest-route.js';

const ALLOWED = 'https://www.city.example.gov';
let served: InProcessApp;
let db: Client;
let app: Hono;

beforeAll(async () => {
  served = await inProcessApp({ MV_ALLOWED_ORIGINS: ALLOWED, MV_RATE_LIMIT: '0' });
  ({ db, app } = served);
});

afterAll(() => served?.close());

const submission = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  survey: 'quick',
  answers: { listened: 5, positive: 4 },
  context: { department: 'permits', channel: 'web' },
  ...overrides,
});

/** Posts `body` (an object is sent as JSON) and returns the status and the parsed answer. */
async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await app.request('/api/v1/responses', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const stored = async () => Number((await db.execute('SELECT count(*) FROM responses')).rows[0]?.[0]);

/** Expects `send` to be refused with `status` and `code`, and no row to be written. */
async function expectRefused(
  send: Promise<{ status: number; body: Record<string, unknown> }>,
  status: number,
  code: string,
) {
  const before = await stored();
  const { status: answered, body } = await send;
  expect({ status: answered, code: (body.error as { code?: string } | undefined)?.code }).toEqual({ status, code });
  expect(await stored()).toBe(before);
  return body.error as { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe('POST /api/v1/responses in process', () => {
  it('stores a valid submission with 201, and answers its replay with 200', async () => {
    const sent = submission();
    expect(await post(sent)).toEqual({ status: 201, body: { id: sent.id, status: 'stored' } });
    expect(await post(sent)).toEqual({ status: 200, body: { id: sent.id, status: 'stored' } });
  });

  it('400 invalid_submission, naming every field that is wrong and why', async () => {
    const error = await expectRefused(
      post(
        submission({
          answers: { listened: 9, positive: 4, nonsense: 1 },
          context: { department: 'permits', colour: 'red' },
        }),
      ),
      400,
      'invalid_submission',
    );
    expect(error.message).toBe('the submission has 3 problems');
    expect(error.issues).toEqual([
      { path: 'context.colour', message: 'unknown field' },
      { path: 'answers.listened', message: 'must be a whole number from 1 to 5, or null for "does not apply"' },
      { path: 'answers.nonsense', message: 'unknown question "nonsense" in survey "quick"' },
    ]);
  });

  it('400 invalid_submission for a survey the catalogue does not have', async () => {
    await expectRefused(post(submission({ survey: 'long' })), 400, 'invalid_submission');
  });

  it('400 malformed_json, with what the parser found', async () => {
    const error = await expectRefused(post('{"id": "a", "survey": '), 400, 'malformed_json');
    expect(error.message).toMatch(/^the body is not valid JSON: /);
  });

  it('400 invalid_utf8 for bytes that are not UTF-8 (RFC 8259 §8.1), even inside a string', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(submission({ comment: 'caf_' })));
    bytes[bytes.indexOf('_'.charCodeAt(0))] = 0xe9; // Latin-1 é: not a UTF-8 sequence
    await expectRefused(post(bytes), 400, 'invalid_utf8');
  });

  it('413 body_too_large past 16 KiB, and the connection is not kept for the rest', async () => {
    const big = JSON.stringify(submission({ comment: 'x'.repeat(MAX_BODY_BYTES) }));
    const before = await stored();
    const response = await app.request('/api/v1/responses', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('Connection')).toBe('close');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('body_too_large');
    expect(await stored()).toBe(before);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'])(
    '415 unsupported_media_type for %s',
    async (type) => {
      await expectRefused(post(submission(), { 'Content-Type': type }), 415, 'unsupported_media_type');
    },
  );

  it('accepts application/json; charset=utf-8 and Content-Encoding: identity', async () => {
    expect((await post(submission(), { 'Content-Type': 'application/json; charset=UTF-8' })).status).toBe(201);
    expect((await post(submission(), { 'Content-Encoding': 'identity' })).status).toBe(201);
  });

  it('415 unsupported_content_encoding for a compressed body', async () => {
    const gzipped = new Uint8Array(gzipSync(JSON.stringify(submission())));
    await expectRefused(post(gzipped, { 'Content-Encoding': 'gzip' }), 415, 'unsupported_content_encoding');
  });

  it('403 for an origin not in MV_ALLOWED_ORIGINS, with CORS headers the refused page can read', async () => {
    const before = await stored();
    const response = await app.request('/api/v1/responses', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://elsewhere.example' },
      body: JSON.stringify(submission()),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://elsewhere.example');
    expect(await stored()).toBe(before);
  });
});
