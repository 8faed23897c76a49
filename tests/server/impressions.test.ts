// POST /api/v1/impressions (docs/design.md §9): counts of a survey shown, for the
// response rate, under the origin and rate rules of responses.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityDay } from '@mv-feedback/scoring';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';

const ALLOWED = 'https://www.city.example.gov';
let dir: string;
const servers: RunningServer[] = [];

type Start = typeof startServer;
const start = async (env: Record<string, string> = {}, startWith: Start = startServer) => {
  const config = loadConfig({
    env: { MV_ALLOWED_ORIGINS: ALLOWED, MV_RATE_LIMIT: '0', ...env },
    flags: { db: `file:${join(dir, `${randomUUID()}.db`)}` },
  });
  const server = await startWith(config, { port: 0 });
  servers.push(server);
  return server;
};

const impression = (server: RunningServer, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/impressions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The offers counted in one cell of the cube today ('*' for every value of a dimension). */
const offers = async (server: RunningServer, department = '*', channel = '*', survey = '*') => {
  const { rows } = await server.db.execute({
    sql: 'SELECT SUM(offers) AS offers FROM offer_cube WHERE department = ? AND channel = ? AND survey = ? AND day = ?',
    args: [department, channel, survey, cityDay(new Date(), 'America/Los_Angeles')],
  });
  return Number(rows[0]?.offers ?? 0);
};

let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-impressions-'));
  server = await start();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /api/v1/impressions', () => {
  it('answers 204 with no body once counted, for the day, survey, department and channel and each "all" cell', async () => {
    const response = await impression(server, { survey: 'full', context: { department: 'library', channel: 'web' } });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await offers(server, 'library', 'web', 'full')).toBe(1);
    expect(await offers(server, 'library', '*', '*')).toBe(1);
    expect(await offers(server, '*', 'web', 'full')).toBe(1);
    expect(await offers(server, 'library', 'web', 'quick')).toBe(0);
  });

  it('counts an impression without context under no department and no channel', async () => {
    const before = await offers(server, '', '', 'quick');
    expect((await impression(server, { survey: 'quick' })).status).toBe(204);
    expect(await offers(server, '', '', 'quick')).toBe(before + 1);
  });

  it('counts every one of many impressions sent at once, exactly', async () => {
    const before = await offers(server, 'library', 'in-person', 'quick');
    const statuses = await Promise.all(
      Array.from({ length: 120 }, () =>
        impression(server, { survey: 'quick', context: { department: 'library', channel: 'in-person' } }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(statuses.every((status) => status === 204)).toBe(true);
    expect(await offers(server, 'library', 'in-person', 'quick')).toBe(before + 120);
  });

  it.each([
    ['an id', { survey: 'quick', id: randomUUID() }, 'id'],
    ['a page', { survey: 'quick', context: { page: 'https://city.example.gov/permits' } }, 'context.page'],
    ['an interaction', { survey: 'quick', context: { interaction: 'CASE-1' } }, 'context.interaction'],
    ['an unknown survey', { survey: 'long' }, 'survey'],
    ['no survey', { context: { channel: 'web' } }, 'survey'],
    [
      'a department that is not a slug',
      { survey: 'quick', context: { department: 'Permits Office' } },
      'context.department',
    ],
    ['an unknown channel', { survey: 'quick', context: { channel: 'fax' } }, 'context.channel'],
  ])('refuses %s with 400 naming the field, and counts nothing', async (_, body, path) => {
    const before = await offers(server);
    const response = await impression(server, body);
    expect(response.status).toBe(400);
    const error = (await response.json()).error;
    expect(error.code).toBe('invalid_impression');
    expect(error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    expect(await offers(server)).toBe(before);
  });

  it('refuses what is not JSON, malformed JSON and a body over 1 KiB like the responses route', async () => {
    const before = await offers(server);
    expect((await impression(server, { survey: 'quick' }, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const malformed = await impression(server, '{"survey": ');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('malformed_json');
    const padded = { survey: 'quick', context: { department: `a${'b'.repeat(1100)}` } };
    expect((await impression(server, padded)).status).toBe(413);
    expect(await offers(server)).toBe(before);
  });

  it('takes impressions from an allowed origin with CORS, refuses another origin with 403', async () => {
    const before = await offers(server);
    const preflight = await fetch(`${server.url}/api/v1/impressions`, {
      method: 'OPTIONS',
      headers: {
        Origin: ALLOWED,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const allowed = await impression(server, { survey: 'quick' }, { Origin: ALLOWED });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const refused = await impression(server, { survey: 'quick' }, { Origin: 'https://elsewhere.example.com' });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('origin_not_allowed');
    expect(await offers(server)).toBe(before + 1);
  });

  it('keeps no identifier: offer_cube holds counts only', async () => {
    const { rows } = await server.db.execute("SELECT name FROM pragma_table_info('offer_cube') ORDER BY cid");
    expect(rows.map((row) => row.name)).toEqual(['department', 'channel', 'survey', 'day', 'offers']);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past MV_RATE_LIMIT a minute, counting apart from responses', async () => {
    const limited = await start({ MV_RATE_LIMIT: '2' });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await impression(limited, { survey: 'quick' })).status);
    expect(statuses).toEqual([204, 204, 429]);
    expect(await offers(limited)).toBe(2);
    const refused = await impression(limited, { survey: 'quick' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // A resident who saw the survey can still answer it.
    const answer = await fetch(`${limited.url}/api/v1/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: randomUUID(), survey: 'quick', answers: { positive: 5 } }),
    });
    expect(answer.status).toBe(201);
  });
});

describe('the built server, whose writer runs on its own thread', () => {
  it('counts impressions in the writer thread’s group commits beside responses', async () => {
    const built = (await import('../../packages/server/dist/index.js')) as { startServer: Start };
    const threaded = await start({}, built.startServer);
    const sent = await Promise.all([
      ...Array.from({ length: 30 }, () =>
        impression(threaded, { survey: 'quick', context: { department: 'permits' } }).then((r) => r.status),
      ),
      fetch(`${threaded.url}/api/v1/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: randomUUID(), survey: 'quick', answers: { positive: 5 } }),
      }).then((r) => r.status),
    ]);
    expect(sent).toEqual([...Array(30).fill(204), 201]);
    expect(await offers(threaded, 'permits', '*', '*')).toBe(30);
  });
});
