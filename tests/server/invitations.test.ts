// Single-use invitations (docs/design.md §9, issue 8 point 5) against a real server on a
// real libSQL file: links made by the API and the CLI, a response stored
// verified once and only once, every kind of bad token refused with nothing
// left behind, and the verified=true filter on every staff read.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffToken, loadConfig, startServer, type RunningServer } from '@mv-feedback/server';
import { signInvitation } from '../../packages/server/src/invitations/invitation-token.js';
import { runCli } from '../support/cli-process.js';

const PUBLIC_URL = 'https://feedback.riverton.example.gov';
let dir: string;
let dbUrl: string;
let server: RunningServer;
let admin: string;
/** The server's clock: the system's unless a test moves it. */
let clock: Date | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mv-invitations-'));
  dbUrl = `file:${join(dir, 'feedback.db')}`;
  const config = loadConfig({
    env: { MV_RATE_LIMIT: '0', MV_MIN_N: '1', MV_PUBLIC_URL: PUBLIC_URL },
    flags: { db: dbUrl },
  });
  server = await startServer(config, { port: 0, now: () => clock ?? new Date() });
  admin = await createStaffToken(server.db, { name: 'Case desk', role: 'admin' });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

async function invite(body: Record<string, unknown>, token = admin) {
  const response = await fetch(`${server.url}/api/v1/invitations`, json(body, token));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** One invitation for an interaction, and its token. */
async function invitation(interaction: string, overrides: Record<string, unknown> = {}) {
  const { status, body } = await invite({
    survey: 'quick',
    department: 'permits',
    channel: 'email',
    interactions: [interaction],
    ...overrides,
  });
  expect(status).toBe(201);
  const [made] = body.invitations as { interaction: string; url: string; expiresAt: string }[];
  return { ...made!, token: new URL(made!.url).searchParams.get('inv')! };
}

const answer = (invitationToken: string | undefined, overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  survey: 'quick',
  answers: { listened: 5, positive: 4 },
  comment: null,
  context: { department: 'parks', channel: 'web', interaction: 'SOMETHING-ELSE' },
  ...(invitationToken === undefined ? {} : { invitation: invitationToken }),
  ...overrides,
});

async function submit(body: unknown) {
  const response = await fetch(`${server.url}/api/v1/responses`, json(body));
  return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string } } };
}

/** What a refused submission could have left: rows, used invitations, verified counters. */
async function traces() {
  // Counted after the commit, by the fold every read of the counters waits for.
  await server.writer.settle();
  const count = async (sql: string) => Number((await server.db.execute(sql)).rows[0]?.[0] ?? 0);
  return {
    responses: await count('SELECT count(*) FROM responses'),
    used: await count('SELECT count(*) FROM used_invitations'),
    verifiedCounted: await count(
      `SELECT coalesce(SUM(responses), 0) FROM verified_count_cube WHERE department = '*' AND channel = '*' AND survey = '*'`,
    ),
  };
}

const storedRow = async (id: string) =>
  (await server.db.execute({ sql: 'SELECT * FROM responses WHERE id = ?', args: [id] })).rows[0];

