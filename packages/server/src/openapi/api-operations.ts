import type { ApiRoute } from './api-route.js';
import { definitionOperations } from './definition-operations.js';
import { followUpOperations } from './follow-up-operations.js';
import { ingestOperations } from './ingest-operations.js';
import { publicReportOperations } from './public-report-operations.js';
import { staffOperations } from './staff-operations.js';

/**
 * Every route of the HTTP API, as declared once (docs/design.md §5): the
 * OpenAPI document is generated from this list, and openapi-routes.test.ts
 * checks that the app has exactly these routes, so none can be added without
 * its declaration.
 */
export const apiOperations: readonly ApiRoute[] = [
  ...ingestOperations,
  ...definitionOperations,
  ...staffOperations,
  ...followUpOperations,
  ...publicReportOperations,
];
