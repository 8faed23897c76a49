// The routes the app really has against their declarations, from which the
// OpenAPI document is generated: every API route (under /api/v1, and /healthz)
// is declared with its method, and every declared operation is a route, so
// neither can change without the other. The public report's routes are
// mounted (MV_PUBLIC_REPORT=on).
import { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { inProcessApp, type InProcessApp } from '../testing/in-process-app.js';
import { declaredRoutes, declareRoute, type ApiRoute } from './api-route.js';
import { openApiDocument } from './openapi-document.js';

// Not OPTIONS: the definitions' CORS middleware answers it too. The documented
// preflights are registered with their POST from the same declarations (publicJsonPost).
const OPERATIONS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type Operation = (typeof OPERATIONS)[number];
let served: InProcessApp;

/** `METHOD /path` of every API route an app answers, in OpenAPI's spelling. */
function apiRoutes(app: Hono): string[] {
  return [
    ...new Set(
      app.routes
        // A path with `*` is middleware (caching, CORS) registered for a method, not a route of its own.
        .filter(({ path }) => (path === '/healthz' || path.startsWith('/api/v1/')) && !path.includes('*'))
        .filter(({ method }) => OPERATIONS.includes(method.toLowerCase() as Operation))
        // Hono's `:id` is OpenAPI's `{id}`.
        .map(({ method, path }) => `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`),
    ),
  ].sort();
}

/** `METHOD /path` of every operation the document generated from `routes` describes. */
function documented(routes?: readonly ApiRoute[]): string[] {
  const paths = openApiDocument(routes).paths as Record<string, Partial<Record<Operation, unknown>>>;
  return Object.entries(paths)
    .flatMap(([path, item]) =>
      OPERATIONS.filter((method) => item[method] !== undefined).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}

const health = declareRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getHealth',
  summary: 'Health',
  access: 'public',
  responses: { '200': { description: 'Healthy' } },
});

beforeAll(async () => {
  served = await inProcessApp({ MV_PUBLIC_REPORT: 'on' });
});

afterAll(() => served?.close());

it('describes every API route the app has, and no route it lacks', () => {
  const routes = apiRoutes(served.app);
  expect(routes.length).toBeGreaterThan(20);
  expect(documented()).toEqual(routes);
});

it('catches a route registered without a declaration, which the document then lacks', () => {
  const app = new Hono();
  declaredRoutes(app, '/')(health, (c) => c.json({ status: 'ok' }));
  app.get('/api/v1/undeclared', (c) => c.json({}));
  expect(apiRoutes(app)).toEqual(['GET /api/v1/undeclared', 'GET /healthz']);
  expect(documented([health])).toEqual(['GET /healthz']);
});

it('registers a declared route at its path less the mount point, and nowhere else', () => {
  const app = new Hono();
  const route = declaredRoutes(app, '/api/v1');
  route({ ...health, path: '/api/v1/ping' }, (c) => c.body(null, 204));
  expect(app.routes.map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /ping']);
  expect(() => route(health, (c) => c.body(null))).toThrow('/healthz is not under /api/v1');
});

it.each([
  ['no summary', { summary: ' ' }, 'no summary'],
  ['an answer without description', { responses: { '200': { description: '' } } }, 'answer 200 has no description'],
  ['no successful answer', { responses: { '404': { description: 'Not here' } } }, 'no successful answer'],
  ['a path parameter not declared', { path: '/api/v1/things/:id' }, 'path parameters id but params '],
  ['a declared parameter not in the path', { params: z.object({ id: z.string() }) }, 'path parameters  but params id'],
])('refuses a declaration with %s, before any route is registered', (_, change, fault) => {
  expect(() => declareRoute({ ...health, ...change })).toThrow(fault);
});
