import { Hono } from 'hono';
import { submissionSchema, type Catalogue } from '@mv-feedback/scoring';
import { contentHash } from '../db/content-hash.js';
import { StorageUnavailableError } from '../db/storage-error.js';
import type { StorageHealth } from '../db/storage-health.js';
import { apiError } from '../http/api-error.js';
import { storageUnavailable } from '../http/storage-unavailable.js';
import { withinCommitDeadline } from './commit-deadline.js';
import type { GroupCommitWriter } from './group-commit-writer.js';
import { publicJsonPost } from './public-json-post.js';
import { validationIssues } from './validation-issues.js';

/** Largest accepted body (SPEC section 5). */
export const MAX_BODY_BYTES = 16 * 1024;

export interface IngestRouteDeps {
  catalogue: Catalogue;
  writer: GroupCommitWriter;
  allowedOrigins: readonly string[];
  /** Submissions a minute per client; 0 turns the limit off. */
  rateLimit: number;
  /** Tell clients apart by `X-Forwarded-For` (behind a reverse proxy). */
  trustProxy?: boolean;
  health: StorageHealth;
}

/**
 * `POST /responses`: the rules of every public write (see publicJsonPost),
 * then the catalogue's schema; hands the submission to the group-commit
 * writer and answers only after the commit (SPEC section 5), or 503 when the
 * commit does not come within the commit deadline (SPEC 11).
 *
 * @example
 * app.route('/api/v1', ingestRoutes({ catalogue, writer, allowedOrigins: [], rateLimit: 30, health: storageHealth() }));
 */
export function ingestRoutes(deps: IngestRouteDeps): Hono {
  const schema = submissionSchema(deps.catalogue);
  const app = new Hono();
  publicJsonPost(app, '/responses', { ...deps, maxBytes: MAX_BODY_BYTES }, async function storeResponse(c, body) {
    const result = schema.safeParse(body);
    if (!result.success) {
      const issues = validationIssues(result.error);
      return apiError(
        c,
        400,
        'invalid_submission',
        `the submission has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}`,
        issues,
      );
    }
    const submission = result.data;
    let outcome;
    try {
      outcome = await withinCommitDeadline(
        deps.writer.submit({ submission, receivedAt: new Date(), contentHash: contentHash(submission) }),
      );
    } catch (error) {
      if (error instanceof StorageUnavailableError) {
        deps.health.note(error);
        return storageUnavailable(c, error);
      }
      throw error;
    }
    if (outcome === 'conflict') {
      return apiError(c, 409, 'id_conflict', `a different response with id ${submission.id} is already stored`);
    }
    return c.json({ id: submission.id, status: 'stored' }, outcome === 'stored' ? 201 : 200);
  });
  return app;
}
