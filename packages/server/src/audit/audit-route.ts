import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import type { StaffEnv } from '../auth/staff-auth.js';
import { apiError, type ApiIssue } from '../http/api-error.js';
import { unexpectedParameters } from '../filters/query-parameters.js';
import { declaredRoutes, queryKeys } from '../openapi/api-route.js';
import { listAuditLog } from '../openapi/staff-operations.js';
import { DEFAULT_AUDIT_LIMIT, MAX_AUDIT_LIMIT, listAudit } from './audit-log.js';

/**
 * `GET /audit?limit=&before=`: the audit log newest first, admin only
 * (docs/design.md §12 and §15). Mount it behind the staff token.
 *
 * @example
 * staff.route('/', auditRoute({ db }));
 */
export function auditRoute({ db }: { db: Client }): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  declaredRoutes(app, '/api/v1')(listAuditLog, async (c) => {
    const issues: ApiIssue[] = unexpectedParameters(new URL(c.req.url).searchParams, queryKeys(listAuditLog));
    const limit = positive(c.req.query('limit'), DEFAULT_AUDIT_LIMIT, MAX_AUDIT_LIMIT, 'limit', issues);
    const before = positive(c.req.query('before'), 0, Number.MAX_SAFE_INTEGER, 'before', issues);
    if (issues.length > 0) return apiError(c, 400, 'invalid_filters', 'The query parameters are not valid.', issues);
    return c.json(await listAudit(db, { limit, before: before || undefined }));
  });
  return app;
}

function positive(raw: string | undefined, fallback: number, max: number, path: string, issues: ApiIssue[]): number {
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    issues.push({ path, message: `must be a whole number from 1 to ${max}` });
    return fallback;
  }
  return value;
}
