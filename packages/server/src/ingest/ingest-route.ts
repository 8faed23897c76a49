import { Hono } from 'hono';
import { apiError } from '../http/api-error.js';
import { storageUnavailable } from '../http/storage-unavailable.js';
import { submissionIngest, type IngestDeps } from './ingest-submission.js';
import { publicJsonPost } from './public-json-post.js';
import type { ClientCounter } from '../http/rate-limit.js';
import { declaredRoutes } from '../openapi/api-route.js';
import { preflightResponse, submitResponse } from '../openapi/ingest-operations.js';

const JSON_TYPE = { 'Content-Type': 'application/json' } as const;

/** Largest accepted body (docs/design.md §5). */
export const MAX_BODY_BYTES = 16 * 1024;

export interface IngestRouteDeps extends IngestDeps {
  allowedOrigins: readonly string[];
  publicUrl?: () => string;
  /** The rate per client it counts against (MV_RATE_LIMIT a minute). */
  rate: ClientCounter;
}

/**
 * `POST /responses`: the rules of every public write (see publicJsonPost),
 * then the one ingest path (see submissionIngest): 201 only after the commit
 * (docs/design.md §5), 503 when it does not come within the commit deadline.
 *
 * @example
 * app.route('/api/v1', ingestRoutes({ catalogue, writer, allowedOrigins: [], rate: clientCounter({ limit: 30 }), health, invitationSecret }));
 */
export function ingestRoutes(deps: IngestRouteDeps): Hono {
  const ingest = submissionIngest(deps);
  const app = new Hono();
  const declared = { post: submitResponse, preflight: preflightResponse };
  const route = declaredRoutes(app, '/api/v1');
  publicJsonPost(route, declared, { ...deps, maxBytes: MAX_BODY_BYTES }, async function storeResponse(c, body) {
    const result = await ingest(body);
    // The answer's text by concatenation: the id is a validated UUID, nothing in it needs escaping.
    if (result.ok) return c.body(`{"id":"${result.id}","status":"stored"}`, result.status, JSON_TYPE);
    if (result.status === 503) return storageUnavailable(c, result.cause);
    return apiError(c, result.status, result.code, result.message, result.issues);
  });
  return app;
}
