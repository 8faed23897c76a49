import { MAX_FOLLOW_UPS_LIMIT, DEFAULT_FOLLOW_UPS_LIMIT } from '../follow-ups/follow-up-parameters.js';
import { errorResponse, jsonResponse, ref } from './openapi-parts.js';

const day = { type: 'string', format: 'date' };
const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' };

const periodParameters = (defaults: string) => [
  {
    name: 'from',
    in: 'query',
    description: `First day the request was made on (city time zone); ${defaults}.`,
    schema: day,
  },
  { name: 'to', in: 'query', description: 'Last day, included.', schema: day },
  {
    name: 'department',
    in: 'query',
    description: "A department-scoped token's own department when absent; another department is `403`.",
    schema: slug,
  },
];

const contactParameter = {
  name: 'contact',
  in: 'query',
  description:
    "The resident's contact details (`contact`, otherwise null) and the comment unmasked. Each such read is written to the audit log.",
  schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
};

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const refusals = {
  '401': ref('Unauthorized'),
  '403': errorResponse('A viewer token, or a department-scoped token asking for another department (`forbidden`).'),
  '405': ref('MethodNotAllowed'),
  '503': ref('StorageUnavailable'),
};

const action = (operationId: string, summary: string) => ({
  post: {
    operationId,
    summary,
    security: [{ staffToken: [] }],
    parameters: [idParameter],
    requestBody: {
      required: false,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/FollowUpAction' } } },
    },
    responses: {
      '200': jsonResponse('The follow-up after the change', 'FollowUpItem'),
      '400': errorResponse(
        'A body that is not `{"note"?}` with a note of at most 2,000 characters (`invalid_body`), or not JSON.',
      ),
      '404': errorResponse('No such follow-up, or one of another department (`not_found`).'),
      '409': errorResponse('Already in that state or later (`follow_up_state`).'),
      '413': errorResponse('A body over 16 KB (`body_too_large`).'),
      '415': errorResponse('A body that is not `application/json` (`unsupported_media_type`).'),
      ...refusals,
    },
  },
});

/**
 * The follow-up paths of the OpenAPI document (docs/design.md §12): admin and
 * responder tokens only. Checked against the app's routes by openapi-routes.test.ts.
 */
export const followUpPaths = {
  '/api/v1/follow-ups': {
    get: {
      operationId: 'listFollowUps',
      summary: 'Requests to be contacted, earliest due first, with their state and due time',
      security: [{ staffToken: [] }],
      parameters: [
        {
          name: 'status',
          in: 'query',
          schema: { type: 'string', enum: ['open', 'acknowledged', 'closed', 'all'], default: 'all' },
        },
        ...periodParameters('default every request'),
        {
          name: 'cursor',
          in: 'query',
          description: 'The `nextCursor` of the previous page.',
          schema: { type: 'string' },
        },
        {
          name: 'limit',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: MAX_FOLLOW_UPS_LIMIT, default: DEFAULT_FOLLOW_UPS_LIMIT },
        },
        contactParameter,
      ],
      responses: {
        '200': jsonResponse('One page of follow-ups', 'FollowUpsPage'),
        '400': ref('BadFilters'),
        ...refusals,
      },
    },
  },
  '/api/v1/follow-ups/summary': {
    get: {
      operationId: 'getFollowUpSummary',
      summary:
        'How fast requests made in a period were acknowledged: counts, the on-time rate with its Wilson interval (suppressed under MV_MIN_N) and the median business hours',
      security: [{ staffToken: [] }],
      parameters: periodParameters('default 29 days before `to`, which defaults to today'),
      responses: { '200': jsonResponse('The summary', 'FollowUpSummary'), '400': ref('BadFilters'), ...refusals },
    },
  },
  '/api/v1/follow-ups/{id}': {
    get: {
      operationId: 'getFollowUp',
      summary: 'One request to be contacted',
      security: [{ staffToken: [] }],
      parameters: [idParameter, contactParameter],
      responses: {
        '200': jsonResponse('The follow-up', 'FollowUpItem'),
        '400': ref('BadFilters'),
        '404': errorResponse('No such follow-up, or one of another department (`not_found`).'),
        ...refusals,
      },
    },
  },
  '/api/v1/follow-ups/{id}/acknowledge': action(
    'acknowledgeFollowUp',
    'Acknowledge an open request (audited); `409` when it is acknowledged or closed already',
  ),
  '/api/v1/follow-ups/{id}/close': action(
    'closeFollowUp',
    'Close a request, acknowledging it too when it was not (audited); `409` when it is closed already',
  ),
};
