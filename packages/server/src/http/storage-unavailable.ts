import type { Context } from 'hono';
import { STORAGE_RETRY_AFTER_SECONDS } from '../db/storage-error.js';
import { apiError } from './api-error.js';

/** 503 with Retry-After: the request was fine, the database could not take it just now. */
export function storageUnavailable(c: Context): Response {
  c.header('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS));
  return apiError(
    c,
    503,
    'storage_unavailable',
    'the database is unavailable just now; send the same request again shortly',
  );
}
