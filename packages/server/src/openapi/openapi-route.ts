import { Hono } from 'hono';
import { declaredRoutes } from './api-route.js';
import { getOpenApiDocument } from './definition-operations.js';
import { openApiDocument } from './openapi-document.js';

/**
 * `GET /openapi.json`: the OpenAPI document of the whole API (public).
 *
 * @example
 * app.route('/api/v1', openApiRoute());
 */
export function openApiRoute(): Hono {
  const app = new Hono();
  declaredRoutes(app, '/api/v1')(getOpenApiDocument, (c) => c.json(openApiDocument()));
  return app;
}
