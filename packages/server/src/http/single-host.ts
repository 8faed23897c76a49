import type { MiddlewareHandler } from 'hono';
import { apiError } from './api-error.js';
import { nodeIncoming } from './node-incoming.js';

/**
 * Refuses a request with more than one Host header: RFC 9112 §3.2 says a
 * server must answer it 400. Node keeps the first and drops the rest, so
 * they are counted in the raw headers of the Node request; an app called
 * without one (`app.request()` in tests) has nothing to count.
 *
 * @example
 * app.use(singleHostHeader());
 */
export function singleHostHeader(): MiddlewareHandler {
  return async function singleHostHeaderHandler(c, next) {
    const raw = nodeIncoming(c)?.rawHeaders ?? [];
    let hosts = 0;
    for (let i = 0; i < raw.length; i += 2) if (raw[i]?.toLowerCase() === 'host') hosts += 1;
    if (hosts > 1) return apiError(c, 400, 'duplicate_host', 'send one Host header (RFC 9112 §3.2)');
    return next();
  };
}
