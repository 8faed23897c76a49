import type { MiddlewareHandler } from 'hono';
import { PatternRouter } from 'hono/router/pattern-router';
import type { RouterRoute } from 'hono/types';
import { apiError } from './api-error.js';

/** How many paths' methods are kept: more than the routes of the app, fewer than would matter in memory. */
const KEPT_PATHS = 1024;

/**
 * The methods each path answers, from an app's routes: every route added for
 * a method (middleware added with `use` counts for none), with HEAD wherever
 * GET is (Hono answers HEAD from the GET route).
 *
 * @example
 * allowedMethods(app.routes)('/healthz') // → ['GET', 'HEAD']
 */
export function allowedMethods(routes: readonly RouterRoute[]): (path: string) => string[] {
  const router = new PatternRouter<string>();
  // Added under ALL, so one match of a path returns the method of every route on it.
  for (const { method, path } of routes) if (method !== 'ALL') router.add('ALL', path, method);
  // Most requests go to a few paths: their answers are kept, up to a bound any path list could not outgrow.
  const known = new Map<string, string[]>();
  return (path) => {
    const cached = known.get(path);
    if (cached) return cached;
    const methods = new Set(router.match('GET', path)[0].map(([method]) => method));
    if (methods.has('GET')) methods.add('HEAD');
    const sorted = [...methods].sort();
    if (known.size >= KEPT_PATHS) known.clear();
    known.set(path, sorted);
    return sorted;
  };
}

/**
 * Answers a method a known path does not take with 405 and `Allow` (RFC 9110
 * §15.5.6) before anything else runs, so the answer does not depend on a
 * token or a body. Unknown paths fall through to the 404. `routes` is read at
 * the first request, once every route is added.
 *
 * @example
 * const app = new Hono();
 * app.use(methodGuard(() => app.routes));
 */
export function methodGuard(routes: () => readonly RouterRoute[]): MiddlewareHandler {
  let allowed: ((path: string) => string[]) | undefined;
  return async function methodGuardHandler(c, next) {
    allowed ??= allowedMethods(routes());
    const methods = allowed(c.req.path);
    if (methods.length === 0 || methods.includes(c.req.method)) return next();
    c.header('Allow', methods.join(', '));
    return apiError(c, 405, 'method_not_allowed', `${c.req.path} takes ${methods.join(', ')}, not ${c.req.method}`);
  };
}
