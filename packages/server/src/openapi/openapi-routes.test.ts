// The OpenAPI document against the routes the app really has: every API
// route (under /api/v1, and /healthz) is described with its method, and
// every described operation is a route, so neither can change without the
// other. The public report's routes are mounted (MV_PUBLIC_REPORT=on).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inProcessApp, type InProcessApp } from '../testing/in-process-app.js';
import { openApiDocument } from './openapi-document.js';

const OPERATIONS = ['get', 'put', 'post', 'delete', 'patch'] as const;
let served: InProcessApp;
let routes: string[];

beforeAll(async () => {
  served = await inProcessApp({ MV_PUBLIC_REPORT: 'on' });
  const { app } = served;
  routes = [
    ...new Set(
      app.routes
        // A path with `*` is middleware (caching, CORS) registered for a method, not a route of its own.
        .filter(({ path }) => (path === '/healthz' || path.startsWith('/api/v1/')) && !path.includes('*'))
        .filter(({ method }) => OPERATIONS.includes(method.toLowerCase() as (typeof OPERATIONS)[number]))
        // Hono's `:id` is OpenAPI's `{id}`.
        .map(({ method, path }) => `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`),
    ),
  ].sort();
});

afterAll(() => served?.close());

it('describes every API route the app has, and no route it lacks', () => {
  const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
  const described = Object.entries(paths)
    .flatMap(([path, item]) =>
      OPERATIONS.filter((method) => item[method] !== undefined).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
  expect(routes.length).toBeGreaterThan(15);
  expect(described).toEqual(routes);
});
