import type { MiddlewareHandler } from 'hono';
import { apiError } from '../http/api-error.js';

/**
 * Whether a browser at `origin` may submit: listed in MV_ALLOWED_ORIGINS
 * (`*` lists every origin), or the server's own origin, so the pages it
 * serves itself (/demo/, /dashboard) work without configuration.
 */
export function isAllowedOrigin(origin: string, allowed: readonly string[], host: string | undefined): boolean {
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Refuses a submission from a browser origin not in the allow-list with 403
 * JSON `origin_not_allowed`. Mount it after the CORS middleware, which
 * answers every preflight: the refusal then carries CORS headers, so the page
 * can read it and show it as final. A request without `Origin` (a kiosk, a
 * script, curl) is not a cross-site browser request and passes.
 */
export function originGuard(allowed: readonly string[]): MiddlewareHandler {
  return async function originGuardHandler(c, next) {
    const origin = c.req.header('Origin');
    if (origin === undefined || isAllowedOrigin(origin, allowed, c.req.header('Host'))) return next();
    return apiError(
      c,
      403,
      'origin_not_allowed',
      `submissions from ${origin} are not accepted by this server (add it to MV_ALLOWED_ORIGINS)`,
    );
  };
}
