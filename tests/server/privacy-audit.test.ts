// Personal data in comments, reveal, expiring tokens and the audit log
// (docs/design.md §15 and §12), over real HTTP on 127.0.0.1 and a libSQL file.
import type { Answers, Submission } from '@mv-feedback/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken, revokeStaffToken } from '../../packages/server/src/auth/tokens.js';
import { runCli } from '../support/cli-process.js';
import { openApiValidator } from '../support/openapi-validator.js';
import { get, startStaffServer, storeRows, type StaffServer, type StoredRow } from './staff-fixture.js';

const NOW = new Date('2026-06-15T19:00:00Z');
const RANGE = 'from=2026-06-01&to=2026-06-15';
const WRITTEN = [
  'Call me at (951) 555-0123 about BP-2026-00417',
  'Write to jane.doe@example.com, or +44 20 7946 0958',
  'The pothole at 1234 Main Street is back',
  'Case BP-2026-00417: thank you, Maria!',
];
const MASKED = [
  'Call me at [phone] about BP-2026-00417',
  'Write to [email], or [phone]',
  'The pothole at [address] is back',
  'Case BP-2026-00417: thank you, Maria!',
];

let server: StaffServer;
let admin: string;
let viewer: string;

const row = (comment: string, i: number): StoredRow => ({
  submission: {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    survey: 'quick',
    answers: { listened: 4 } as Answers,
    comment,
    context: { department: 'permits' },
    locale: 'en',
  } satisfies Submission,
  receivedAt: new Date(NOW.getTime() - 3_600_000 * (i + 1)),
});

const audit = async () =>
  (await (await get(`${server.url}/api/v1/audit`, admin)).json()) as {
    items: { actor: string; action: string; detail: Record<string, unknown> }[];
  };

beforeAll(async () => {
  server = await startStaffServer({ now: () => NOW });
  admin = await createStaffToken(server.db, { name: 'Records officer', role: 'admin' });
  viewer = await createStaffToken(server.db, { name: 'Permits desk', role: 'viewer' });
  await storeRows(server.db, server.config, WRITTEN.map(row));
});

afterAll(() => server.close());

describe('comments', () => {
  it('are masked in GET /api/v1/comments, case numbers and names left visible', async () => {
    const page = (await (await get(`${server.url}/api/v1/comments?${RANGE}`, viewer)).json()) as {
      items: { comment: string }[];
    };
    expect(page.items.map((item) => item.comment)).toEqual(MASKED);
  });

  it('are masked in the CSV export, and the export is audited', async () => {
    const text = await (await get(`${server.url}/api/v1/export.csv?${RANGE}`, viewer)).text();
    for (const masked of MASKED) expect(text).toContain(masked);
    for (const written of WRITTEN.slice(0, 3)) expect(text).not.toContain(written);
    expect((await audit()).items[0]).toMatchObject({
      actor: 'Permits desk',
      action: 'export.csv',
      detail: { from: '2026-06-01', to: '2026-06-15', reveal: false },
    });
  });

  it('are stored as written and shown so to an admin asking reveal=true, which is audited without the text', async () => {
    const response = await get(`${server.url}/api/v1/comments?${RANGE}&reveal=true`, admin);
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: { comment: string }[] };
    expect(page.items.map((item) => item.comment)).toEqual(WRITTEN);
    const [entry] = (await audit()).items;
    expect(entry).toMatchObject({ actor: 'Records officer', action: 'comments.reveal', detail: { comments: 4 } });
    expect(JSON.stringify(entry)).not.toMatch(/555-0123|jane\.doe|Main Street/);
  });

  it('are refused unmasked to a viewer: 403, and nothing audited', async () => {
    const before = (await audit()).items.length;
    const comments = await get(`${server.url}/api/v1/comments?${RANGE}&reveal=true`, viewer);
    const csv = await get(`${server.url}/api/v1/export.csv?${RANGE}&reveal=true`, viewer);
    expect([comments.status, csv.status]).toEqual([403, 403]);
    expect((await audit()).items.length).toBe(before);
    expect((await get(`${server.url}/api/v1/comments?${RANGE}&reveal=yes`, admin)).status).toBe(400);
  });
});

