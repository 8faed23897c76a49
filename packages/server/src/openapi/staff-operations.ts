// The staff reads behind a staff token, the export and the audit log, each
// declared once: staff/staff-routes.ts, csv/export-route.ts and
// audit/audit-route.ts register their handlers from these, and the OpenAPI
// document is generated from them.
import {
  AuditPageSchema,
  CommentsPageSchema,
  DepartmentsResultSchema,
  LanguagesResultSchema,
  ScoreFiltersSchema,
  ScoresResultSchema,
  StaffSessionSchema,
  TrendResultSchema,
} from '@mv-feedback/scoring';
import { z } from 'zod';
import { declareRoute } from './api-route.js';
import { errorResponse, header, jsonResponse, ref, staffResponses } from './openapi-parts.js';
import {
  AuditQuerySchema,
  CommentsQuerySchema,
  ComparisonQuerySchema,
  ExportQuerySchema,
  ScoresQuerySchema,
  TrendQuerySchema,
} from './staff-query-schemas.js';

const staff = { access: 'staff', method: 'get' } as const;

export const getStaffSession = declareRoute({
  ...staff,
  path: '/api/v1/me',
  operationId: 'getStaffSession',
  summary:
    "The signed-in staff member: name, role, department scope, the city's time zone and the departments with responses",
  responses: {
    '200': jsonResponse('The session', StaffSessionSchema),
    '401': ref('Unauthorized'),
    '405': ref('MethodNotAllowed'),
    '503': ref('StorageUnavailable'),
  },
});

export const getScores = declareRoute({
  ...staff,
  path: '/api/v1/scores',
  operationId: 'getScores',
  summary: 'Score per standard over a range, with the change against the previous period',
  query: ScoresQuerySchema,
  responses: { '200': jsonResponse('Scores', ScoresResultSchema), ...staffResponses },
});

export const getTrend = declareRoute({
  ...staff,
  path: '/api/v1/scores/trend',
  operationId: 'getTrend',
  summary: 'A series per standard by ISO week or calendar month',
  query: TrendQuerySchema,
  responses: { '200': jsonResponse('Trend', TrendResultSchema), ...staffResponses },
});

export const getDepartmentComparison = declareRoute({
  ...staff,
  path: '/api/v1/scores/departments',
  operationId: 'getDepartmentComparison',
  summary:
    'Each department against the rest of the city per standard (Benjamini–Hochberg over every cell), and the whole city',
  scope: { everyDepartment: 'Comparing departments needs a token that may read every department.' },
  query: ComparisonQuerySchema,
  responses: {
    '200': jsonResponse('The comparison', DepartmentsResultSchema),
    ...staffResponses,
    '403': errorResponse('A department-scoped token: the comparison shows every department (`forbidden`)'),
  },
});

export const getLanguageComparison = declareRoute({
  ...staff,
  path: '/api/v1/scores/languages',
  operationId: 'getLanguageComparison',
  summary:
    'Each response language against the responses in every other language, per standard (the same test and Benjamini–Hochberg as the department comparison), and all responses',
  // It speaks for the whole city, as the department comparison does (docs/design.md §14).
  scope: { everyDepartment: 'Comparing languages needs a token that may read every department.' },
  query: ScoreFiltersSchema,
  responses: {
    '200': jsonResponse('The comparison', LanguagesResultSchema),
    ...staffResponses,
    '403': errorResponse('A department-scoped token: the comparison speaks for every department (`forbidden`)'),
  },
});

export const listComments = declareRoute({
  ...staff,
  path: '/api/v1/comments',
  operationId: 'listComments',
  summary:
    'Comments, newest first, paginated, each with its answers and favourable flags per standard; optional text search, standard and tone',
  query: CommentsQuerySchema,
  responses: {
    '200': jsonResponse('One page of comments, personal data masked unless revealed', CommentsPageSchema),
    ...staffResponses,
    '403': errorResponse('`reveal=true` from a token that is not admin, or a department not the token’s'),
  },
});

export const exportResponsesCsv = declareRoute({
  ...staff,
  path: '/api/v1/export.csv',
  operationId: 'exportResponsesCsv',
  summary:
    'Every response of the range as CSV (RFC 4180, UTF-8 with BOM, formulas neutralised as OWASP advises), streamed',
  query: ExportQuerySchema,
  responses: {
    '200': {
      description:
        'CSV attachment, comments masked unless revealed, a last `verified` column (`true` for a response to an invitation); every export is audited',
      headers: { 'Content-Disposition': header('ContentDisposition') },
      mediaType: 'text/csv',
      schema: z.string(),
    },
    ...staffResponses,
  },
});

export const listAuditLog = declareRoute({
  ...staff,
  path: '/api/v1/audit',
  operationId: 'listAuditLog',
  summary:
    'The audit log, newest first: token creation and revocation, exports, reveals, backups, restores and purges, with who, what and when (admin tokens only)',
  scope: { admin: 'The audit log is for admin tokens only.' },
  query: AuditQuerySchema,
  responses: {
    '200': jsonResponse('One page of the audit log', AuditPageSchema),
    ...staffResponses,
    '403': errorResponse('A token that is not admin (`forbidden`)'),
  },
});

/** Every staff read, the export and the audit log. */
export const staffOperations = [
  getStaffSession,
  getScores,
  getTrend,
  getDepartmentComparison,
  getLanguageComparison,
  listComments,
  exportResponsesCsv,
  listAuditLog,
];
