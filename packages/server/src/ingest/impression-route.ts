import { Hono } from 'hono';
import { impressionSchema, type Catalogue } from '@mv-feedback/scoring';
import { StorageUnavailableError } from '../db/health/storage-error.js';
import type { StorageHealth } from '../db/health/storage-health.js';
import { apiError } from '../http/api-error.js';
import { storageUnavailable } from '../http/storage-unavailable.js';
import { withinCommitDeadline } from '../writer/commit-deadline.js';
import type { GroupCommitWriter } from '../writer/group-commit-writer.js';
import { listedDepartment } from './listed-department.js';
import { publicJsonPost } from './public-json-post.js';
import type { ClientCounter } from '../http/rate-limit.js';
import { validationIssues } from './validation-issues.js';
import { declaredRoutes } from '../openapi/api-route.js';
import { countImpression, preflightImpression } from '../openapi/ingest-operations.js';

/** Largest accepted impression: its three short fields fit many times over. */
export const MAX_IMPRESSION_BYTES = 1024;

export interface ImpressionRouteDeps {
  catalogue: Catalogue;
  writer: GroupCommitWriter;
  allowedOrigins: readonly string[];
  publicUrl?: () => string;
  /** The rate per client it counts against (MV_RATE_LIMIT a minute). */
  rate: ClientCounter;
  health: StorageHealth;
}

/**
 * `POST /impressions` (docs/design.md §9): the widget was seen, counted for the
 * day, survey, department (one the catalogue lists, else none) and channel, under the origin and rate rules of
 * responses; `204` once counted. The body holds exactly `survey` and
 * `context.department`/`context.channel`: anything else is refused, so no
 * identifier can be sent along.
 *
 * @example
 * app.route('/api/v1', impressionRoutes({ catalogue, writer, allowedOrigins: [], rate: clientCounter({ limit: 30 }), health }));
 */
export function impressionRoutes(deps: ImpressionRouteDeps): Hono {
  const schema = impressionSchema(deps.catalogue);
  const app = new Hono();
  publicJsonPost(
    declaredRoutes(app, '/api/v1'),
    { post: countImpression, preflight: preflightImpression },
    { ...deps, maxBytes: MAX_IMPRESSION_BYTES },
    async function countImpression(c, body) {
      const result = schema.safeParse(body);
      if (!result.success) {
        return apiError(c, 400, 'invalid_impression', 'the impression is not valid', validationIssues(result.error));
      }
      const { survey, context } = result.data;
      try {
        await withinCommitDeadline(
          deps.writer.offer({
            survey,
            department: listedDepartment(deps.catalogue, context.department),
            channel: context.channel ?? '',
            at: new Date(),
          }),
        );
      } catch (error) {
        if (error instanceof StorageUnavailableError) {
          deps.health.note(error);
          return storageUnavailable(c, error);
        }
        throw error;
      }
      return c.body(null, 204);
    },
  );
  return app;
}
