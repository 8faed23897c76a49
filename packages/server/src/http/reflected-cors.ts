import type { MiddlewareHandler } from 'hono';
import { answerHeader } from './answer-header.js';

export interface ReflectedCorsOptions {
  /** Answer headers the page's script may read. */
  exposeHeaders: readonly string[];
}

/**
 * The CORS headers of an actual (not preflight) request that a page of any
 * origin may read the answer to, as Hono's `cors({ origin: (o) => o })` sets
 * them: `Access-Control-Allow-Origin` repeating the request's `Origin`,
 * `Access-Control-Expose-Headers` and `Vary: Origin`. They are set before
 * the handler runs (see answerHeader), so they go into its answer as it is
 * made. Hono's `cors()` sets them on `c.res` instead, before and after the
 * handler, which makes @hono/node-server 2 rebuild the answer as a stream:
 * about 100 µs of CPU per request, more than the rest of a submission
 * (bench/ingest.bench.mjs). Preflights stay with Hono's `cors()`.
 *
 * @example
 * app.options('/responses', cors({ origin: (o) => o, allowMethods: ['POST'] }));
 * app.post('/responses', reflectedCors({ exposeHeaders: ['Retry-After'] }), handler);
 */
export function reflectedCors(options: ReflectedCorsOptions): MiddlewareHandler {
  const expose = options.exposeHeaders.join(',');
  return async function reflectedCorsHandler(c, next) {
    const origin = c.req.header('Origin');
    if (origin) answerHeader(c, 'Access-Control-Allow-Origin', origin);
    if (expose) answerHeader(c, 'Access-Control-Expose-Headers', expose);
    answerHeader(c, 'Vary', 'Origin');
    return next();
  };
}
