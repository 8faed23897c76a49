import { PERIOD_KINDS, PUBLIC_CSV_COLUMNS } from '@mv-feedback/scoring';
import { errorResponse, header, jsonResponse, ref } from './openapi-parts.js';

/** The query of both open-data routes. */
const publicParameters = [
  {
    name: 'period',
    in: 'query',
    description:
      'Fiscal quarters (labelled `FY2027-Q1`, the year named by the one it ends in) or calendar months (`2026-07`).',
    schema: { type: 'string', enum: [...PERIOD_KINDS], default: 'quarter' },
  },
  {
    name: 'from',
    in: 'query',
    description:
      'First day (YYYY-MM-DD); every period overlapping from–to is given whole. Default: 8 quarters or 12 months back.',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'to',
    in: 'query',
    description: 'Last day (YYYY-MM-DD); a period is given only once it has ended. Default: yesterday.',
    schema: { type: 'string', format: 'date' },
  },
];

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

/**
 * The open-data paths of the OpenAPI document.
 *
 * @example
 * paths: { ...publicReportPaths }
 */
export const publicReportPaths = {
  '/api/v1/public/scores': {
    get: {
      operationId: 'getPublicScores',
      summary: 'Published scores per period, department and standard (JSON)',
      description,
      security: [],
      parameters: publicParameters,
      responses: {
        '200': jsonResponse('The published scores', 'PublicScores', openDataHeaders),
        ...openDataResponses,
      },
    },
  },
  '/api/v1/public/scores.csv': {
    get: {
      operationId: 'getPublicScoresCsv',
      summary: 'The same published scores as CSV, one row per period × department × standard',
      description: `${description} Columns, in order: ${PUBLIC_CSV_COLUMNS.join(', ')} (RFC 4180, CRLF, no BOM; a withheld figure is an empty field; \`suppressed\` is true or false).`,
      security: [],
      parameters: publicParameters,
      responses: {
        '200': {
          description: 'CSV',
          headers: openDataHeaders,
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        ...openDataResponses,
      },
    },
  },
};
