// A resident's request to be contacted, through POST /api/v1/responses
// (docs/design.md §12): validated, idempotent with its response, stored
// encrypted beside it, and the answers scored as any others.
import { readFileSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_NEEDLES, followUpBody, startFollowUpServer, type FollowUpServer } from './follow-ups-fixture.js';

let fixture: FollowUpServer;

beforeAll(async () => {
  fixture = await startFollowUpServer();
});
afterAll(() => fixture?.close());

const count = async (sql: string, args: string[] = []) =>
  Number((await fixture.server.db.execute({ sql, args })).rows[0]?.[0]);

describe('POST /api/v1/responses with a followUp', () => {
  it('stores the response and its follow-up, due by the end of the business day', async () => {
    const body = followUpBody();
    const response = await fixture.post('/api/v1/responses', body);
    expect(response.status).toBe(201);
    const { rows } = await fixture.server.db.execute({
      sql: 'SELECT department, channel, requested_at, due_by, status, length(contact_nonce) AS nonce FROM follow_ups WHERE response_id = ?',
      args: [String(body.id)],
    });
    // Wed 2027-06-16 10:00 in Los Angeles → due Wed 17:00 PDT.
    expect(rows.map((row) => ({ ...row }))).toEqual([
      {
        department: 'permits',
        channel: 'phone',
        requested_at: '2027-06-16T17:00:00.000Z',
        due_by: '2027-06-17T00:00:00.000Z',
        status: 'open',
        nonce: 12,
      },
    ]);
    // The answers count like any response's, once folded into the counters.
    await fixture.server.writer.settle();
    expect(await count("SELECT sum(n) FROM daily_rollups WHERE department = 'permits'")).toBeGreaterThan(0);
  });

  it('answers a retry of the same body with 200 and another follow-up under the same id with 409', async () => {
    const body = followUpBody();
    expect((await fixture.post('/api/v1/responses', body)).status).toBe(201);
    expect((await fixture.post('/api/v1/responses', body)).status).toBe(200);
    const other = { ...body, followUp: { email: 'someone.else@example.org', language: 'en' } };
    const conflict = await fixture.post('/api/v1/responses', other);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: { code: 'id_conflict' } });
    const { followUp: _none, ...without } = body;
    expect((await fixture.post('/api/v1/responses', without)).status).toBe(409);
    expect(await count('SELECT count(*) FROM follow_ups WHERE response_id = ?', [String(body.id)])).toBe(1);
  });

  it('refuses a follow-up without a department, or without a way to reach the resident, storing nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [followUpBody({ context: { channel: 'phone' } }), 'follow_up_needs_department', 'context.department'],
      [followUpBody({ followUp: { name: 'Ana', language: 'es' } }), 'invalid_submission', 'followUp.email'],
      [followUpBody({ followUp: { phone: '12', language: 'es' } }), 'invalid_submission', 'followUp.phone'],
      [followUpBody({ followUp: { email: 'a@b.org', language: 'fr' } }), 'invalid_submission', 'followUp.language'],
      [
        followUpBody({ followUp: { email: 'a@b.org', language: 'en', fax: '1' } }),
        'invalid_submission',
        'followUp.fax',
      ],
    ];
    for (const [body, code, path] of cases) {
      const response = await fixture.post('/api/v1/responses', body);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
      expect(answer.error.code).toBe(code);
      expect(answer.error.issues.map((issue) => issue.path)).toEqual([path]);
      expect(await count('SELECT count(*) FROM responses WHERE id = ?', [String(body.id)])).toBe(0);
    }
  });

  it('keeps no contact detail in plaintext in the database file or its WAL', async () => {
    await fixture.post('/api/v1/responses', followUpBody());
    await fixture.server.writer.flush();
    for (const path of [fixture.file, `${fixture.file}-wal`]) {
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path);
      for (const needle of CONTACT_NEEDLES) {
        expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle} in ${path}`).toBe(false);
      }
    }
    // The same file does hold the response's own comment: the search does find text.
    const all = Buffer.concat([readFileSync(fixture.file), readFileSync(`${fixture.file}-wal`)]);
    expect(all.includes(Buffer.from('Nobody called me back'))).toBe(true);
  });
});
