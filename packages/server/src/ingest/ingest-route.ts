import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { submissionSchema, type Catalogue } from '@mv-feedback/scoring';
import { contentHash } from '../db/content-hash.js';
import { StorageUnavailableError } from '../db/storage-error.js';
import { apiError } from '../http/api-error.js';
import type { StorageHealth } from '../db/storage-health.js';
import { storageUnavailable, whileSound } from '../http/storage-unavailable.js';
import { withinCommitDeadline } from './commit-deadline.js';
import type { GroupCommitWriter } from './group-commit-writer.js';
import { originGuard } from './origin-guard.js';
import { readBodyBytes } from './read-body-bytes.js';
import { isJsonContentType, parseJsonBytes } from './read-json-body.js';
import { connectionAddress, forwardedAddress, rateLimit } from './rate-limit.js';
import { validationIssues } from './validation-issues.js';

/** Largest accepted body (SPEC section 5). */
export const MAX_BODY_BYTES = 16 * 1024;
/** The whole body must arrive within this of the handler starting to read it: 16 KiB in 10 s is 13 kbit/s. */
export const BODY_DEADLINE_MS = 10_000;

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
 * `POST /responses`: checks origin, the database's soundness, rate, media
 * type, content encoding, size and arrival of the body, UTF-8, JSON and the
 * catalogue's schema in that order, then hands the submission to the
 * group-commit writer and answers only after the commit (SPEC section 5), or
 * 503 when the commit does not come within the commit deadline (SPEC 11).
 *
 * @example
 * app.route('/api/v1', ingestRoutes({ catalogue, writer, allowedOrigins: [], rateLimit: 30, health: storageHealth() }));
 */
export function ingestRoutes(deps: IngestRouteDeps): Hono {
  const schema = submissionSchema(deps.catalogue);
  const app = new Hono();
  // Registered for OPTIONS and POST, the methods the path takes (see methodGuard).
  // CORS first, for every origin: the preflight succeeds, so a page whose
  // origin is refused can read the 403 that follows (a failed preflight is a
  // network error, which the widget would retry for ever).
  app.on(
    ['OPTIONS', 'POST'],
    '/responses',
    cors({
      origin: (origin) => origin,
      allowMethods: ['POST'],
      allowHeaders: ['Content-Type'],
      // The widget reads Retry-After to pace its retries.
      exposeHeaders: ['Retry-After'],
      maxAge: 86_400,
    }),
    originGuard(deps.allowedOrigins),
  );
  app.post(
    '/responses',
    whileSound(deps.health),
    rateLimit({ limit: deps.rateLimit, clientKey: deps.trustProxy ? forwardedAddress : connectionAddress }),
    async function requireJson(c, next) {
      if (!isJsonContentType(c.req.header('Content-Type'))) {
        return apiError(c, 415, 'unsupported_media_type', 'send the body as application/json (UTF-8)');
      }
      return next();
    },
    async function requireIdentityEncoding(c, next) {
      // Decompressing would let a small body grow past the size limit unseen; nothing the widget sends is compressed.
      const encoding = c.req.header('Content-Encoding')?.trim().toLowerCase();
      if (encoding !== undefined && encoding !== '' && encoding !== 'identity') {
        return apiError(
          c,
          415,
          'unsupported_content_encoding',
          'send the body uncompressed (Content-Encoding: identity)',
        );
      }
      return next();
    },
    async function storeResponse(c) {
      let read;
      try {
        read = await readBodyBytes(c.req.raw, { maxBytes: MAX_BODY_BYTES, deadlineMs: BODY_DEADLINE_MS });
      } catch {
        return apiError(c, 400, 'unreadable_body', 'the request body could not be read');
      }
      if (!read.ok) {
        // The rest of a body not taken is not read: the connection ends with this answer.
        c.header('Connection', 'close');
        return apiError(c, read.status, read.code, read.message);
      }
      const body = parseJsonBytes(read.bytes);
      if (!body.ok) return apiError(c, 400, body.code, body.message);
      const result = schema.safeParse(body.value);
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
    },
  );
  return app;
}
