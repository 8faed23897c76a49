import { Hono } from 'hono';
import type { Catalogue } from '@mv-feedback/scoring';
import type { StorageHealth } from '../db/storage-health.js';
import { apiError } from '../http/api-error.js';
import { storageUnavailable } from '../http/storage-unavailable.js';
import type { GroupCommitWriter } from './group-commit-writer.js';
import { submissionIngest } from './ingest-submission.js';
import { publicJsonPost } from './public-json-post.js';
import type { ClientCounter } from './rate-limit.js';

/** Largest accepted body (SPEC section 5). */
export const MAX_BODY_BYTES = 16 * 1024;

export interface IngestRouteDeps {
  catalogue: Catalogue;
  writer: GroupCommitWriter;
  allowedOrigins: readonly string[];
  /** The rate per client it counts against (MV_RATE_LIMIT a minute). */
  rate: ClientCounter;
  health: StorageHealth;
}

/**
 * `POST /responses`: the rules of every public write (see publicJsonPost),
 * then the one ingest path (see submissionIngest): 201 only after the commit
 * (SPEC section 5), 503 when it does not come within the commit deadline.
 *
 * @example
 * app.route('/api/v1', ingestRoutes({ catalogue, writer, allowedOrigins: [], rate: clientCounter({ limit: 30 }), health }));
 */
export function ingestRoutes(deps: IngestRouteDeps): Hono {
  const ingest = submissionIngest(deps);
  const app = new Hono();
  publicJsonPost(app, '/responses', { ...deps, maxBytes: MAX_BODY_BYTES }, async function storeResponse(c, body) {
    const result = await ingest(body);
    if (result.ok) return c.json({ id: result.id, status: 'stored' }, result.status);
    if (result.status === 503) return storageUnavailable(c, result.cause);
    return apiError(c, result.status, result.code, result.message, result.issues);
  });
  return app;
}
