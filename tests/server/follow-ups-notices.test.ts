// The notice of a new follow-up (docs/design.md §12) against a real SMTP
// server on 127.0.0.1: one mail per request to the department's address,
// with no contact details; an SMTP server that is down delays the notice and
// loses nothing, and never touches the resident's submission.
import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_NEEDLES, followUpBody, startFollowUpServer, type FollowUpServer } from './follow-ups-fixture.js';

interface Received {
  to: string[];
  text: string;
}

/** A real SMTP server on a port; each mail it takes is pushed to `received`. */
function smtpServer(port: number, received: Received[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          text: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

let fixture: FollowUpServer;
let smtp: SMTPServer | undefined;
let port: number;
const received: Received[] = [];

const notice = async (followUpResponse: string) => {
  const { rows } = await fixture.server.db.execute({
    sql: `SELECT n.recipient, n.attempts, n.sent_at, n.next_attempt_at FROM follow_up_notices n
      JOIN follow_ups f ON f.id = n.follow_up_id WHERE f.response_id = ?`,
    args: [followUpResponse],
  });
  return rows[0];
};

beforeAll(async () => {
  port = await freePort();
  fixture = await startFollowUpServer({
    MV_SMTP_URL: `smtp://127.0.0.1:${port}`,
    MV_SMTP_FROM: 'feedback@city.example.gov',
    MV_FOLLOW_UP_EMAIL: 'service-desk@city.example.gov',
  });
});
afterAll(async () => {
  await fixture?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

describe('notices of new follow-ups', () => {
  it('keeps the notice while the SMTP server is down, and the submission is stored all the same', async () => {
    const body = followUpBody();
    expect((await fixture.post('/api/v1/responses', body)).status).toBe(201);
    await fixture.server.notices!.sendDue();
    const pending = await notice(String(body.id));
    expect(pending).toMatchObject({ recipient: 'service-desk@city.example.gov', attempts: 1, sent_at: null });
    // Not yet due again: nothing more is tried.
    await fixture.server.notices!.sendDue();
    expect(await notice(String(body.id))).toMatchObject({ attempts: 1 });
    expect(received).toHaveLength(0);

    smtp = await smtpServer(port, received);
    fixture.clock.now = new Date(String(pending?.next_attempt_at));
    await fixture.server.notices!.sendDue();
    expect(await notice(String(body.id))).toMatchObject({ attempts: 2, sent_at: fixture.clock.now.toISOString() });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['service-desk@city.example.gov']);
    expect(received[0]!.text).toContain('Building permits');
    expect(received[0]!.text).toContain('/dashboard/#follow-ups');
    for (const needle of [...CONTACT_NEEDLES, 'Nobody called me back']) expect(received[0]!.text).not.toContain(needle);
  });

  it('sends one mail per new request, none for a retry of it', async () => {
    const before = received.length;
    const body = followUpBody();
    expect((await fixture.post('/api/v1/responses', body)).status).toBe(201);
    expect((await fixture.post('/api/v1/responses', body)).status).toBe(200);
    await fixture.server.notices!.sendDue();
    await fixture.server.notices!.sendDue();
    expect(received.length - before).toBe(1);
  });
});
