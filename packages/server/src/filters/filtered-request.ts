import type { Context } from 'hono';
import type { StaffEnv } from '../auth/staff-auth.js';
import type { ServerConfig } from '../config/server-config.js';
import { apiError } from '../http/api-error.js';
import { unexpectedParameters } from './query-parameters.js';
import { FILTER_KEYS, parseStaffFilters, type StaffFilters } from './staff-filters.js';

export interface FilteredRequestDeps {
  config: Pick<ServerConfig, 'timezone' | 'catalogue'>;
  /** The clock, for the default range; tests set it. */
  now?: () => Date;
}

/**
 * A handler runner for staff reads: refuses query parameters the route does
 * not take (the filters and `parameters`, those its declaration names), parses the filters against the
 * token's scope and calls `answer` with them, or answers 400/403 itself.
 *
 * @example
 * const withFilters = filteredRequest({ config });
 * app.get('/scores', (c) => withFilters(c, async (filters) => c.json(await computeScores(db, options, filters))));
 */
export function filteredRequest({ config, now = () => new Date() }: FilteredRequestDeps) {
  const surveys = config.catalogue.surveys.map((survey) => survey.id);
  return async function withFilters(
    c: Context<StaffEnv>,
    answer: (filters: StaffFilters) => Promise<Response>,
    parameters: readonly string[] = [],
  ): Promise<Response> {
    const accepted = [...new Set([...FILTER_KEYS, ...parameters])];
    const unexpected = unexpectedParameters(new URL(c.req.url).searchParams, accepted);
    if (unexpected.length > 0) {
      return apiError(c, 400, 'invalid_filters', 'The query filters are not valid.', unexpected);
    }
    const outcome = parseStaffFilters(c.req.query(), {
      timezone: config.timezone,
      now: now(),
      staff: c.var.staff,
      surveys,
    });
    if (!outcome.ok) return apiError(c, outcome.status, outcome.code, outcome.message, outcome.issues);
    return answer(outcome.filters);
  };
}
