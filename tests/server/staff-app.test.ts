// The staff API inside the whole server (startServer): responses sent through
// the public ingest route show up in scores, comments and the export.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommentsPageSchema, ScoresResultSchema } from '@mv-feedback/scoring';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../packages/server/src/start-server.js';
import { createStaffToken } from '../../packages/server/src/auth/tokens.js';
import { get, testConfig } from './staff-fixture.js';

let dir: string;
let server: RunningServer;
let token: string;
const markup = '<img src=x onerror="alert(1)"> ¿Por qué, "otra vez"?';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-staff-app-'));
  server = await startServer(testConfig(`file:${join(dir, 'app.db')}`), { port: 0 });
  token = await createStaffToken(server.db, { name: 'Integration', role: 'viewer' });
  for (let i = 0; i < 12; i++) {
    const response = await fetch(`${server.url}/api/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: crypto.randomUUID(),
        survey: 'quick',
        answers: { listened: i < 9 ? 5 : 2, positive: 4, accurate: null },
        ...(i === 0 ? { comment: markup } : {}),
        context: { department: 'permits', channel: 'phone' },
        locale: i % 2 ? 'en' : 'es',
      }),
    });
    expect(response.status).toBe(201);
  }
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('refuses the staff routes without a token and serves the OpenAPI document without one', async () => {
  const refused = await get(`${server.url}/api/v1/scores`);
  expect(refused.status).toBe(401);
  expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
  expect((await get(`${server.url}/api/v1/openapi.json`)).status).toBe(200);
});

it('scores what was just submitted, today, in the city time zone', async () => {
  const scores = ScoresResultSchema.parse(await (await get(`${server.url}/api/v1/scores`, token)).json());
  expect(scores.responses).toBe(12);
  const listening = scores.standards.find((s) => s.id === 'asking-and-listening')!;
  expect([listening.n, listening.favorable, listening.score]).toEqual([12, 9, 75]);
  expect(scores.standards.find((s) => s.id === 'knowing-our-business')).toMatchObject({
    n: 0,
    suppressed: true,
    score: null,
  });
  expect(scores.standards.find((s) => s.id === 'questioning-status-quo')!.comments).toBe(1);
});

it('lists the comment as written and exports every response', async () => {
  const page = CommentsPageSchema.parse(
    await (await get(`${server.url}/api/v1/comments?department=permits`, token)).json(),
  );
  expect(page.items.map((c) => [c.comment, c.locale, c.department, c.channel])).toEqual([
    [markup, 'es', 'permits', 'phone'],
  ]);
  const csv = await (await get(`${server.url}/api/v1/export.csv`, token)).text();
  expect(csv.trimEnd().split('\r\n')).toHaveLength(13);
  expect(csv).toContain('"<img src=x onerror=""alert(1)""> ¿Por qué, ""otra vez""?"');
});

it('marks every staff answer private and never stored by a cache, refusals included', async () => {
  const paths = ['/me', '/scores', '/scores/trend', '/comments', '/export.csv', '/scores?from=bad'];
  for (const path of paths) {
    const response = await get(`${server.url}/api/v1${path}`, token);
    expect([path, response.headers.get('cache-control')]).toEqual([path, 'private, no-store']);
    await response.arrayBuffer();
  }
  const refused = await get(`${server.url}/api/v1/comments`);
  expect([refused.status, refused.headers.get('cache-control')]).toEqual([401, 'private, no-store']);
});