/** The token's claims as base64url JSON, and its signature. */
const split = (token: string) => {
  const [payload, signature] = token.split('.') as [string, string];
  return { claims: JSON.parse(Buffer.from(payload, 'base64url').toString()) as unknown[], signature };
};
const withClaims = (claims: unknown[], signature: string) =>
  `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;

describe('POST /api/v1/invitations', () => {
  it('makes one hosted link per interaction, whose token binds the context and expiry and names no resident', async () => {
    const before = Date.now();
    const { status, body } = await invite({
      survey: 'quick',
      department: 'permits',
      channel: 'email',
      interactions: ['CASE-1', 'CASE-2'],
      expiresInDays: 14,
    });
    expect(status).toBe(201);
    const made = body.invitations as { interaction: string; url: string; expiresAt: string }[];
    expect(made.map((m) => m.interaction)).toEqual(['CASE-1', 'CASE-2']);
    const expiresAt = Date.parse(made[0]!.expiresAt);
    expect(expiresAt).toBeGreaterThan(before + 14 * 86_400_000 - 2000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 14 * 86_400_000);
    for (const { url, interaction } of made) {
      const link = new URL(url);
      expect(`${link.origin}${link.pathname}`).toBe(`${PUBLIC_URL}/r/quick`);
      expect([...link.searchParams.keys()]).toEqual(['inv']);
      // Exactly what it binds: version, survey, department, channel, interaction, expiry in seconds.
      expect(split(link.searchParams.get('inv')!).claims).toEqual([
        1,
        'quick',
        'permits',
        'email',
        interaction,
        expiresAt / 1000,
      ]);
    }
    expect(made[0]!.url).not.toBe(made[1]!.url);
  });

  it('needs an admin token, of the department when the token is limited to one', async () => {
    const request = { survey: 'quick', department: 'permits', channel: 'email', interactions: ['CASE-9'] };
    const viewer = await createStaffToken(server.db, { name: 'Reader', role: 'viewer' });
    const parksAdmin = await createStaffToken(server.db, { name: 'Parks', role: 'admin', department: 'parks' });
    expect((await fetch(`${server.url}/api/v1/invitations`, json(request))).status).toBe(401);
    expect(await invite(request, viewer)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await invite(request, parksAdmin)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await invite({ ...request, department: 'parks' }, parksAdmin)).status).toBe(201);
  });

  it('refuses what it cannot sign: unknown survey, bad context, too many, a bad expiry', async () => {
    const request = { survey: 'quick', department: 'permits', channel: 'email', interactions: ['CASE-1'] };
    const refusals = [
      { ...request, survey: 'nope' },
      { ...request, department: 'Permits Office' },
      { ...request, channel: 'fax' },
      { ...request, interactions: [] },
      { ...request, interactions: [''] },
      { ...request, interactions: ['x'.repeat(101)] },
      { ...request, interactions: ['CASE-1', 'CASE-1'] },
      { ...request, interactions: Array.from({ length: 1001 }, (_, i) => `CASE-${i}`) },
      { ...request, expiresInDays: -1 },
      { ...request, expiresInDays: 366 },
      { ...request, expiresInDays: 1.5 },
      { ...request, resident: 'Ana' },
    ];
    for (const body of refusals) {
      expect(await invite(body), JSON.stringify(body).slice(0, 80)).toMatchObject({
        status: 400,
        body: { error: { code: 'invalid_request' } },
      });
    }
    const thousand = await invite({ ...request, interactions: Array.from({ length: 1000 }, (_, i) => `C-${i}`) });
    expect(thousand.status).toBe(201);
    expect(thousand.body.invitations).toHaveLength(1000);
  });
});

describe('a response on an invitation', () => {
  it('is stored verified, in the context the token binds, once', async () => {
    const { token } = await invitation('CASE-100');
    const first = answer(token);
    expect(await submit(first)).toEqual({ status: 201, body: { id: first.id, status: 'stored' } });
    const row = await storedRow(first.id);
    expect(row).toMatchObject({ verified: 1, department: 'permits', channel: 'email', interaction: 'CASE-100' });
    // The same id and body again: the retry of an acknowledged answer.
    expect((await submit(first)).status).toBe(200);
    const before = await traces();
    const second = await submit(answer(token, { answers: { listened: 1 } }));
    expect(second).toEqual({
      status: 409,
      body: {
        error: {
          code: 'invitation_used',
          message: 'this invitation has been answered already; each invitation takes one response',
        },
      },
    });
    // The same body under another id is a second response too.
    expect((await submit({ ...first, id: randomUUID() })).body.error?.code).toBe('invitation_used');
    expect(await traces()).toEqual(before);
  });

  it('ignores the context of the body, even one that would be refused without an invitation', async () => {
    const { token } = await invitation('CASE-CONTEXT');
    const body = answer(token, { context: { department: 'Not A Slug', channel: 'fax', page: 'mailto:x' } });
    expect((await submit(body)).status).toBe(201);
    expect(await storedRow(body.id)).toMatchObject({ department: 'permits', channel: 'email', page: null });
    expect((await submit(answer(undefined, { context: { channel: 'fax' } }))).body.error?.code).toBe(
      'invalid_submission',
    );
  });

  it('takes one of two racing responses on one invitation', async () => {
    const { token } = await invitation('CASE-RACE');
    const results = await Promise.all(Array.from({ length: 6 }, () => submit(answer(token))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it('refuses a token changed in any field, cut short, or signed with another secret, leaving nothing behind', async () => {
    const { token } = await invitation('CASE-200');
    const { claims, signature } = split(token);
    const changed = [
      [2, 'quick', 'permits', 'email', 'CASE-200', claims[5]],
      [1, 'full', 'permits', 'email', 'CASE-200', claims[5]],
      [1, 'quick', 'parks', 'email', 'CASE-200', claims[5]],
      [1, 'quick', 'permits', 'phone', 'CASE-200', claims[5]],
      [1, 'quick', 'permits', 'email', 'CASE-201', claims[5]],
      [1, 'quick', 'permits', 'email', 'CASE-200', Number(claims[5]) + 86_400 * 365],
    ].map((tampered) => withClaims(tampered, signature));
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    const otherSecret = signInvitation(
      {
        survey: 'quick',
        department: 'permits',
        channel: 'email',
        interaction: 'CASE-200',
        expiresAt: new Date(Number(claims[5]) * 1000),
      },
      'another-secret-of-at-least-32-characters',
    );
    const bad = [
      ...changed,
      `${token.split('.')[0]!}.${flipped}`,
      token.slice(0, -1),
      token.slice(0, -10),
      token.split('.')[0]!,
      `${token}.x`,
      `${token}=`,
      `${token.split('.')[0]!}.`,
      otherSecret,
      'not-a-token',
    ];
    const before = await traces();
    for (const tampered of bad) {
      const result = await submit(answer(tampered));
      expect(result.status, tampered).toBe(400);
      expect(result.body.error?.code, tampered).toBe('invalid_invitation');
    }
    expect(await traces()).toEqual(before);
    // The untouched token still works: nothing above used it.
    expect((await submit(answer(token))).status).toBe(201);
  });

  it('refuses a token for another survey than the one answered', async () => {
    const { token } = await invitation('CASE-FULL', { survey: 'full' });
    const result = await submit(answer(token));
    expect(result).toMatchObject({ status: 400, body: { error: { code: 'invalid_invitation' } } });
    expect(result.body.error?.message).toContain('"full"');
  });

  it('answers 410 past the expiry, yet 200 to the replay of a response stored before it', async () => {
    const expired = await invitation('CASE-OLD', { expiresInDays: 0 });
    const before = await traces();
    expect(await submit(answer(expired.token))).toEqual({
      status: 410,
      body: { error: { code: 'invitation_expired', message: 'this invitation has expired' } },
    });
    expect(await traces()).toEqual(before);

    const secret = String(
      (await server.db.execute(`SELECT value FROM server_secrets WHERE name = 'invitations'`)).rows[0]?.value,
    );
    const soon = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
    const token = signInvitation(
      { survey: 'quick', department: 'permits', channel: 'phone', interaction: 'CASE-SOON', expiresAt: soon },
      secret,
    );
    const first = answer(token);
    expect((await submit(first)).status).toBe(201);
    clock = new Date(soon.getTime() + 1000);
    try {
      expect((await submit(first)).status).toBe(200);
      expect((await submit(answer(token))).body.error?.code).toBe('invitation_expired');
    } finally {
      clock = null;
    }
  });
});

describe('the hosted page of an invitation', () => {
  const page = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
    return { status: response.status, text: await response.text(), location: response.headers.get('Location') };
  };
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

  it('shows the plain form with the token and the department, stores it verified, then says it was answered', async () => {
    const { url, token } = await invitation('CASE-300');
    const path = new URL(url).pathname + new URL(url).search;
    const shown = await page(`${path}&lang=en`);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain(`name="invitation" value="${token}"`);
    expect(shown.text).toContain('Building permits');
    expect(shown.text).not.toContain('<mv-feedback');
    const id = /name="id" value="([^"]+)"/.exec(shown.text)![1]!;
    const nonce = /name="nonce" value="([^"]+)"/.exec(shown.text)![1]!;
    const sent = await page(
      '/r/quick',
      form({ nonce, lang: 'en', invitation: token, 'q.listened': '4', department: 'parks' }),
    );
    expect(sent.status).toBe(303);
    expect(await storedRow(id)).toMatchObject({ verified: 1, department: 'permits', channel: 'email', locale: 'en' });
    const again = await page(`${path}&lang=es`);
    expect(again.status).toBe(409);
    expect(again.text).toContain('Esta invitación ya fue respondida.');
    // Another form's nonce: another id, on the same invitation.
    const other = /name="nonce" value="([^"]+)"/.exec((await page('/r/quick')).text)![1]!;
    const resent = await page('/r/quick', form({ nonce: other, lang: 'en', invitation: token, 'q.listened': '2' }));
    expect(resent.status).toBe(409);
    expect(resent.text).toContain('This invitation has already been answered.');
  });

  it('says so, in the language, for a token that does not verify or has expired, and counts no offer', async () => {
    const offers = async () =>
      Number(
        (
          await server.db.execute(
            `SELECT coalesce(SUM(offers), 0) FROM offer_cube WHERE department = '*' AND channel = '*' AND survey = '*'`,
          )
        ).rows[0]?.[0],
      );
    const { token } = await invitation('CASE-400');
    const expired = await invitation('CASE-401', { expiresInDays: 0 });
    const counted = await offers();
    const bad = await page(`/r/quick?inv=${token.slice(0, -2)}&lang=es`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Este enlace de invitación no es válido.');
    expect((await page(`/r/full?inv=${token}`)).status).toBe(400);
    const gone = await page(`/r/quick?inv=${expired.token}&lang=en`);
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('This invitation has expired');
    expect((await page(`/r/quick?inv=${token}`)).status).toBe(200);
    expect(await offers()).toBe(counted);
  });
});

describe('verified=true on the staff reads', () => {
  let verifiedIds: string[];
  let plainIds: string[];
  const staff = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${admin}` } });
    return { status: response.status, text: await response.text() };
  };
  const read = async (path: string) => JSON.parse((await staff(path)).text) as Record<string, unknown>;

  beforeAll(async () => {
    // A fresh department, so the counts are these responses alone.
    const made = await invite({
      survey: 'quick',
      department: 'water',
      channel: 'email',
      // W-4 is never answered: three answers of four offers.
      interactions: ['W-1', 'W-2', 'W-3', 'W-4'],
    });
    const tokens = (made.body.invitations as { url: string }[]).map((m) => new URL(m.url).searchParams.get('inv')!);
    const verified = [
      answer(tokens[0], { answers: { listened: 5 }, comment: 'Answered on the phone the same day.' }),
      answer(tokens[1], { answers: { listened: 4 } }),
      answer(tokens[2], { answers: { listened: 1 } }),
    ];
    const plain = [
      answer(undefined, {
        answers: { listened: 1 },
        comment: 'Nobody called back.',
        context: { department: 'water', channel: 'email' },
      }),
      answer(undefined, { answers: { listened: 2 }, context: { department: 'water', channel: 'email' } }),
    ];
    for (const body of [...verified, ...plain]) expect((await submit(body)).status).toBe(201);
    verifiedIds = verified.map((v) => v.id);
    plainIds = plain.map((p) => p.id);
  });

  const listened = (scores: Record<string, unknown>) =>
    (scores.standards as { id: string; n: number; favorable: number }[]).find((s) => s.id === 'asking-and-listening');

  it('scores and report count the verified responses only', async () => {
    const all = await read('/api/v1/scores?department=water');
    const verified = await read('/api/v1/scores?department=water&verified=true');
    expect(all.responses).toBe(5);
    expect(listened(all)).toMatchObject({ n: 5, favorable: 2 });
    expect(verified.responses).toBe(3);
    expect(verified).toMatchObject({ offered: 4, responseRate: 0.75 });
    expect(verified.comments).toBe(1);
    expect(listened(verified)).toMatchObject({ n: 3, favorable: 2, score: (100 * 2) / 3 });
    const report = await runCli(['report', '--department', 'water', '--verified', '--format', 'json'], {
      MV_DB_URL: dbUrl,
      MV_MIN_N: '1',
    });
    expect(report.code).toBe(0);
    expect(listened(JSON.parse(report.stdout) as Record<string, unknown>)).toMatchObject({ n: 3, favorable: 2 });
  });

  it('the trend, the department comparison, the comments and the export too', async () => {
    const trend = await read('/api/v1/scores/trend?department=water&verified=true&interval=month');
    const series = (trend.series as { id: string; points: { n: number }[] }[]).find(
      (s) => s.id === 'asking-and-listening',
    );
    expect(series!.points.reduce((sum, p) => sum + p.n, 0)).toBe(3);

    const compared = await read('/api/v1/scores/departments?verified=true');
    const water = (compared.departments as { id: string; responses: number }[]).find((d) => d.id === 'water');
    expect(water?.responses).toBe(3);
    const everyone = await read('/api/v1/scores/departments');
    expect((everyone.departments as { id: string; responses: number }[]).find((d) => d.id === 'water')?.responses).toBe(
      5,
    );

    for (const query of ['', '&standard=asking-and-listening']) {
      const comments = await read(`/api/v1/comments?department=water&verified=true${query}`);
      expect(comments.total, query).toBe(1);
      expect((comments.items as { id: string }[]).map((i) => i.id)).toEqual([verifiedIds[0]]);
    }
    expect((await read('/api/v1/comments?department=water')).total).toBe(2);

    const csv = (await staff('/api/v1/export.csv?department=water&verified=true')).text;
    const ids = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(ids.sort()).toEqual([...verifiedIds].sort());
    expect(ids).not.toContain(plainIds[0]);
  });

  it('takes only "true"', async () => {
    for (const value of ['false', '1', 'yes']) {
      const { status, text } = await staff(`/api/v1/scores?verified=${value}`);
      expect(status).toBe(400);
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'invalid_filters', issues: [{ path: 'verified' }] } });
    }
  });
});

