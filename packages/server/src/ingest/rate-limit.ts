import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { apiError } from '../http/api-error.js';

export interface RateLimitOptions {
  /** Requests per window per client; 0 turns the limit off. */
  limit: number;
  windowMs?: number;
  /** Which client a request comes from; the connection's address by default. */
  clientKey?: (c: Context) => string;
}

export const connectionAddress = (c: Context): string => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

/**
 * The address the trusted proxy appended to `X-Forwarded-For`: the right-most
 * entry (SPEC 11). Entries to its left came with the request, so the client
 * chose them. Without the header, the connection's address.
 */
export const forwardedAddress = (c: Context): string =>
  c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim() || connectionAddress(c);

/**
 * A fixed-window request limit per client, answered with 429 and
 * Retry-After. The counters live in memory only and are dropped at the end
 * of each window: no address is written anywhere (SPEC section 8).
 *
 * @example
 * app.post('/api/v1/responses', rateLimit({ limit: 30 }), handler);
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const windowMs = options.windowMs ?? 60_000;
  const clientKey = options.clientKey ?? connectionAddress;
  let windowStart = 0;
  let counts = new Map<string, number>();
  return async function rateLimitHandler(c, next) {
    if (options.limit <= 0) return next();
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      counts = new Map();
    }
    const key = clientKey(c);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > options.limit) {
      c.header('Retry-After', String(Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000))));
      return apiError(
        c,
        429,
        'rate_limited',
        `at most ${options.limit} submissions a minute from one client; try again later`,
      );
    }
    return next();
  };
}
