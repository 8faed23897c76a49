import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * The Node request under a Hono context when @hono/node-server serves the
 * app; undefined when the app is called without one (`app.request()` in
 * tests, another runtime).
 *
 * @example
 * const raw = nodeIncoming(c)?.rawHeaders ?? [];
 */
export const nodeIncoming = (c: Context): IncomingMessage | undefined =>
  (c.env as Partial<HttpBindings> | undefined)?.incoming;

/**
 * Node's response under a Hono context, when there is one (see nodeIncoming).
 *
 * @example
 * nodeOutgoing(c)?.setHeader('Vary', 'Origin');
 */
export const nodeOutgoing = (c: Context): ServerResponse | undefined =>
  (c.env as Partial<HttpBindings> | undefined)?.outgoing;
