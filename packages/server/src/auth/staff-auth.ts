import type { Client } from '@libsql/client';
import type { MiddlewareHandler } from 'hono';
import { apiError } from '../http/api-error.js';
import { verifyStaffToken, type StaffPrincipal } from './tokens.js';

export interface StaffEnv {
  Variables: { staff: StaffPrincipal };
}

/**
 * Lets a request through only with `Authorization: Bearer <staff token>`
 * (RFC 6750); otherwise 401 with a `WWW-Authenticate: Bearer` challenge.
 * The token's holder is put in `c.var.staff`.
 *
 * @example
 * app.use('/scores', staffAuth({ db }));
 */
export function staffAuth({ db }: { db: Client }): MiddlewareHandler<StaffEnv> {
  return async function staffAuthMiddleware(c, next) {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    const staff = match?.[1] ? await verifyStaffToken(db, match[1]) : null;
    if (!staff) {
      const error = match ? 'error="invalid_token"' : '';
      c.header('WWW-Authenticate', `Bearer realm="mv-feedback"${error ? `, ${error}` : ''}`);
      return apiError(
        c,
        401,
        'unauthorized',
        match
          ? 'The staff token is not valid or has been revoked.'
          : 'A staff token is required (Authorization: Bearer <token>).',
      );
    }
    c.set('staff', staff);
    return next();
  };
}
