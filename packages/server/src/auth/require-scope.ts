import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from '../http/api-error.js';
import type { StaffEnv } from './staff-auth.js';

/** What a route asks of the token beyond being valid; each refusal is a 403 with the message given. */
export interface Scope {
  /** Only an admin token: the message for a viewer's. */
  admin?: string;
  /** Only a token that may read every department: the message for one limited to a department. */
  everyDepartment?: string;
  /** Only an admin or responder token (follow-ups, docs/design.md §12): the message for a viewer's. */
  responder?: string;
}

/**
 * Lets a request through only if the token `staffAuth` put in `c.var.staff`
 * has the scope the route needs; otherwise `403 forbidden`. Mount it after
 * `staffAuth`, so a missing or revoked token is still a 401 first.
 *
 * @example
 * app.post('/invitations', staffAuth({ db }), requireScope({ admin: 'Making invitations needs an admin token.' }), handler);
 */
export function requireScope(scope: Scope): MiddlewareHandler<StaffEnv> {
  return async function requireScopeMiddleware(c, next) {
    return scopeRefusal(c, scope) ?? next();
  };
}

/**
 * The 403 for a token without `scope`, or null when it has it: for a route
 * where only some requests need more (e.g. `reveal=true`).
 *
 * @example
 * const refused = scopeRefusal(c, { admin: 'Only an admin token may read comments unmasked.' });
 * if (refused) return refused;
 */
export function scopeRefusal(c: Context<StaffEnv>, scope: Scope): Response | null {
  const { staff } = c.var;
  if (scope.admin !== undefined && staff.role !== 'admin') return apiError(c, 403, 'forbidden', scope.admin);
  if (scope.responder !== undefined && staff.role === 'viewer') return apiError(c, 403, 'forbidden', scope.responder);
  if (scope.everyDepartment !== undefined && staff.department) {
    return apiError(c, 403, 'forbidden', scope.everyDepartment);
  }
  return null;
}
