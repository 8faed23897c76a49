import type { Client } from '@libsql/client';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import {
  PUBLIC_CSV_COLUMNS,
  WHOLE_CITY,
  publicScoreRows,
  type Catalogue,
  type PublicScores,
} from '@mv-feedback/scoring';
import type { PublicReportConfig } from '../config/public-report-config.js';
import { csvRow } from '../csv/csv-cell.js';
import type { StorageHealth } from '../db/health/storage-health.js';
import { apiError } from '../http/api-error.js';
import { residentLanguage } from '../http/resident-language.js';
import { staticText } from '../http/static-text.js';
import { whileSound } from '../http/storage-unavailable.js';
import { HOSTED_PAGE_POLICY } from '../hosted/page-layout.js';
import { publicPeriods } from './public-periods-query.js';
import { computePublicScores } from './public-scores-query.js';
import { scorecardMissingPage, scorecardPage } from './scorecard/scorecard-page.js';
import { SCORECARD_CSS } from './scorecard/scorecard-styles.js';
import { declaredRoutes } from '../openapi/api-route.js';
import { getPublicScores, getPublicScoresCsv } from '../openapi/public-report-operations.js';

export interface PublicReportDeps {
  db: Client;
  catalogue: Catalogue;
  cityName: string;
  timezone: string;
  report: PublicReportConfig;
  health: StorageHealth;
  /** The path of the server's root as residents see it (from MV_PUBLIC_URL), without a trailing slash. */
  root: () => string;
  /** The clock that decides which periods have ended; tests set it. */
  now?: () => Date;
}

/** Ended periods do not change; an hour keeps city pages and re-users from asking again and again. */
const OPEN_DATA_CACHE = 'public, max-age=3600';

type ReportEnv = { Variables: { language: string } };

/**
 * The public report of docs/design.md §13, to mount at `/` when
 * MV_PUBLIC_REPORT is on: the open data `GET /api/v1/public/scores` (JSON)
 * and `/api/v1/public/scores.csv`, readable from any site, and the
 * server-rendered scorecard `GET /scorecard` in the resident's language.
 *
 * @example
 * if (config.publicReport?.enabled) app.route('/', publicReportRoutes({ db, catalogue, cityName, timezone, report, health, root }));
 */
export function publicReportRoutes(deps: PublicReportDeps): Hono<ReportEnv> {
  const app = new Hono<ReportEnv>();
  const now = deps.now ?? (() => new Date());
  const options = {
    catalogue: deps.catalogue,
    minN: deps.report.minN,
    fiscalYearStart: deps.report.fiscalYearStart,
    cityTitle: { en: deps.cityName, es: deps.cityName },
  };
  const sound = whileSound(deps.health);

  /** Answers with the scores a request's period, from and to ask for, or its 400. */
  const withScores = async (c: Context, answer: (scores: PublicScores) => Response): Promise<Response> => {
    const asked = publicPeriods(new URL(c.req.url).searchParams, {
      timezone: deps.timezone,
      fiscalYearStart: deps.report.fiscalYearStart,
      now: now(),
    });
    if (!asked.ok) return apiError(c, 400, 'invalid_query', 'The query is not valid.', asked.issues);
    const scores = await computePublicScores(deps.db, options, asked.kind, asked.periods);
    c.header('Cache-Control', OPEN_DATA_CACHE);
    return answer(scores);
  };

  app.on(['GET', 'OPTIONS'], '/api/v1/public/*', cors({ origin: '*' }), etag(), sound);
  const route = declaredRoutes(app, '/');
  route(getPublicScores, (c) => withScores(c, (scores) => c.json(scores)));
  route(getPublicScoresCsv, (c) =>
    withScores(c, (scores) => {
      const rows = publicScoreRows(scores).map((row) =>
        csvRow(
          PUBLIC_CSV_COLUMNS.map((column) => (typeof row[column] === 'boolean' ? String(row[column]) : row[column])),
        ),
      );
      return c.body(csvRow(PUBLIC_CSV_COLUMNS) + rows.join(''), 200, {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `inline; filename="scores-${scores.period}.csv"`,
      });
    }),
  );

  staticText(app, '/scorecard.css', SCORECARD_CSS, 'text/css; charset=utf-8');
  app.get('/scorecard', residentLanguage(), sound, async (c) => {
    // The scorecard is in the catalogue's two languages (docs/design.md §13); any other reads it in English.
    const locale = c.var.language === 'es' ? ('es' as const) : ('en' as const);
    const department = c.req.query('department') || WHOLE_CITY;
    const quarter = c.req.query('quarter') || undefined;
    const asked = publicPeriods(new URLSearchParams(), {
      timezone: deps.timezone,
      fiscalYearStart: deps.report.fiscalYearStart,
      now: now(),
    });
    const scores = asked.ok ? await computePublicScores(deps.db, options, 'quarter', asked.periods) : null;
    c.header('Content-Security-Policy', HOSTED_PAGE_POLICY);
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Vary', 'Accept-Language');
    const known =
      scores !== null &&
      (department === WHOLE_CITY || scores.departments.some((d) => d.id === department)) &&
      (quarter === undefined || scores.periods.some((p) => p.period === quarter));
    const frame = { locale, cityName: deps.cityName, root: deps.root() };
    if (!scores || !known) return c.html(scorecardMissingPage(frame), 404);
    return c.html(scorecardPage({ locale, cityName: deps.cityName, root: deps.root(), scores, department, quarter }));
  });
  return app;
}
