// The staff's follow-up API (docs/design.md §12) over a real server: who may
// see and change what, the state rules, the summary on hand-computed cases,
// the audit log, and every answer as the OpenAPI document describes it.
import { wilsonInterval, type AuditPage, type FollowUpItem, type FollowUpsPage } from '@mv-feedback/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiValidator, type OpenApiCheck } from '../support/openapi-validator.js';
import { followUpBody, startFollowUpServer, type FollowUpServer } from './follow-ups-fixture.js';

let fixture: FollowUpServer;
let check: OpenApiCheck;
const tokens = { admin: '', viewer: '', responder: '', permits: '' };
const ids = { a: '', b: '', c: '' };

// Wall-clock times in Los Angeles (PDT, UTC-7) as the server's clock.
const at = (iso: string) => (fixture.clock.now = new Date(iso));

const request = async (body: Record<string, unknown>): Promise<string> => {
  expect((await fixture.post('/api/v1/responses', body)).status).toBe(201);
  const { rows } = await fixture.server.db.execute({
    sql: 'SELECT id FROM follow_ups WHERE response_id = ?',
    args: [String(body.id)],
  });
  return String(rows[0]?.id);
};

const json = async <T>(response: Response, path: string, method = 'GET'): Promise<T> => {
  expect(await check(response.clone(), path, method)).toEqual([]);
  return (await response.json()) as T;
};

beforeAll(async () => {
  fixture = await startFollowUpServer({ MV_MIN_N: '3' }, new Date('2027-06-16T17:00:00Z'));
  check = await openApiValidator(fixture.server.url);
  tokens.admin = await fixture.token('admin');
  tokens.viewer = await fixture.token('viewer');
  tokens.responder = await fixture.token('responder', undefined, 'City desk');
  tokens.permits = await fixture.token('responder', 'permits', 'Permits desk');
  // Wed 10:00: A (permits) and B (parks), due Wed 17:00; Wed 18:00, after hours: C (permits), due Thu 17:00.
  ids.a = await request(followUpBody());
  ids.b = await request(followUpBody({ context: { department: 'parks', channel: 'phone' } }));
  at('2027-06-16T18:30:00Z'); // Wed 11:30
  expect((await fixture.post(`/api/v1/follow-ups/${ids.a}/acknowledge`, {}, tokens.responder)).status).toBe(200);
  at('2027-06-17T01:00:00Z'); // Wed 18:00
  ids.c = await request(followUpBody());
  at('2027-06-17T16:00:00Z'); // Thu 09:00
});
afterAll(() => fixture?.close());

describe('who may see follow-ups', () => {
  it('refuses a viewer (403) and no token (401)', async () => {
    for (const path of ['/api/v1/follow-ups', '/api/v1/follow-ups/summary', `/api/v1/follow-ups/${ids.a}`]) {
      const refused = await fixture.get(path, tokens.viewer);
      expect(refused.status).toBe(403);
      await json(refused, path.replace(ids.a, '{id}'));
      expect((await fixture.get(path)).status).toBe(401);
    }
    const path = `/api/v1/follow-ups/${ids.c}/close`;
    expect((await fixture.post(path, {}, tokens.viewer)).status).toBe(403);
  });

  it('shows admin and responder tokens every department, earliest due first, without contact details', async () => {
    for (const token of [tokens.admin, tokens.responder]) {
      const page = await json<FollowUpsPage>(await fixture.get('/api/v1/follow-ups', token), '/api/v1/follow-ups');
      expect(page.items.map((item) => item.id)).toEqual([...[ids.a, ids.b].sort(), ids.c]);
      expect(page.items.every((item) => item.contact === null)).toBe(true);
      expect(page.nextCursor).toBeNull();
    }
  });

  it('shows a department-scoped responder only its department: another is 403 or 404', async () => {
    const page = await json<FollowUpsPage>(
      await fixture.get('/api/v1/follow-ups', tokens.permits),
      '/api/v1/follow-ups',
    );
    expect(page.items.map((item) => item.id)).toEqual([ids.a, ids.c]);
    expect((await fixture.get('/api/v1/follow-ups?department=parks', tokens.permits)).status).toBe(403);
    expect((await fixture.get(`/api/v1/follow-ups/${ids.b}`, tokens.permits)).status).toBe(404);
    expect((await fixture.post(`/api/v1/follow-ups/${ids.b}/acknowledge`, {}, tokens.permits)).status).toBe(404);
    expect((await fixture.get('/api/v1/follow-ups/summary?department=parks', tokens.permits)).status).toBe(403);
  });

  it('gives the contact details only with contact=true, and audits that read', async () => {
    const item = await json<FollowUpItem>(
      await fixture.get(`/api/v1/follow-ups/${ids.b}?contact=true`, tokens.responder),
      '/api/v1/follow-ups/{id}',
    );
    expect(item.contact).toEqual({
      name: 'Zebulon Quartermaine',
      email: 'zq.resident@example.org',
      phone: '+1 555 867 5309',
      language: 'es',
    });
    expect(item).toMatchObject({ department: 'parks', channel: 'phone', status: 'open', overdue: true });
    expect(item.answers).toEqual({ listened: 2, positive: 1 });
    const audit = await json<AuditPage>(await fixture.get('/api/v1/audit', tokens.admin), '/api/v1/audit');
    expect(audit.items[0]).toMatchObject({ actor: 'City desk', action: 'follow_up.contact', detail: { id: ids.b } });
  });

  it('pages by cursor', async () => {
    const first = await json<FollowUpsPage>(
      await fixture.get('/api/v1/follow-ups?limit=2', tokens.admin),
      '/api/v1/follow-ups',
    );
    expect(first.items).toHaveLength(2);
    const next = await fixture.get(`/api/v1/follow-ups?limit=2&cursor=${first.nextCursor}`, tokens.admin);
    expect((await json<FollowUpsPage>(next, '/api/v1/follow-ups')).items.map((item) => item.id)).toEqual([ids.c]);
    expect((await fixture.get('/api/v1/follow-ups?status=late', tokens.admin)).status).toBe(400);
  });
});

