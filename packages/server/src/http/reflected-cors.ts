import type { Context } from 'hono';
import { answerHeader } from './answer-header.js';

/**
 * Sets the CORS headers of an actual (not preflight) request that a page of
 * any origin may read the answer to, as Hono's `cors({ origin: (o) => o })`
 * sets them: `Access-Control-Allow-Origin` repeating the request's `Origin`,
 * `Access-Control-Expose-Headers` (the answer headers the page's script may
 * read) and `Vary: Origin`. They are set before the answer is made (see
 * answerHeader), so they go into it whatever it is. Hono's `cors()` sets
 * them on `c.res` instead, before and after the handler, which makes
 * @hono/node-server 2 rebuild the answer as a stream: about 100 µs of CPU
 * per request, more than the rest of a submission (bench/ingest.bench.mjs).
 * Preflights stay with Hono's `cors()`.
 *
 * @example
 * app.options('/responses', cors({ origin: (o) => o, allowMethods: ['POST'] }));
 * app.post('/responses', (c) => { reflectCors(c, ['Retry-After']); return handler(c); });
 */
export function reflectCors(c: Context, exposeHeaders: readonly string[]): void {
  const origin = c.req.header('Origin');
  if (origin) answerHeader(c, 'Access-Control-Allow-Origin', origin);
  if (exposeHeaders.length > 0) answerHeader(c, 'Access-Control-Expose-Headers', exposeHeaders.join(','));
  answerHeader(c, 'Vary', 'Origin');
}
