import type { MiddlewareHandler } from 'hono';
import { apiError } from './api-error.js';
import { isOwnOrigin } from './own-origin.js';

/**
 * Whether a browser at `origin` may submit: listed in MV_ALLOWED_ORIGINS
 * (`*` lists every origin), or exactly the server's own origin (see
 * isOwnOrigin), so the pages it serves itself (/demo/, /dashboard) work
 * without configuration.
 */
export function isAllowedOrigin(
  origin: string,
  allowed: readonly string[],
  host: string | undefined,
  publicUrl?: string,
): boolean {
  return allowed.includes('*') || allowed.includes(origin) || isOwnOrigin(origin, publicUrl, host);
}

/**
 * Refuses a submission from a browser origin not in the allow-list with 403
 * JSON `origin_not_allowed`. Mount it after the CORS middleware, which
 * answers every preflight: the refusal then carries CORS headers, so the page
 * can read it and show it as final. A request without `Origin` (a kiosk, a
 * script, curl) is not a cross-site browser request and passes.
 */
export function originGuard(allowed: readonly string[], publicUrl?: () => string): MiddlewareHandler {
  return async function originGuardHandler(c, next) {
    const origin = c.req.header('Origin');
    if (origin === undefined || isAllowedOrigin(origin, allowed, c.req.header('Host'), publicUrl?.())) return next();
    return apiError(
      c,
      403,
      'origin_not_allowed',
      `submissions from ${origin} are not accepted by this server (add it to MV_ALLOWED_ORIGINS)`,
    );
  };
}
