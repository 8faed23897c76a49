// Who may do what on the staff API, asked in process with app.request(): a
// missing or revoked token is 401, a token without the scope a route needs is
// 403, a department token reads and invites for its own department only, and
// every one of those answers is private and never stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { defaultCatalogue } from '@mv-feedback/scoring';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerConfig } from '../config/server-config.js';
import { migrate } from '../db/schema/migrate.js';
import { openDatabase } from '../db/connection/open-database.js';
import { storageHealth } from '../db/health/storage-health.js';
import { invitationRoutes } from '../invitations/invitation-route.js';
import { staffApp } from '../staff-app.js';
import { createStaffToken, revokeStaffTokensNamed } from './tokens.js';

const NOW = new Date('2026-06-15T19:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'mv-access-'));
const config: ServerConfig = {
  dbUrl: `file:${join(dir, 'access.db')}`,
  port: 0,
  allowedOrigins: [],
  rateLimit: 0,
  minN: 10,
  timezone: 'America/Los_Angeles',
  catalogue: defaultCatalogue,
  cityName: 'City services',
};
const offers: unknown[] = [];
let db: Client;
let app: Hono;
const tokens: Record<'admin' | 'viewer' | 'permitsAdmin' | 'revoked', string> = {
  admin: '',
  viewer: '',
  permitsAdmin: '',
  revoked: '',
};

beforeAll(async () => {
  db = await openDatabase(config);
  await migrate(db);
  tokens.admin = await createStaffToken(db, { name: 'Director', role: 'admin' });
  tokens.viewer = await createStaffToken(db, { name: 'Analyst', role: 'viewer' });
  tokens.permitsAdmin = await createStaffToken(db, { name: 'Permits lead', role: 'admin', department: 'permits' });
  tokens.revoked = await createStaffToken(db, { name: 'Former', role: 'admin' });
  await revokeStaffTokensNamed(db, 'Former');
  const health = storageHealth();
  app = new Hono();
  app.route('/api/v1', staffApp({ db, config, now: () => NOW, health, publicUrl: () => 'https://feedback.test' }));
  app.route(
    '/api/v1',
    invitationRoutes({
      db,
      catalogue: defaultCatalogue,
      writer: { offer: async (offer) => void offers.push(offer) },
      health,
      publicUrl: () => 'https://feedback.test',
      invitationSecret: async () => 'a-test-secret-of-enough-length-0123456789',
    }),
  );
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, token?: string) =>
  app.request(`/api/v1${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
const invite = (token: string, body: unknown) =>
  app.request('/api/v1/invitations', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const answer = async (response: Response) => ({
  status: response.status,
  cache: response.headers.get('Cache-Control'),
  body: (await response.json()) as { error?: { code: string; message: string } },
});

describe('a missing or unknown token', () => {
  it('is 401 with a Bearer challenge on every staff path, before anything is read', async () => {
    for (const path of ['/me', '/scores', '/scores/trend', '/scores/departments', '/comments', '/export.csv']) {
      const response = await get(path);
      expect([path, response.headers.get('WWW-Authenticate')]).toEqual([path, 'Bearer realm="mv-feedback"']);
      expect([path, await answer(response)]).toMatchObject([
        path,
        { status: 401, cache: 'private, no-store', body: { error: { code: 'unauthorized' } } },
      ]);
    }
  });

  it('is 401 invalid_token for a revoked token, and for one that was never made', async () => {
    for (const token of [tokens.revoked, 'mvf_not-a-token']) {
      const response = await get('/scores', token);
      expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="mv-feedback", error="invalid_token"');
      expect(response.status).toBe(401);
    }
  });
});

describe('the scope a route needs', () => {
  it('lets a viewer read but not make invitations (403, private)', async () => {
    expect((await get('/scores', tokens.viewer)).status).toBe(200);
    expect(await answer(await invite(tokens.viewer, { survey: 'quick', interactions: ['A-1'] }))).toEqual({
      status: 403,
      cache: 'private, no-store',
      body: { error: { code: 'forbidden', message: 'Making invitations needs an admin token.' } },
    });
    expect(offers).toEqual([]);
  });

  it('keeps a department token out of the comparison of every department', async () => {
    expect((await get('/scores/departments', tokens.admin)).status).toBe(200);
    expect(await answer(await get('/scores/departments', tokens.permitsAdmin))).toMatchObject({
      status: 403,
      cache: 'private, no-store',
      body: {
        error: { code: 'forbidden', message: 'Comparing departments needs a token that may read every department.' },
      },
    });
  });
});

describe('a department token', () => {
  it('reads its own department, by default and by name, and is refused another', async () => {
    expect((await get('/scores', tokens.permitsAdmin)).status).toBe(200);
    expect((await get('/comments?department=permits', tokens.permitsAdmin)).status).toBe(200);
    for (const path of ['/scores?department=parks', '/comments?department=parks', '/export.csv?department=parks']) {
      expect([path, await answer(await get(path, tokens.permitsAdmin))]).toMatchObject([
        path,
        {
          status: 403,
          cache: 'private, no-store',
          body: { error: { code: 'forbidden', message: 'This token may read the department "permits" only.' } },
        },
      ]);
    }
  });

  it('invites for its own department only', async () => {
    const refused = await invite(tokens.permitsAdmin, {
      survey: 'quick',
      department: 'parks',
      channel: 'email',
      interactions: ['A-1'],
    });
    expect(await answer(refused)).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden', message: 'This token may invite for the department "permits" only.' } },
    });
    expect(offers).toEqual([]);
    const made = await invite(tokens.permitsAdmin, {
      survey: 'quick',
      department: 'permits',
      channel: 'email',
      interactions: ['A-1'],
    });
    expect([made.status, made.headers.get('Cache-Control')]).toEqual([201, 'private, no-store']);
    expect(offers).toMatchObject([{ department: 'permits', count: 1, verified: true }]);
  });
});
