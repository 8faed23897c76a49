// The open-data routes (docs/design.md §13), each declared once:
// public/public-report-routes.ts registers its handlers from these, and the
// OpenAPI document is generated from them.
import { PERIOD_KINDS, PUBLIC_CSV_COLUMNS, PublicScoresSchema } from '@mv-feedback/scoring';
import { z } from 'zod';
import { declareRoute } from './api-route.js';
import { errorResponse, header, jsonResponse, ref } from './openapi-parts.js';

/** The query of both open-data routes. */
const query = z.object({
  period: z
    .enum(PERIOD_KINDS)
    .default('quarter')
    .describe(
      'Fiscal quarters (labelled `FY2027-Q1`, the year named by the one it ends in) or calendar months (`2026-07`).',
    ),
  from: z.iso
    .date()
    .optional()
    .describe(
      'First day (YYYY-MM-DD); every period overlapping from–to is given whole. Default: 8 quarters or 12 months back.',
    ),
  to: z.iso
    .date()
    .optional()
    .describe('Last day (YYYY-MM-DD); a period is given only once it has ended. Default: yesterday.'),
});

/** What every open-data answer carries: readable from any site, cached an hour, revalidated by ETag. */
const openDataHeaders = {
  ETag: header('ETag'),
  'Cache-Control': { description: '`public, max-age=3600`.', schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { description: '`*`: open data, readable from any page.', schema: { const: '*' } },
};

const openDataResponses = {
  '304': ref('NotModified'),
  '400': errorResponse(
    'Invalid query (`invalid_query`): `period` not quarter or month, a bad day or one outside 2000–2099, `from` after `to`, a range over 3,660 days, a parameter the route does not take or one given twice.',
  ),
  '404': errorResponse('The public report is off (MV_PUBLIC_REPORT is not `on`).'),
  '405': ref('MethodNotAllowed'),
  '503': ref('StorageUnavailable'),
};

const description =
  'Open data (docs/design.md §13), only when MV_PUBLIC_REPORT is on: every standard’s share of favourable answers per ended period for the whole city (department `*`) and each department, from the same cubes as the staff scores. Cells with fewer than MV_PUBLIC_MIN_N answers (default 30) are withheld (`suppressed`, `favorable` and the figures null, `n` kept), and where one period and standard would have a single withheld part, the department with the next fewest answers is withheld too, so no withheld figure can be worked out from the city’s. No comments, ids, interactions, days or verification.';

export const getPublicScores = declareRoute({
  method: 'get',
  path: '/api/v1/public/scores',
  operationId: 'getPublicScores',
  summary: 'Published scores per period, department and standard (JSON)',
  description,
  access: 'public',
  query,
  responses: {
    '200': jsonResponse('The published scores', PublicScoresSchema, openDataHeaders),
    ...openDataResponses,
  },
});

export const getPublicScoresCsv = declareRoute({
  method: 'get',
  path: '/api/v1/public/scores.csv',
  operationId: 'getPublicScoresCsv',
  summary: 'The same published scores as CSV, one row per period × department × standard',
  description: `${description} Columns, in order: ${PUBLIC_CSV_COLUMNS.join(', ')} (RFC 4180, CRLF, no BOM; a withheld figure is an empty field; \`suppressed\` is true or false).`,
  access: 'public',
  query,
  responses: {
    '200': { description: 'CSV', headers: openDataHeaders, mediaType: 'text/csv', schema: z.string() },
    ...openDataResponses,
  },
});

/** Both open-data routes. */
export const publicReportOperations = [getPublicScores, getPublicScoresCsv];
