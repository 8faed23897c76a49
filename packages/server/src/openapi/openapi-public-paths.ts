import {
  bodyTimeout,
  errorResponse,
  header,
  jsonResponse,
  originRefused,
  preflight,
  ref,
  unsupportedBody,
} from './openapi-parts.js';

/**
 * The public paths of the OpenAPI document: ingest (responses, impressions,
 * invitations), the definitions and the health check. Checked against the
 * app's routes by openapi-routes.test.ts.
 */
export const publicPaths = {
  '/api/v1/responses': {
    post: {
      operationId: 'submitResponse',
      summary: 'Store one survey response (idempotent on its id)',
      security: [],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Submission' } } },
      },
      responses: {
        '201': jsonResponse('Stored and durably committed', 'Stored'),
        '200': jsonResponse('The same id and content again: already stored', 'Stored'),
        '400': errorResponse(
          'Malformed JSON (`malformed_json`), not UTF-8 (`invalid_utf8`), a submission the survey refuses (`invalid_submission`, with `issues`), an `invitation` whose token does not verify or is for another survey (`invalid_invitation`), or two Host headers (`duplicate_host`)',
        ),
        '403': originRefused,
        '405': ref('MethodNotAllowed'),
        '408': bodyTimeout,
        '409': errorResponse(
          'The id was stored with other content (`id_conflict`), or another response answered this invitation already (`invitation_used`)',
        ),
        '410': errorResponse('The invitation is past its expiry (`invitation_expired`)'),
        '413': errorResponse('Body over 16 KiB (`body_too_large`)'),
        '415': unsupportedBody,
        '429': errorResponse('Too many submissions from this client (`rate_limited`)', {
          'Retry-After': header('RetryAfter'),
        }),
        '503': ref('StorageUnavailable'),
      },
    },
    options: preflight('preflightResponse'),
  },
  '/api/v1/impressions': {
    post: {
      operationId: 'countImpression',
      summary:
        'Count one showing of a survey, for the response rate: per day, survey, department and channel, with no identifier',
      security: [],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Impression' } } },
      },
      responses: {
        '204': { description: 'Counted and durably committed' },
        '400': errorResponse(
          'Malformed JSON (`malformed_json`), not UTF-8 (`invalid_utf8`), a field beyond `survey` and `context.department`/`context.channel` or an unknown survey (`invalid_impression`, with `issues`), or two Host headers (`duplicate_host`)',
        ),
        '403': originRefused,
        '405': ref('MethodNotAllowed'),
        '408': bodyTimeout,
        '413': errorResponse('Body over 1 KiB (`body_too_large`)'),
        '415': unsupportedBody,
        '429': errorResponse('Too many impressions from this client (`rate_limited`), counted apart from responses', {
          'Retry-After': header('RetryAfter'),
        }),
        '503': ref('StorageUnavailable'),
      },
    },
    options: preflight('preflightImpression'),
  },
  '/api/v1/invitations': {
    post: {
      operationId: 'createInvitations',
      summary:
        'Single-use invitation links, one per interaction (at most 1,000), each carrying an HMAC-SHA-256 token that binds survey, department, channel, interaction and expiry; a response naming it is stored verified',
      security: [{ staffToken: [] }],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/InvitationsRequest' } } },
      },
      responses: {
        '201': jsonResponse('The invitations, in the order of `interactions`', 'InvitationsResult'),
        '400': errorResponse(
          'Malformed JSON (`malformed_json`), not UTF-8 (`invalid_utf8`), a request the schema or catalogue refuses (`invalid_request`, with `issues`), or two Host headers (`duplicate_host`)',
        ),
        '401': ref('Unauthorized'),
        '403': errorResponse(
          'Not an admin token, or a department-scoped one inviting for another department (`forbidden`)',
        ),
        '405': ref('MethodNotAllowed'),
        '408': bodyTimeout,
        '413': errorResponse('Body over 256 KiB (`body_too_large`)'),
        '415': unsupportedBody,
        '503': ref('StorageUnavailable'),
      },
    },
  },
  '/api/v1/surveys': {
    get: {
      operationId: 'listSurveys',
      summary: "The configured catalogue's surveys (id and title in English and Spanish), in catalogue order",
      security: [],
      responses: {
        '200': jsonResponse('The surveys', 'SurveyList', { ETag: header('ETag') }),
        '304': ref('NotModified'),
        '405': ref('MethodNotAllowed'),
      },
    },
  },
  '/api/v1/surveys/{id}': {
    get: {
      operationId: 'getSurvey',
      summary:
        'A survey definition, its texts in the offered languages (MV_LOCALES) a page asks for, and those languages',
      security: [],
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        {
          name: 'lang',
          in: 'query',
          required: false,
          description:
            'The languages wanted beside English, comma-separated (e.g. `vi,es`); those not offered are left out. Without it, every offered language.',
          schema: { type: 'string' },
        },
      ],
      responses: {
        '200': jsonResponse('The survey', 'Survey', { ETag: header('ETag') }),
        '304': ref('NotModified'),
        '400': errorResponse('A language that is not known (`invalid_query`)'),
        '404': errorResponse('Unknown survey (`unknown_survey`)'),
        '405': ref('MethodNotAllowed'),
      },
    },
  },
  '/api/v1/standards': {
    get: {
      operationId: 'listStandards',
      summary: 'The customer-care standards',
      security: [],
      responses: {
        '200': jsonResponse('The standards', 'Standards', { ETag: header('ETag') }),
        '304': ref('NotModified'),
        '405': ref('MethodNotAllowed'),
      },
    },
  },
  '/api/v1/departments': {
    get: {
      operationId: 'listDepartments',
      summary: "The configured catalogue's departments (id and title in English and Spanish), in catalogue order",
      security: [],
      responses: {
        '200': jsonResponse('The departments', 'DepartmentList', { ETag: header('ETag') }),
        '304': ref('NotModified'),
        '405': ref('MethodNotAllowed'),
      },
    },
  },
  '/healthz': {
    get: {
      operationId: 'getHealth',
      summary: 'Whether the database answers the health reads within 2 s and is not known to be corrupt',
      security: [],
      responses: {
        '200': jsonResponse('Healthy', 'Health'),
        '405': ref('MethodNotAllowed'),
        '503': ref('StorageUnavailable'),
      },
    },
  },
};
