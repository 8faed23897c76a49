// Shared set-up of the follow-up tests: a real server on 127.0.0.1 over a
// libSQL file in a temp folder, with its clock in the test's hands.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';
import { createStaffToken, type StaffRole } from '../../packages/server/src/auth/tokens.js';

export interface FollowUpServer {
  server: RunningServer;
  dir: string;
  file: string;
  /** The server's clock: tests move it. */
  clock: { now: Date };
  post(path: string, body: unknown, token?: string): Promise<Response>;
  get(path: string, token?: string): Promise<Response>;
  token(role: StaffRole, department?: string, name?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startFollowUpServer(
  env: Record<string, string> = {},
  start = new Date('2027-06-16T17:00:00Z'),
): Promise<FollowUpServer> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-follow-ups-'));
  const file = join(dir, 'feedback.db');
  const clock = { now: start };
  const config = loadConfig({ env: { MV_RATE_LIMIT: '0', ...env }, flags: { db: `file:${file}` } });
  const server = await startServer(config, { port: 0, now: () => clock.now });
  const headers = (token?: string): Record<string, string> => ({
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  });
  return {
    server,
    dir,
    file,
    clock,
    post: (path, body, token) =>
      fetch(`${server.url}${path}`, { method: 'POST', headers: headers(token), body: JSON.stringify(body) }),
    get: (path, token) => fetch(`${server.url}${path}`, { headers: headers(token) }),
    token: (role, department, name = `${role}${department ? ` of ${department}` : ''}`) =>
      createStaffToken(server.db, { name, role, ...(department ? { department } : {}) }),
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A submission asking to be contacted; the contact details are ones no other text in the database holds. */
export function followUpBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    survey: 'quick',
    answers: { listened: 2, positive: 1 },
    comment: 'Nobody called me back about my permit.',
    context: { department: 'permits', channel: 'phone' },
    locale: 'es',
    followUp: {
      name: 'Zebulon Quartermaine',
      email: 'zq.resident@example.org',
      phone: '+1 555 867 5309',
      language: 'es',
    },
    ...overrides,
  };
}

/** Every way the contact details above could appear as text. */
export const CONTACT_NEEDLES = ['Zebulon', 'Quartermaine', 'zq.resident', '867 5309', '8675309'];
