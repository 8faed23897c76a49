import type { IncomingMessage } from 'node:http';
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