describe('staff tokens', () => {
  it('expired or revoked get 401; a live one works', async () => {
    const expired = await createStaffToken(server.db, {
      name: 'Contractor',
      role: 'viewer',
      expiresAt: new Date(Date.now() - 1_000),
    });
    const later = await createStaffToken(server.db, {
      name: 'Intern',
      role: 'viewer',
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const revoked = await createStaffToken(server.db, { name: 'Former clerk', role: 'viewer' });
    const { rows } = await server.db.execute("SELECT id FROM staff_tokens WHERE name = 'Former clerk'");
    await revokeStaffToken(server.db, Number(rows[0]!.id));
    const statuses = await Promise.all(
      [expired, revoked, later].map(async (token) => (await get(`${server.url}/api/v1/me`, token)).status),
    );
    expect(statuses).toEqual([401, 401, 200]);
  });

  it('token create --expires-days and token list show expiry and last use; create and revoke are audited', async () => {
    const db = ['--db', server.config.dbUrl];
    const created = await runCli(['token', 'create', '--name', 'Night shift', '--expires-days', '30', ...db]);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect((await get(`${server.url}/api/v1/me`, token)).status).toBe(200);
    const listed = await runCli(['token', 'list', ...db]);
    const line = listed.stdout.split('\n').find((l) => l.includes('Night shift'))!;
    expect(line).toMatch(/expires \d{4}-\d\d-\d\dT.*\tlast used \d{4}-\d\d-\d\dT/);
    expect(listed.stdout).toMatch(/Permits desk\tviewer\tall departments\tcreated [^\t]+\tlast used /);
    const id = line.split('\t')[0]!;
    expect((await runCli(['token', 'revoke', id, ...db])).code).toBe(0);
    expect((await get(`${server.url}/api/v1/me`, token)).status).toBe(401);
    const actions = (await audit()).items.slice(0, 2).map((e) => [e.action, e.detail.name]);
    expect(actions).toEqual([
      ['token.revoke', 'Night shift'],
      ['token.create', 'Night shift'],
    ]);
    expect((await runCli(['token', 'create', '--name', 'x', '--expires-days', '0', ...db])).code).toBe(2);
  });
});

describe('GET /api/v1/audit', () => {
  it('answers as the OpenAPI document says, for an admin and a viewer', async () => {
    const check = await openApiValidator(server.url);
    expect(await check(await get(`${server.url}/api/v1/audit?limit=5`, admin), '/api/v1/audit')).toEqual([]);
    expect(await check(await get(`${server.url}/api/v1/audit`, viewer), '/api/v1/audit')).toEqual([]);
    const revealed = await get(`${server.url}/api/v1/comments?${RANGE}&reveal=true`, viewer);
    expect(await check(revealed, '/api/v1/comments')).toEqual([]);
  });

  it('is for admins only: a viewer gets 403, no token 401', async () => {
    expect((await get(`${server.url}/api/v1/audit`, viewer)).status).toBe(403);
    expect((await get(`${server.url}/api/v1/audit`)).status).toBe(401);
  });

  it('pages newest first with limit and before', async () => {
    const first = (await (await get(`${server.url}/api/v1/audit?limit=2`, admin)).json()) as {
      items: { id: number }[];
      nextBefore: number;
    };
    expect(first.items).toHaveLength(2);
    const next = (await (await get(`${server.url}/api/v1/audit?limit=2&before=${first.nextBefore}`, admin)).json()) as {
      items: { id: number }[];
    };
    expect(next.items[0]!.id).toBeLessThan(first.items[1]!.id);
    expect((await get(`${server.url}/api/v1/audit?limit=0`, admin)).status).toBe(400);
  });
});
