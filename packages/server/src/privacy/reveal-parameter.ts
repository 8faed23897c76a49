import type { Context } from 'hono';
import { scopeRefusal } from '../auth/require-scope.js';
import type { StaffEnv } from '../auth/staff-auth.js';
import type { AuditDetail } from '../audit/audit-log.js';
import { apiError } from '../http/api-error.js';
import type { StaffFilters } from '../filters/staff-filters.js';

/**
 * Reads `reveal=true|false` (default false): comments as written are for
 * admins only (docs/design.md §15). Returns whether to reveal, or the 400/403 answer.
 *
 * @example
 * const reveal = revealParameter(c);
 * if (typeof reveal !== 'boolean') return reveal;
 */
export function revealParameter(c: Context<StaffEnv>): boolean | Response {
  const raw = c.req.query('reveal');
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw !== 'true') {
    return apiError(c, 400, 'invalid_filters', 'The query filters are not valid.', [
      { path: 'reveal', message: 'must be "true" or "false"' },
    ]);
  }
  return scopeRefusal(c, { admin: 'Only an admin token may read comments unmasked (reveal=true).' }) ?? true;
}

/** The filters of a read, as an audit entry's detail: what was asked, not what was answered. */
export function filtersDetail(filters: StaffFilters): AuditDetail {
  return {
    from: filters.from,
    to: filters.to,
    department: filters.department ?? null,
    channel: filters.channel ?? null,
    survey: filters.survey ?? null,
  };
}
