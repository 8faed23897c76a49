import type { Context } from 'hono';
import { nodeOutgoing } from './node-incoming.js';

/**
 * Sets a header on whatever answer this request gets: on Node's own response
 * when @hono/node-server serves the app, where it is a plain field Node
 * merges into the head it writes (an answer that sets the same header wins),
 * else, for `app.request()` in tests, with `c.header()`. Through Hono each
 * answer with such a header builds a web `Headers` object, which
 * @hono/node-server then copies out, sorted: a share of every submission's
 * CPU on the HTTP thread (bench/ingest/profile.mjs).
 *
 * @example
 * answerHeader(c, 'Vary', 'Origin');
 */
export function answerHeader(c: Context, name: string, value: string): void {
  const outgoing = nodeOutgoing(c);
  if (outgoing) outgoing.setHeader(name, value);
  else c.header(name, value);
}
