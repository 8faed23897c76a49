// Slow and idle connections against the real server on 127.0.0.1 (docs/design.md §11):
// half a request is cut after 10 s, a body trickled in is refused, and a flood
// of connections is capped below the process's file descriptor limit. The
// flood is a bounded one: the test lowers the cap instead of opening 20,000.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, startServer, type RunningServer } from '@mv-feedback/server';
import { connectionCap } from '../../packages/server/src/http/connection-limits.js';

let dir: string;
const servers: RunningServer[] = [];

const start = async (options: Parameters<typeof startServer>[1] = {}) => {
  const config = loadConfig({ env: { MV_RATE_LIMIT: '0' }, flags: { db: `file:${join(dir, `${randomUUID()}.db`)}` } });
  const server = await startServer(config, { port: 0, ...options });
  servers.push(server);
  return server;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mv-slow-'));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

interface Exchange {
  socket: Socket;
  /** Resolves when the server closes the connection: what it sent and after how many ms. */
  closed: Promise<{ answer: string; ms: number }>;
}

/** Opens a raw connection and sends `text`; nothing more unless the test writes it. */
function open(port: number, text: string): Exchange {
  const began = Date.now();
  const socket = connect(port, '127.0.0.1', () => socket.write(text));
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  const closed = new Promise<{ answer: string; ms: number }>((resolve) => {
    socket.on('close', () => resolve({ answer, ms: Date.now() - began }));
    socket.on('error', () => undefined);
  });
  return { socket, closed };
}

const submission = () =>
  JSON.stringify({ id: randomUUID(), survey: 'quick', answers: { positive: 5 }, comment: 'slow but sure' });

describe('slow clients', () => {
  it('cuts half a request after 10 s and a body trickled over 18 s at 10 s (408), while a normal client is served', async () => {
    const server = await start();
    const port = Number(new URL(server.url).port);

    const halfRequest = open(port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');

    const body = submission().padEnd(16_000, ' ');
    const trickle = open(
      port,
      `POST /api/v1/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    // 16,000 bytes over 18 s: 1,000 bytes every 1.125 s.
    let sent = 0;
    const drip = setInterval(() => {
      if (sent >= body.length || trickle.socket.destroyed) return clearInterval(drip);
      trickle.socket.write(body.slice(sent, sent + 1000));
      sent += 1000;
    }, 1_125);

    const normal = await fetch(`${server.url}/api/v1/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: submission(),
    });
    expect(normal.status).toBe(201);

    const [half, slow] = await Promise.all([halfRequest.closed, trickle.closed]);
    clearInterval(drip);
    expect(half.answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(half.ms).toBeGreaterThan(9_000);
    expect(half.ms).toBeLessThan(12_500);
    expect(slow.answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(slow.answer).toContain('"code":"body_timeout"');
    expect(slow.ms).toBeGreaterThan(9_000);
    expect(slow.ms).toBeLessThan(12_500);
    expect(sent).toBeLessThan(body.length);
    expect(Number((await server.db.execute('SELECT count(*) FROM responses')).rows[0]?.[0])).toBe(1);
  }, 30_000);

  it('caps connections: past the cap a connection is closed at once, and /healthz answers again once the idle ones time out', async () => {
    const server = await start({ maxConnections: 20 });
    const port = Number(new URL(server.url).port);
    const began = Date.now();
    const flood = Array.from({ length: 30 }, () => open(port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
    const settled = await Promise.all(flood.map((c) => c.closed));
    const refusedAtOnce = settled.filter((c) => c.ms < 2_000);
    const timedOut = settled.filter((c) => c.ms >= 9_000);
    expect(refusedAtOnce.length).toBe(10);
    expect(refusedAtOnce.every((c) => c.answer === '')).toBe(true);
    expect(timedOut.length).toBe(20);
    expect(timedOut.every((c) => c.answer.startsWith('HTTP/1.1 408'))).toBe(true);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(Date.now() - began).toBeLessThan(13_000);
  }, 30_000);

  it('caps connections by default below the soft limit on open files', () => {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const soft = Number(/^Max open files\s+(\d+)/m.exec(limits)?.[1]);
    expect(soft).toBeGreaterThan(0);
    expect(connectionCap()).toBeLessThan(soft);
    expect(connectionCap()).toBeGreaterThanOrEqual(Math.floor(soft / 2));
  });
});
