import type { Context, MiddlewareHandler } from 'hono';
import { STORAGE_RETRY_AFTER_SECONDS, firstLine } from '../db/health/storage-error.js';
import type { StorageHealth } from '../db/health/storage-health.js';
import { apiError } from './api-error.js';

/**
 * What every 503 of the database does before its body: the cause goes to the
 * log as one line, never a stack trace, and Retry-After says when to try again.
 */
export function noteUnavailable(c: Context, cause: unknown): void {
  console.error(`mv-feedback: ${c.req.method} ${c.req.path} answered 503: ${firstLine(cause)}`);
  c.header('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS));
}

/** 503 with Retry-After: the request was fine, the database could not take it just now. */
export function storageUnavailable(c: Context, cause: unknown): Response {
  noteUnavailable(c, cause);
  return apiError(
    c,
    503,
    'storage_unavailable',
    'the database is unavailable just now; send the same request again shortly',
  );
}

/**
 * The 503 for a request while the database is known to be corrupt, else
 * null: asked before any query, since what it would read or write cannot be
 * trusted.
 *
 * @example
 * const refused = corruptionRefusal(c, health);
 * if (refused) return refused;
 */
export function corruptionRefusal(c: Context, health: StorageHealth): Response | null {
  return health.corrupt === null ? null : storageUnavailable(c, `the database is corrupt (${health.corrupt})`);
}

/**
 * Answers 503 at once while the database is known to be corrupt (see corruptionRefusal).
 *
 * @example
 * app.use('/scores', whileSound(health));
 */
export function whileSound(health: StorageHealth): MiddlewareHandler {
  return async function whileSoundHandler(c, next) {
    return corruptionRefusal(c, health) ?? next();
  };
}
