import type { Client } from '@libsql/client';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import type { Catalogue, DepartmentList, SurveyList } from '@mv-feedback/scoring';
import { apiError } from '../http/api-error.js';
import { storageUnavailable } from '../http/storage-unavailable.js';

export interface PublicRoutesDeps {
  db: Client;
  catalogue: Catalogue;
}

/** Definitions change only with a new catalogue, that is a restart; ETag lets clients revalidate cheaply. */
const DEFINITIONS_CACHE = 'public, max-age=300';

/**
 * The public read routes under /api/v1: the survey list, survey, standard and
 * department definitions in both languages, readable from any page (they are
 * public data).
 *
 * @example
 * app.route('/api/v1', definitionRoutes({ db, catalogue }));
 */
export function definitionRoutes(deps: PublicRoutesDeps): Hono {
  const app = new Hono();
  // In Hono `/surveys/*` also matches `/surveys`, so the list gets the same CORS and ETag.
  // Registered for GET and OPTIONS, the methods these paths take (see methodGuard).
  app.on(['GET', 'OPTIONS'], '/surveys/*', cors({ origin: '*' }), etag());
  app.on(['GET', 'OPTIONS'], '/standards', cors({ origin: '*' }), etag());
  app.on(['GET', 'OPTIONS'], '/departments', cors({ origin: '*' }), etag());
  const definition = (c: Context, body: object) => {
    c.header('Cache-Control', DEFINITIONS_CACHE);
    return c.json(body);
  };
  app.get('/surveys', (c) => {
    const list: SurveyList = { surveys: deps.catalogue.surveys.map(({ id, title }) => ({ id, title })) };
    return definition(c, list);
  });
  app.get('/surveys/:id', (c) => {
    const survey = deps.catalogue.surveys.find((s) => s.id === c.req.param('id'));
    if (!survey) {
      const known = deps.catalogue.surveys.map((s) => s.id).join(', ');
      return apiError(c, 404, 'unknown_survey', `no survey "${c.req.param('id')}" (known: ${known})`);
    }
    return definition(c, survey);
  });
  app.get('/standards', (c) => definition(c, { standards: deps.catalogue.standards }));
  app.get('/departments', (c) => {
    const list: DepartmentList = { departments: deps.catalogue.departments ?? [] };
    return definition(c, list);
  });
  return app;
}

/**
 * `GET /healthz`: `{"status": "ok"}` when the database file answers a read,
 * 503 otherwise, for load balancers and uptime checks.
 */
export function healthRoute(deps: Pick<PublicRoutesDeps, 'db'>): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      // `SELECT 1` never touches the file; reading a table does.
      await deps.db.execute('SELECT version FROM schema_migrations LIMIT 1');
    } catch {
      return storageUnavailable(c);
    }
    return c.json({ status: 'ok' });
  });
  return app;
}
