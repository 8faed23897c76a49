import type { Client } from '@libsql/client';
import { COMMENT_TONES, CommentToneSchema, TrendIntervalSchema, type CommentTone } from '@mv-feedback/scoring';
import { Hono } from 'hono';
import type { StaffEnv } from '../auth/staff-auth.js';
import { configuredPublicUrl, type ServerConfig } from '../config/server-config.js';
import { filteredRequest } from '../filters/filtered-request.js';
import { localeFilter } from '../filters/locale-filter.js';
import { recordAudit } from '../audit/audit-log.js';
import { apiError, type ApiIssue } from '../http/api-error.js';
import {
  getDepartmentComparison,
  getLanguageComparison,
  getScores,
  getStaffSession,
  getTrend,
  listComments as listCommentsRoute,
} from '../openapi/staff-operations.js';
import { declaredRoutes, queryKeys } from '../openapi/api-route.js';
import { maskPersonalData } from '../privacy/personal-data-mask.js';
import { filtersDetail, revealParameter } from '../privacy/reveal-parameter.js';
import { DEFAULT_COMMENTS_LIMIT, MAX_COMMENTS_LIMIT, MAX_COMMENTS_OFFSET, listComments } from './comments-query.js';
import { computeDepartmentComparison } from './departments-query.js';
import { computeLanguageComparison } from './languages-query.js';
import { computeLocaleScores } from './locale-scores-query.js';
import { computeScores } from './scores-query.js';
import { staffSession } from './staff-session.js';
import { computeTrend } from './trend-query.js';

export interface StaffRoutesDeps {
  db: Client;
  config: ServerConfig;
  /** The clock, for the default range; tests set it. */
  now?: () => Date;
  /** The absolute base of the links residents are given (default: from the configuration). */
  publicUrl?: () => string;
}

/**
 * The staff reads of docs/design.md §5 and §10 (comments masked, docs/design.md §15): `/me`, `/scores`,
 * `/scores/trend`, `/scores/departments`, `/scores/languages` and `/comments`. They expect
 * `c.var.staff`: mount them behind the staff token (see `staffApp`).
 *
 * @example
 * staff.route('/', staffRoutes({ db, config }));
 */
export function staffRoutes({ db, config, now, publicUrl }: StaffRoutesDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const route = declaredRoutes(app, '/api/v1');
  const options = { catalogue: config.catalogue, minN: config.minN };
  const withFilters = filteredRequest({ config, ...(now ? { now } : {}) });

  const linkBase = publicUrl ?? (() => configuredPublicUrl(config));
  route(getStaffSession, async (c) =>
    c.json(await staffSession(db, c.var.staff, { timezone: config.timezone, publicUrl: linkBase() })),
  );

  route(getScores, (c) => {
    const issues: ApiIssue[] = [];
    const locale = localeFilter(c.req.query('locale'), issues);
    if (issues.length > 0) return apiError(c, 400, 'invalid_filters', 'The query filters are not valid.', issues);
    return withFilters(
      c,
      async (filters) =>
        c.json(
          locale ? await computeLocaleScores(db, options, filters, locale) : await computeScores(db, options, filters),
        ),
      queryKeys(getScores),
    );
  });

  route(getTrend, (c) => {
    const interval = TrendIntervalSchema.safeParse(c.req.query('interval') || 'week');
    if (!interval.success) {
      return apiError(c, 400, 'invalid_filters', 'The query filters are not valid.', [
        { path: 'interval', message: 'must be "week" or "month"' },
      ]);
    }
    return withFilters(
      c,
      async (filters) => c.json(await computeTrend(db, options, filters, interval.data)),
      queryKeys(getTrend),
    );
  });

  // Every department against the rest of the city: a token limited to one department may not see the others (its scope).
  route(getDepartmentComparison, (c) => {
    if (c.req.query('department')) {
      return apiError(c, 400, 'invalid_filters', 'The query filters are not valid.', [
        { path: 'department', message: 'the comparison covers every department; leave department out' },
      ]);
    }
    return withFilters(
      c,
      async (filters) => c.json(await computeDepartmentComparison(db, options, filters)),
      queryKeys(getDepartmentComparison),
    );
  });

  // Each response language against the rest (docs/design.md §14), for the whole city (its scope).
  route(getLanguageComparison, (c) =>
    withFilters(
      c,
      async (filters) => c.json(await computeLanguageComparison(db, options, filters)),
      queryKeys(getLanguageComparison),
    ),
  );

  const standards = config.catalogue.standards.map((s) => s.id);
  route(listCommentsRoute, (c) => {
    const issues: ApiIssue[] = [];
    const limit = wholeNumber(c.req.query('limit'), DEFAULT_COMMENTS_LIMIT, 1, MAX_COMMENTS_LIMIT, 'limit', issues);
    const offset = wholeNumber(c.req.query('offset'), 0, 0, MAX_COMMENTS_OFFSET, 'offset', issues);
    const q = c.req.query('q')?.trim() || undefined;
    if (q && q.length > 200) issues.push({ path: 'q', message: 'at most 200 characters' });
    const locale = localeFilter(c.req.query('locale'), issues);
    const standard = c.req.query('standard') || undefined;
    if (standard && !standards.includes(standard)) {
      issues.push({ path: 'standard', message: `unknown standard "${standard}" (known: ${standards.join(', ')})` });
    }
    let tone: CommentTone | undefined;
    const rawTone = c.req.query('tone') || undefined;
    if (rawTone) {
      const parsed = CommentToneSchema.safeParse(rawTone);
      if (!parsed.success) issues.push({ path: 'tone', message: `must be ${COMMENT_TONES.join(' or ')}` });
      else if (!standard) issues.push({ path: 'tone', message: 'a tone needs a standard to be favourable for' });
      else tone = parsed.data;
    }
    if (issues.length > 0) return apiError(c, 400, 'invalid_filters', 'The query filters are not valid.', issues);
    const reveal = revealParameter(c);
    if (typeof reveal !== 'boolean') return reveal;
    return withFilters(
      c,
      async (filters) => {
        const page = await listComments(db, config.catalogue, filters, {
          limit,
          offset,
          q,
          standard,
          tone,
          locale,
        });
        if (!reveal)
          return c.json({ ...page, items: page.items.map((i) => ({ ...i, comment: maskPersonalData(i.comment) })) });
        await recordAudit(db, {
          actor: c.var.staff.name,
          action: 'comments.reveal',
          detail: {
            ...filtersDetail(filters),
            standard: standard ?? null,
            locale: locale ?? null,
            offset,
            comments: page.items.length,
          },
        });
        return c.json(page);
      },
      queryKeys(listCommentsRoute),
    );
  });

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
