import { apiOperations } from './api-operations.js';
import type { ApiRoute } from './api-route.js';
import { componentNames, documentSchemas } from './openapi-components.js';
import { openApiOperation, responseObject } from './openapi-operation.js';
import { headers, responses } from './openapi-parts.js';

const cached = new WeakMap<readonly ApiRoute[], Record<string, unknown>>();

/**
 * The OpenAPI 3.1 description of the HTTP API (docs/design.md §5), generated
 * from the routes' declarations and the scoring library's zod schemas.
 *
 * @example
 * app.get('/api/v1/openapi.json', (c) => c.json(openApiDocument()));
 */
export function openApiDocument(routes: readonly ApiRoute[] = apiOperations): Record<string, unknown> {
  const known = cached.get(routes);
  if (known) return known;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const { path, method, operation } = openApiOperation(route, componentNames);
    const item = (paths[path] ??= {});
    if (item[method]) throw new Error(`${method.toUpperCase()} ${path} is declared twice`);
    item[method] = operation;
  }
  const document = {
    openapi: '3.1.0',
    info: {
      title: 'mv-feedback API',
      version: '1',
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'Resident feedback on the city customer-care standards: public ingest and definitions, and the staff API (Bearer token). Every answer carries `X-Content-Type-Options: nosniff`; a method a path does not take gets 405 with `Allow`; two `Host` headers get 400 `duplicate_host`.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: documentSchemas(),
      headers,
      responses: Object.fromEntries(
        Object.entries(responses).map(([name, answer]) => [name, responseObject(answer, componentNames)]),
      ),
      securitySchemes: {
        staffToken: { type: 'http', scheme: 'bearer', description: 'A token from `mv-feedback token create`.' },
      },
    },
    paths,
  };
  cached.set(routes, document);
  return document;
}