describe('acknowledging and closing', () => {
  it('moves only forward: 409 when already in that state or later, and closing acknowledges too', async () => {
    const again = await fixture.post(`/api/v1/follow-ups/${ids.a}/acknowledge`, {}, tokens.responder);
    expect(again.status).toBe(409);
    expect(await json(again, '/api/v1/follow-ups/{id}/acknowledge', 'POST')).toMatchObject({
      error: { code: 'follow_up_state' },
    });
    const closeC = await fixture.post(`/api/v1/follow-ups/${ids.c}/close`, { note: 'Called back' }, tokens.permits);
    const closed = await json<FollowUpItem>(closeC, '/api/v1/follow-ups/{id}/close', 'POST');
    expect(closed).toMatchObject({
      status: 'closed',
      acknowledgedAt: '2027-06-17T16:00:00.000Z',
      closedAt: '2027-06-17T16:00:00.000Z',
      closeNote: 'Called back',
      contact: null,
    });
    expect((await fixture.post(`/api/v1/follow-ups/${ids.c}/close`, {}, tokens.permits)).status).toBe(409);
    expect((await fixture.post(`/api/v1/follow-ups/${ids.c}/acknowledge`, {}, tokens.permits)).status).toBe(409);
    expect((await fixture.post(`/api/v1/follow-ups/${ids.c}/close`, { colour: 1 }, tokens.admin)).status).toBe(400);
    expect((await fixture.post('/api/v1/follow-ups/nothing/close', {}, tokens.admin)).status).toBe(404);
  });

  it('writes every change to the audit log with who made it', async () => {
    const audit = await json<AuditPage>(await fixture.get('/api/v1/audit?limit=500', tokens.admin), '/api/v1/audit');
    const changes = audit.items
      .filter((entry) => entry.action === 'follow_up.acknowledge' || entry.action === 'follow_up.close')
      .map(({ actor, action, detail }) => ({ actor, action, id: detail.id }));
    expect(changes).toEqual([
      { actor: 'Permits desk', action: 'follow_up.close', id: ids.c },
      { actor: 'City desk', action: 'follow_up.acknowledge', id: ids.a },
    ]);
  });
});

describe('the summary', () => {
  // A: Wed 10:00 → acknowledged 11:30 (1.5 business hours, on time). B: open past its due time.
  // C: Wed 18:00 → closed Thu 09:00 (1 business hour, on time). Now Thu 09:00.
  it('counts requests, acknowledgements on time, open and overdue, with the on-time rate and its interval', async () => {
    const summary = await json(
      await fixture.get('/api/v1/follow-ups/summary', tokens.admin),
      '/api/v1/follow-ups/summary',
    );
    const { low, high } = wilsonInterval(2, 3);
    expect(summary).toEqual({
      from: '2027-05-19',
      to: '2027-06-17',
      department: null,
      requested: 3,
      acknowledged: 2,
      acknowledgedOnTime: 2,
      onTimeRate: { n: 3, onTime: 2, rate: 200 / 3, ciLow: 100 * low, ciHigh: 100 * high, suppressed: false },
      open: 1,
      overdue: 1,
      medianBusinessHoursToAcknowledge: 1.25,
    });
  });

  // Both of permits' requests were made on Wednesday in Los Angeles, C after 17:00 (Thursday in UTC).
  it("suppresses the rate under MV_MIN_N, and gives a scoped token its own department's", async () => {
    const summary = await json(
      await fixture.get('/api/v1/follow-ups/summary?from=2027-06-16&to=2027-06-16', tokens.permits),
      '/api/v1/follow-ups/summary',
    );
    expect(summary).toMatchObject({
      department: 'permits',
      requested: 2,
      acknowledged: 2,
      acknowledgedOnTime: 2,
      onTimeRate: { n: 2, onTime: null, rate: null, suppressed: true },
      open: 0,
      overdue: 0,
      medianBusinessHoursToAcknowledge: 1.25,
    });
  });
});
