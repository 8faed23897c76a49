import {
  auditParameters,
  commentsParameters,
  csvLabelParameters,
  errorResponse,
  header,
  jsonResponse,
  localeParameter,
  ref,
  revealParameter,
  staffParameters,
  staffResponses,
} from './openapi-parts.js';

/**
 * The staff paths of the OpenAPI document: every read behind a staff token,
 * the export and the audit log. Checked against the app's routes by
 * openapi-routes.test.ts.
 */
export const staffPaths = {
  '/api/v1/me': {
    get: {
      operationId: 'getStaffSession',
      summary:
        "The signed-in staff member: name, role, department scope, the city's time zone and the departments with responses",
      security: [{ staffToken: [] }],
      responses: {
        '200': jsonResponse('The session', 'StaffSession'),
        '401': ref('Unauthorized'),
        '405': ref('MethodNotAllowed'),
        '503': ref('StorageUnavailable'),
      },
    },
  },
  '/api/v1/scores': {
    get: {
      operationId: 'getScores',
      summary: 'Score per standard over a range, with the change against the previous period',
      security: [{ staffToken: [] }],
      parameters: [...staffParameters, localeParameter],
      responses: { '200': jsonResponse('Scores', 'ScoresResult'), ...staffResponses },
    },
  },
  '/api/v1/scores/trend': {
    get: {
      operationId: 'getTrend',
      summary: 'A series per standard by ISO week or calendar month',
      security: [{ staffToken: [] }],
      parameters: [
        ...staffParameters,
        { name: 'interval', in: 'query', schema: { type: 'string', enum: ['week', 'month'], default: 'week' } },
      ],
      responses: { '200': jsonResponse('Trend', 'TrendResult'), ...staffResponses },
    },
  },
  '/api/v1/scores/departments': {
    get: {
      operationId: 'getDepartmentComparison',
      summary:
        'Each department against the rest of the city per standard (Benjamini–Hochberg over every cell), and the whole city',
      security: [{ staffToken: [] }],
      parameters: staffParameters.filter((parameter) => parameter.name !== 'department'),
      responses: {
        '200': jsonResponse('The comparison', 'DepartmentsResult'),
        ...staffResponses,
        '403': errorResponse('A department-scoped token: the comparison shows every department (`forbidden`)'),
      },
    },
  },
  '/api/v1/scores/languages': {
    get: {
      operationId: 'getLanguageComparison',
      summary:
        'Each response language against the responses in every other language, per standard (the same test and Benjamini–Hochberg as the department comparison), and all responses',
      security: [{ staffToken: [] }],
      parameters: staffParameters,
      responses: {
        '200': jsonResponse('The comparison', 'LanguagesResult'),
        ...staffResponses,
        '403': errorResponse('A department-scoped token: the comparison speaks for every department (`forbidden`)'),
      },
    },
  },
  '/api/v1/comments': {
    get: {
      operationId: 'listComments',
      summary:
        'Comments, newest first, paginated, each with its answers and favourable flags per standard; optional text search, standard and tone',
      security: [{ staffToken: [] }],
      parameters: [...staffParameters, ...commentsParameters, localeParameter, revealParameter],
      responses: {
        '200': jsonResponse('One page of comments, personal data masked unless revealed', 'CommentsPage'),
        ...staffResponses,
        '403': errorResponse('`reveal=true` from a token that is not admin, or a department not the token’s'),
      },
    },
  },
  '/api/v1/export.csv': {
    get: {
      operationId: 'exportResponsesCsv',
      summary:
        'Every response of the range as CSV (RFC 4180, UTF-8 with BOM, formulas neutralised as OWASP advises), streamed',
      security: [{ staffToken: [] }],
      parameters: [...staffParameters, revealParameter, ...csvLabelParameters],
      responses: {
        '200': {
          description:
            'CSV attachment, comments masked unless revealed, a last `verified` column (`true` for a response to an invitation); every export is audited',
          headers: { 'Content-Disposition': header('ContentDisposition') },
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        ...staffResponses,
      },
    },
  },
  '/api/v1/audit': {
    get: {
      operationId: 'listAuditLog',
      summary:
        'The audit log, newest first: token creation and revocation, exports, reveals, backups, restores and purges, with who, what and when (admin tokens only)',
      security: [{ staffToken: [] }],
      parameters: auditParameters,
      responses: {
        '200': jsonResponse('One page of the audit log', 'AuditPage'),
        ...staffResponses,
        '403': errorResponse('A token that is not admin (`forbidden`)'),
      },
    },
  },
};
