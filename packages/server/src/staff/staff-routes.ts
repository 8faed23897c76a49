import type { Client } from '@libsql/client';
import { TrendIntervalSchema } from '@mv-feedback/scoring';
import { Hono, type Context } from 'hono';
import type { ServerConfig } from '../config/server-config.js';
import { responsesCsvStream } from '../csv/responses-csv.js';
import { apiError, type ApiIssue } from '../http/api-error.js';
import { openApiDocument } from '../openapi/openapi-document.js';
import { DEFAULT_COMMENTS_LIMIT, MAX_COMMENTS_LIMIT, listComments } from './comments-query.js';
import { computeScores } from './scores-query.js';
import { staffAuth, type StaffEnv } from './staff-auth.js';
import { staffSession } from './staff-session.js';
import { parseStaffFilters, type StaffFilters } from './staff-filters.js';
import { computeTrend } from './trend-query.js';

export interface StaffRoutesDeps {
  db: Client;
  config: ServerConfig;
  /** The clock, for the default range; tests set it. */
  now?: () => Date;
}

/**
 * The staff API of SPEC section 5, to mount at `/api/v1`: `/me`, `/scores`,
 * `/scores/trend`, `/comments` and `/export.csv` behind a staff token, and
 * the public `/openapi.json`.
 *
 * @example
 * app.route('/api/v1', staffRoutes({ db, config }));
 */
export function staffRoutes({ db, config, now = () => new Date() }: StaffRoutesDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const options = { catalogue: config.catalogue, minN: config.minN };
  const surveys = config.catalogue.surveys.map((survey) => survey.id);

  const withFilters = async (c: Context<StaffEnv>, answer: (filters: StaffFilters) => Promise<Response>) => {
    const outcome = parseStaffFilters(c.req.query(), {
      timezone: config.timezone,
      now: now(),
      staff: c.var.staff,
      surveys,
    });
    if (!outcome.ok) return apiError(c, outcome.status, outcome.code, outcome.message, outcome.issues);
    return answer(outcome.filters);
  };

  app.get('/openapi.json', (c) => c.json(openApiDocument()));

  const auth = staffAuth({ db });
  app.use('/me', auth);
  app.use('/scores', auth);
  app.use('/scores/*', auth);
  app.use('/comments', auth);
  app.use('/export.csv', auth);

  app.get('/me', async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await staffSession(db, c.var.staff, config.timezone));
  });

  app.get('/scores', (c) =>
    withFilters(c, async (filters) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await computeScores(db, options, filters));
    }),
  );

  app.get('/scores/trend', (c) => {
    const interval = TrendIntervalSchema.safeParse(c.req.query('interval') || 'week');
    if (!interval.success) {
      return apiError(c, 400, 'invalid_filters', 'The query filters are not valid.', [
        { path: 'interval', message: 'must be "week" or "month"' },
      ]);
    }
    return withFilters(c, async (filters) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await computeTrend(db, options, filters, interval.data));
    });
  });

  app.get('/comments', (c) => {
    const issues: ApiIssue[] = [];
    const limit = wholeNumber(c.req.query('limit'), DEFAULT_COMMENTS_LIMIT, 1, MAX_COMMENTS_LIMIT, 'limit', issues);
    const offset = wholeNumber(c.req.query('offset'), 0, 0, Number.MAX_SAFE_INTEGER, 'offset', issues);
    const q = c.req.query('q')?.trim() || undefined;
    if (q && q.length > 200) issues.push({ path: 'q', message: 'at most 200 characters' });
    if (issues.length > 0) return apiError(c, 400, 'invalid_filters', 'The query filters are not valid.', issues);
    return withFilters(c, async (filters) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await listComments(db, filters, { limit, offset, q }));
    });
  });

  app.get('/export.csv', (c) =>
    withFilters(c, async (filters) => {
      const slices = [filters.department, filters.channel, filters.survey].filter(Boolean).join('-');
      const filename = `mv-feedback-${filters.from}-to-${filters.to}${slices ? `-${slices}` : ''}.csv`;
      return new Response(await responsesCsvStream(db, config.catalogue, filters), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8; header=present',
          'Content-Disposition': `attachment; filename="${filename}"`,
          'Cache-Control': 'private, no-store',
        },
      });
    }),
  );

  return app;
}

function wholeNumber(
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
  path: string,
  issues: ApiIssue[],
): number {
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    issues.push({ path, message: `must be a whole number from ${min} to ${max}` });
    return fallback;
  }
  return value;
}
