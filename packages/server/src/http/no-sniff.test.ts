// Without Node's response under it (app.request(), as in these tests) the
// header goes on the route's answer, whatever made it; served by Node it goes
// on Node's response (tests/server/ingest-status.test.ts checks every kind).
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { noSniff } from './no-sniff.js';

describe('noSniff without a Node response', () => {
  const app = new Hono();
  app.use(noSniff());
  app.get('/made', (c) => c.body('text', 200, { 'Content-Type': 'text/plain' }));
  app.get('/returned', () => new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } }));

  it.each(['/made', '/returned', '/missing'])('marks %s nosniff', async (path) => {
    const answer = await app.request(path);
    expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