describe('mv-feedback invite', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runCli(['invite', ...args], { MV_DB_URL: dbUrl, MV_PUBLIC_URL: PUBLIC_URL, ...env });
  const args = ['--survey', 'quick', '--department', 'permits', '--channel', 'phone', '--interaction', 'CASE-CLI'];

  it('prints a link alone that the server takes once, with the secret kept in the database', async () => {
    const { code, stdout, stderr } = await cli(args);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(new RegExp(`^${PUBLIC_URL}/r/quick\\?inv=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}\\n$`));
    const token = new URL(stdout.trim()).searchParams.get('inv')!;
    const first = answer(token);
    expect((await submit(first)).status).toBe(201);
    expect(await storedRow(first.id)).toMatchObject({ verified: 1, channel: 'phone', interaction: 'CASE-CLI' });
    expect((await submit(answer(token))).status).toBe(409);
  });

  it('--expires-days 0 makes an expired one; MV_SECRET signs with another key', async () => {
    const expired = await cli([...args, '--expires-days', '0']);
    expect((await submit(answer(new URL(expired.stdout.trim()).searchParams.get('inv')!))).status).toBe(410);
    const other = await cli(args, { MV_SECRET: 'an-operator-secret-of-32-characters-or-more' });
    expect(other.code).toBe(0);
    const refused = await submit(answer(new URL(other.stdout.trim()).searchParams.get('inv')!));
    expect(refused.body.error?.code).toBe('invalid_invitation');
  });

  it('refuses bad arguments with one line and status 2', async () => {
    for (const bad of [
      ['--survey', 'quick', '--department', 'permits', '--channel', 'phone'],
      [...args, '--expires-days', '366'],
      [...args, '--expires-days=-1'],
      [...args.slice(0, 4), '--channel', 'fax', ...args.slice(6)],
    ]) {
      const { code, stdout, stderr } = await cli(bad);
      expect({ code, stdout }, bad.join(' ')).toEqual({ code: 2, stdout: '' });
      expect(stderr).toMatch(/^mv-feedback: --\S+ .+\n$/);
    }
    expect((await cli(args, { MV_SECRET: 'short' })).stderr).toContain('MV_SECRET must be at least 32 characters');
  });
});
