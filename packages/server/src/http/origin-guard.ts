import type { Context } from 'hono';
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
 * The 403 JSON `origin_not_allowed` for a submission from a browser origin
 * not in the allow-list, else null. Asked after the CORS headers are set
 * (every preflight is answered): the refusal then carries them, so the page
 * can read it and show it as final. A request without `Origin` (a kiosk, a
 * script, curl) is not a cross-site browser request and passes.
 *
 * @example
 * const refused = originRefusal(c, config.allowedOrigins, publicUrl);
 * if (refused) return refused;
 */
export function originRefusal(c: Context, allowed: readonly string[], publicUrl?: () => string): Response | null {
  const origin = c.req.header('Origin');
  if (origin === undefined || isAllowedOrigin(origin, allowed, c.req.header('Host'), publicUrl?.())) return null;
  return apiError(
    c,
    403,
    'origin_not_allowed',
    `submissions from ${origin} are not accepted by this server (add it to MV_ALLOWED_ORIGINS)`,
  );
}
