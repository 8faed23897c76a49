import type { Client } from '@libsql/client';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import {
  surveyInLanguages,
  type Catalogue,
  type DepartmentList,
  type Locale,
  type SurveyDefinition,
  type SurveyList,
} from '@mv-feedback/scoring';
import { apiError } from '../http/api-error.js';
import { withinDeadline } from '../db/health/storage-deadline.js';
import type { StorageHealth } from '../db/health/storage-health.js';
import { storageUnavailable } from '../http/storage-unavailable.js';
import { askedLanguages } from './survey-languages.js';
import { declaredRoutes } from '../openapi/api-route.js';
import { getHealth, getSurvey, listDepartments, listStandards, listSurveys } from '../openapi/definition-operations.js';

export interface PublicRoutesDeps {
  db: Client;
  catalogue: Catalogue;
  /** The languages offered (MV_LOCALES), which a survey's definition names. */
  offered: readonly Locale[];
  /** MV_FOLLOW_UP_RETENTION_DAYS, which a survey's definition gives the widget's consent text (docs/design.md §12). */
  followUpRetentionDays: number;
}

/** Definitions change only with a new catalogue, that is a restart; ETag lets clients revalidate cheaply. */
const DEFINITIONS_CACHE = 'public, max-age=300';

/**
 * The public read routes under /api/v1: the survey list, survey, standard and
 * department definitions in every offered language (a survey in those a page
 * asks for), readable from any page (they are public data).
 *
 * @example
 * app.route('/api/v1', definitionRoutes({ db, catalogue, offered: ['en', 'es'], followUpRetentionDays: 90 }));
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
  const route = declaredRoutes(app, '/api/v1');
  route(listSurveys, (c) => {
    const list: SurveyList = { surveys: deps.catalogue.surveys.map(({ id, title }) => ({ id, title })) };
    return definition(c, list);
  });
  route(getSurvey, (c) => {
    const survey = deps.catalogue.surveys.find((s) => s.id === c.req.param('id'));
    if (!survey) {
      const known = deps.catalogue.surveys.map((s) => s.id).join(', ');
      return apiError(c, 404, 'unknown_survey', `no survey "${c.req.param('id')}" (known: ${known})`);
    }
    const asked = askedLanguages(c.req.query('lang'), deps.offered);
    if (!asked.ok) return apiError(c, 400, 'invalid_query', 'The query is not valid.', asked.issues);
    const body: SurveyDefinition = {
      ...surveyInLanguages(survey, asked.keep),
      locales: [...deps.offered],
      followUp: { retentionDays: deps.followUpRetentionDays },
    };
    return definition(c, body);
  });
  route(listStandards, (c) => definition(c, { standards: deps.catalogue.standards }));
  route(listDepartments, (c) => {
    const list: DepartmentList = { departments: deps.catalogue.departments ?? [] };
    return definition(c, list);
  });
  return app;
}

export interface HealthRouteDeps {
  /** Reads the database where the writes happen (`GroupCommitWriter.check`). */
  check(): Promise<void>;
  health: StorageHealth;
}

/** How long a probe waits for the database before it answers 503. */
export const HEALTH_CHECK_DEADLINE_MS = 2_000;

/**
 * `GET /healthz`, for load balancers and uptime checks: `{"status": "ok"}`
 * when the database answers the cheap health reads within 2 s (on the
 * writer's thread, so a stalled disk makes the probe fail rather than the
 * server hang), 503 when it does not, fails them, or is known to be corrupt.
 *
 * @example
 * app.route('/', healthRoute({ check: () => writer.check(), health }));
 */
export function healthRoute(deps: HealthRouteDeps): Hono {
  const app = new Hono();
  declaredRoutes(app, '/')(getHealth, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (deps.health.corrupt !== null) {
      return storageUnavailable(c, `the database is corrupt (${deps.health.corrupt})`);
    }
    try {
      await withinDeadline(deps.check(), HEALTH_CHECK_DEADLINE_MS, 'the health check');
    } catch (error) {
      deps.health.note(error);
      return storageUnavailable(c, error);
    }
    return c.json({ status: 'ok' });
  });
  return app;
}
