// Where a resident's contact details must never be (docs/design.md §12): the
// CSV export, the comments, the report, the server's logs; and the purge that
// overwrites them after the retention days, its dry run included.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FollowUpItem, FollowUpSummary } from '@mv-feedback/scoring';
import { purgeCommand } from '../../packages/server/src/cli/operations-commands.js';
import { reportCommand } from '../../packages/server/src/cli/report-command.js';
import { CONTACT_NEEDLES, followUpBody, startFollowUpServer, type FollowUpServer } from './follow-ups-fixture.js';

let fixture: FollowUpServer;
let admin: string;
const logged: string[] = [];
const ids = { closed: '', open: '' };

/** Runs a command in process and returns what it printed. */
async function run(command: (argv: string[]) => Promise<number>, argv: string[]) {
  const out: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  try {
    return { code: await command(argv), stdout: out.join('') };
  } finally {
    stdout.mockRestore();
  }
}

const idOf = async (responseId: string) =>
  String(
    (await fixture.server.db.execute({ sql: 'SELECT id FROM follow_ups WHERE response_id = ?', args: [responseId] }))
      .rows[0]?.id,
  );

beforeAll(async () => {
  // Everything the server logs, from the start, is kept to be searched.
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (logged.push(String(chunk)), true));
  // Wed 2020-01-15 10:00 in Los Angeles: long enough ago for the retention days to have passed by now.
  fixture = await startFollowUpServer(
    { MV_ALLOWED_ORIGINS: 'https://www.city.example.gov' },
    new Date('2020-01-15T18:00:00Z'),
  );
  admin = await fixture.token('admin');
  const closed = followUpBody();
  const open = followUpBody({ context: { department: 'parks', channel: 'in-person' } });
  for (const body of [closed, open, { ...closed, followUp: { email: 'x@example.org', language: 'en' } }]) {
    await fixture.post('/api/v1/responses', body);
  }
  await fixture.post('/api/v1/responses', followUpBody({ context: {} }));
  await fixture.post('/api/v1/responses', followUpBody({ followUp: { name: 'Zebulon Quartermaine', language: 'es' } }));
  ids.closed = await idOf(String(closed.id));
  ids.open = await idOf(String(open.id));
  fixture.clock.now = new Date('2020-01-15T19:00:00Z');
  expect((await fixture.post(`/api/v1/follow-ups/${ids.closed}/close`, {}, admin)).status).toBe(200);
});
afterAll(async () => {
  await fixture?.close();
  vi.restoreAllMocks();
});

const expectNoContact = (text: string) => {
  for (const needle of CONTACT_NEEDLES) expect(text, needle).not.toContain(needle);
};

describe('contact details stay out of', () => {
  it('the CSV export, the comments (even revealed) and the report', async () => {
    const range = 'from=2020-01-01&to=2020-01-31';
    const csv = await fixture.get(`/api/v1/export.csv?${range}&reveal=true`, admin);
    expect(csv.status).toBe(200);
    const exported = await csv.text();
    expect(exported).toContain('Nobody called me back');
    expectNoContact(exported);
    const comments = await fixture.get(`/api/v1/comments?${range}&reveal=true`, admin);
    expect(comments.status).toBe(200);
    expectNoContact(await comments.text());
    const report = await run(reportCommand, [
      '--from',
      '2020-01-01',
      '--to',
      '2020-01-31',
      '--db',
      `file:${fixture.file}`,
    ]);
    expect(report.code).toBe(0);
    expectNoContact(report.stdout);
  });

  it("the server's logs, refusals included", () => {
    expectNoContact(logged.join('\n'));
  });
});

describe('the follow-up purge', () => {
  it('says what it would overwrite on a dry run and changes nothing', async () => {
    const dry = await run(purgeCommand, ['--dry-run', '--db', `file:${fixture.file}`]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/would overwrite the contact details of 1 follow-ups closed before /);
    const item = await fixture.get(`/api/v1/follow-ups/${ids.closed}?contact=true`, admin);
    expect(((await item.json()) as FollowUpItem).contact?.email).toBe('zq.resident@example.org');
  });

  it('overwrites the contact details of requests closed more than the retention days ago; the times stay', async () => {
    const summaryBefore = await (
      await fixture.get('/api/v1/follow-ups/summary?from=2020-01-15&to=2020-01-15', admin)
    ).json();
    const purged = await run(purgeCommand, ['--db', `file:${fixture.file}`]);
    expect(purged.stdout).toMatch(/overwrote the contact details of 1 follow-ups closed before /);
    const { rows } = await fixture.server.db.execute({
      sql: 'SELECT id, contact IS NULL AS gone, contact_nonce IS NULL AS nonce_gone, purged_at IS NOT NULL AS noted FROM follow_ups ORDER BY id = ? DESC',
      args: [ids.closed],
    });
    expect(rows.map((row) => [row.gone, row.nonce_gone, row.noted])).toEqual([
      [1, 1, 1],
      [0, 0, 0],
    ]);
    const closed = (await (
      await fixture.get(`/api/v1/follow-ups/${ids.closed}?contact=true`, admin)
    ).json()) as FollowUpItem;
    expect(closed).toMatchObject({
      contact: { name: null, email: null, phone: null, language: null },
      requestedAt: '2020-01-15T18:00:00.000Z',
      closedAt: '2020-01-15T19:00:00.000Z',
    });
    const open = (await (
      await fixture.get(`/api/v1/follow-ups/${ids.open}?contact=true`, admin)
    ).json()) as FollowUpItem;
    expect(open.contact?.email).toBe('zq.resident@example.org');
    const summaryAfter = (await (
      await fixture.get('/api/v1/follow-ups/summary?from=2020-01-15&to=2020-01-15', admin)
    ).json()) as FollowUpSummary;
    expect(summaryAfter).toEqual(summaryBefore);
    const again = await run(purgeCommand, ['--db', `file:${fixture.file}`]);
    expect(again.stdout).toMatch(/overwrote the contact details of 0 follow-ups/);
  });
});
