import { Hono } from 'hono';
import { openApiDocument } from './openapi-document.js';

/**
 * `GET /openapi.json`: the OpenAPI document of the whole API (public).
 *
 * @example
 * app.route('/api/v1', openApiRoute());
 */
export function openApiRoute(): Hono {
  const app = new Hono();
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  return app;
}
