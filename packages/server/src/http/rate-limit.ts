import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { apiError } from './api-error.js';

export interface RateLimitOptions {
  /** Requests per window per client; 0 turns the limit off. */
  limit: number;
  windowMs?: number;
  /** Which client a request comes from; the connection's address by default. */
  clientKey?: (c: Context) => string;
}

/** Counts requests per client in fixed windows: whether one more may pass, and if not, for how long. */
export interface ClientCounter {
  /** Counts a request of `key`: null when it is within the limit, else the seconds until the window ends. */
  take(key: string): number | null;
  readonly limit: number;
  readonly clientKey: (c: Context) => string;
}

/**
 * A fixed-window count of requests per client, kept in memory only and
 * dropped at the end of each window: no address is written anywhere
 * (docs/design.md §8). Routes that share one counter share one limit.
 *
 * @example
 * const responses = clientCounter({ limit: 30 });
 * responses.take('203.0.113.7') // → null (the first of 30)
 */
export function clientCounter(options: RateLimitOptions): ClientCounter {
  const windowMs = options.windowMs ?? 60_000;
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    limit: options.limit,
    clientKey: options.clientKey ?? connectionAddress,
    take(key) {
      if (options.limit <= 0) return null;
      const now = Date.now();
      if (now - windowStart >= windowMs) {
        windowStart = now;
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return count > options.limit ? Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) : null;
    },
  };
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
 * entry (docs/design.md §11). Entries to its left came with the request, so the client
 * chose them. Without the header, the connection's address.
 */
export const forwardedAddress = (c: Context): string =>
  c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim() || connectionAddress(c);

/**
 * The 429 with Retry-After for a request over its client's limit, else null.
 *
 * @example
 * const refused = rateRefusal(c, clientCounter({ limit: 30 }));
 * if (refused) return refused;
 */
export function rateRefusal(c: Context, counter: ClientCounter): Response | null {
  // Finding the client's address costs more than the count: not at all when the limit is off.
  if (counter.limit <= 0) return null;
  const retryAfter = counter.take(counter.clientKey(c));
  if (retryAfter === null) return null;
  c.header('Retry-After', String(retryAfter));
  return apiError(
    c,
    429,
    'rate_limited',
    `at most ${counter.limit} submissions a minute from one client; try again later`,
  );
}
