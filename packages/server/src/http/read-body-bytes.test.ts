import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readBodyBytes, type BodyBytesResult } from './read-body-bytes.js';

const LIMITS = { maxBytes: 100, deadlineMs: 300 };
// Where the deadline is not what a test is about, one that a loaded machine cannot reach.
const PATIENT = { maxBytes: 100, deadlineMs: 10_000 };

/**
 * Sends `head` and then `chunks` over a raw socket to a server that reads the body with readBodyBytes,
 * each chunk once the server has taken the one before (or has given its answer), so each arrives alone.
 */
async function readOverNode(
  head: string,
  chunks: string[],
  { closeAfter = false, limits = PATIENT } = {},
): Promise<BodyBytesResult> {
  let settle!: (outcome: Promise<BodyBytesResult>) => void;
  const outcome = new Promise<Promise<BodyBytesResult>>((resolve) => (settle = resolve));
  let taken = 0;
  let onTaken = () => {};
  const server = createServer((incoming: IncomingMessage, outgoing) => {
    const request = new Request('http://localhost/', { method: 'POST', headers: incoming.headers as HeadersInit });
    const read = readBodyBytes(request, incoming, limits);
    incoming.on('data', () => {
      taken += 1;
      onTaken();
    });
    settle(read);
    read.finally(() => outgoing.end()).catch(() => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
  cleanups.push(async () => void socket.destroy());
  socket.on('error', () => undefined);
  socket.write(head);
  const answered = outcome.then(
    () => undefined,
    () => undefined,
  );
  for (const chunk of chunks) {
    const before = taken;
    socket.write(chunk);
    await Promise.race([answered, new Promise<void>((resolve) => (onTaken = () => taken > before && resolve()))]);
  }
  if (closeAfter) socket.destroy();
  return outcome.then((read) => read);
}

const streamed = (parts: string[], stall = false) =>
  new Request('http://localhost/', {
    method: 'POST',
    body: new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
        if (!stall) controller.close();
      },
    }),
    duplex: 'half',
  } as RequestInit);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const text = (result: BodyBytesResult) => (result.ok ? new TextDecoder().decode(result.bytes) : result.code);

describe('readBodyBytes from the Node request', () => {
  it('takes a body sent in pieces', async () => {
    const result = await readOverNode('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n', [
      '{"a":',
      '1}   ',
      ' ',
    ]);
    expect(text(result)).toBe('{"a":1}    ');
  });

  it('refuses a chunked body once it passes the limit (413)', async () => {
    const chunk = `${(60).toString(16)}\r\n${'x'.repeat(60)}\r\n`;
    const result = await readOverNode('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n', [
      chunk,
      chunk,
    ]);
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it('refuses a body declared over the limit without reading it (413)', async () => {
    const result = await readOverNode('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n', []);
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it('stops waiting at the deadline (408)', async () => {
    const result = await readOverNode('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n', ['a', 'b'], {
      limits: LIMITS,
    });
    expect(result).toMatchObject({ ok: false, status: 408, code: 'body_timeout' });
  });

  it('throws when the client goes away mid-body, rather than waiting for the deadline', async () => {
    const started = Date.now();
    await expect(
      readOverNode('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n', ['abc'], { closeAfter: true }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(PATIENT.deadlineMs);
  });
});

describe('readBodyBytes from the web stream (no Node request)', () => {
  it('takes a streamed body', async () => {
    expect(text(await readBodyBytes(streamed(['{"a":', '1}']), undefined, LIMITS))).toBe('{"a":1}');
  });

  it('refuses a streamed body once it passes the limit (413)', async () => {
    const result = await readBodyBytes(streamed(['x'.repeat(60), 'x'.repeat(60)]), undefined, LIMITS);
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it('stops waiting at the deadline (408)', async () => {
    const result = await readBodyBytes(streamed(['{'], true), undefined, LIMITS);
    expect(result).toMatchObject({ ok: false, status: 408 });
  });
});
