import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Submission } from '@mv-feedback/scoring';
import { sendSubmission } from './send-submission.js';

const submission: Submission = {
  id: '0b7f1c52-5c1e-4f7e-9a57-3f1c2a9d8e11',
  survey: 'quick',
  answers: { listened: 4 },
  context: { channel: 'web' },
  locale: 'en',
};

// A real HTTP server that answers with the status named in the next request's queue.
let server: Server;
let endpoint: string;
const replies: Array<[number, Record<string, string>, string]> = [];
const received: unknown[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({
        path: req.url,
        type: req.headers['content-type'],
        cookie: req.headers.cookie,
        body: JSON.parse(body),
      });
      const [status, headers, text] = replies.shift() ?? [500, {}, ''];
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('sendSubmission', () => {
  it('posts JSON without cookies and reads 201 and 200 as stored', async () => {
    replies.push([201, {}, JSON.stringify({ id: submission.id, status: 'stored' })], [200, {}, '{}']);
    expect(await sendSubmission(endpoint, submission)).toEqual({ kind: 'stored', id: submission.id });
    expect(await sendSubmission(endpoint, submission)).toEqual({ kind: 'stored', id: submission.id });
    expect(received.at(-1)).toEqual({
      path: '/api/v1/responses',
      type: 'application/json',
      cookie: undefined,
      body: submission,
    });
  });

  it('retries 5xx, 408, 425 and 429, honouring Retry-After', async () => {
    replies.push([503, { 'retry-after': '3' }, ''], [429, { 'retry-after': '60' }, ''], [408, {}, ''], [425, {}, '']);
    expect(await sendSubmission(endpoint, submission)).toEqual({ kind: 'retry', status: 503, retryAfterMs: 3000 });
    expect(await sendSubmission(endpoint, submission)).toEqual({ kind: 'retry', status: 429, retryAfterMs: 60_000 });
    expect((await sendSubmission(endpoint, submission)).kind).toBe('retry');
    expect((await sendSubmission(endpoint, submission)).kind).toBe('retry');
  });

  it('treats other 4xx as final, with the server error', async () => {
    const error = { error: { code: 'invalid_body', message: 'answers.listened: must be 1..5' } };
    replies.push([400, {}, JSON.stringify(error)], [403, {}, 'not json']);
    expect(await sendSubmission(endpoint, submission)).toEqual({
      kind: 'final',
      status: 400,
      code: 'invalid_body',
      message: 'answers.listened: must be 1..5',
    });
    expect(await sendSubmission(endpoint, submission)).toMatchObject({ kind: 'final', status: 403, code: '403' });
  });

  it('retries when nothing answers', async () => {
    expect(await sendSubmission('http://127.0.0.1:9', submission)).toEqual({
      kind: 'retry',
      status: 0,
      retryAfterMs: 0,
    });
  });
});
