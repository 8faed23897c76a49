// The follow-up API (docs/design.md §12), admin and responder tokens only,
// each route declared once: follow-ups/follow-up-routes.ts registers its
// handlers from these, and the OpenAPI document is generated from them.
import {
  FOLLOW_UP_STATUSES,
  FollowUpActionSchema,
  FollowUpItemSchema,
  FollowUpsPageSchema,
  FollowUpSummarySchema,
  IsoDateSchema,
  SLUG_PATTERN,
} from '@mv-feedback/scoring';
import { z } from 'zod';
import { DEFAULT_FOLLOW_UPS_LIMIT, MAX_FOLLOW_UPS_LIMIT } from '../follow-ups/follow-up-parameters.js';
import { declareRoute, type ApiRoute } from './api-route.js';
import { errorResponse, jsonResponse, ref } from './openapi-parts.js';

const scope = { responder: 'Follow-ups are for admin and responder tokens only.' };

// In the order a refusal lists the parameters a route takes.
const period = (defaults: string) =>
  z.object({
    department: z
      .string()
      .regex(SLUG_PATTERN)
      .optional()
      .describe("A department-scoped token's own department when absent; another department is `403`."),
    from: IsoDateSchema.optional().describe(`First day the request was made on (city time zone); ${defaults}.`),
    to: IsoDateSchema.optional().describe('Last day, included.'),
  });

const contact = z
  .enum(['true', 'false'])
  .default('false')
  .describe(
    "The resident's contact details (`contact`, otherwise null) and the comment unmasked. Each such read is written to the audit log.",
  );

const params = z.object({ id: z.string() });

const refusals = {
  '401': ref('Unauthorized'),
  '403': errorResponse('A viewer token, or a department-scoped token asking for another department (`forbidden`).'),
  '405': ref('MethodNotAllowed'),
  '503': ref('StorageUnavailable'),
};

const notFound = errorResponse('No such follow-up, or one of another department (`not_found`).');

export const listFollowUps = declareRoute({
  method: 'get',
  path: '/api/v1/follow-ups',
  operationId: 'listFollowUps',
  summary: 'Requests to be contacted, earliest due first, with their state and due time',
  access: 'staff',
  scope,
  query: z.object({
    status: z.enum([...FOLLOW_UP_STATUSES, 'all']).default('all'),
    ...period('default every request').shape,
    cursor: z.string().optional().describe('The `nextCursor` of the previous page.'),
    limit: z.number().int().min(1).max(MAX_FOLLOW_UPS_LIMIT).default(DEFAULT_FOLLOW_UPS_LIMIT),
    contact,
  }),
  responses: {
    '200': jsonResponse('One page of follow-ups', FollowUpsPageSchema),
    '400': ref('BadFilters'),
    ...refusals,
  },
});

export const getFollowUpSummary = declareRoute({
  method: 'get',
  path: '/api/v1/follow-ups/summary',
  operationId: 'getFollowUpSummary',
  summary:
    'How fast requests made in a period were acknowledged: counts, the on-time rate with its Wilson interval (suppressed under MV_MIN_N) and the median business hours',
  access: 'staff',
  scope,
  query: period('default 29 days before `to`, which defaults to today'),
  responses: { '200': jsonResponse('The summary', FollowUpSummarySchema), '400': ref('BadFilters'), ...refusals },
});

export const getFollowUp = declareRoute({
  method: 'get',
  path: '/api/v1/follow-ups/:id',
  operationId: 'getFollowUp',
  summary: 'One request to be contacted',
  access: 'staff',
  scope,
  params,
  query: z.object({ contact }),
  responses: {
    '200': jsonResponse('The follow-up', FollowUpItemSchema),
    '400': ref('BadFilters'),
    '404': notFound,
    ...refusals,
  },
});

const action = (path: string, operationId: string, summary: string): ApiRoute =>
  declareRoute({
    method: 'post',
    path,
    operationId,
    summary,
    access: 'staff',
    scope,
    params,
    body: { schema: FollowUpActionSchema, required: false },
    responses: {
      '200': jsonResponse('The follow-up after the change', FollowUpItemSchema),
      '400': errorResponse(
        'A body that is not `{"note"?}` with a note of at most 2,000 characters (`invalid_body`), or not JSON.',
      ),
      '404': notFound,
      '409': errorResponse('Already in that state or later (`follow_up_state`).'),
      '413': errorResponse('A body over 16 KB (`body_too_large`).'),
      '415': errorResponse('A body that is not `application/json` (`unsupported_media_type`).'),
      ...refusals,
    },
  });

export const acknowledgeFollowUp = action(
  '/api/v1/follow-ups/:id/acknowledge',
  'acknowledgeFollowUp',
  'Acknowledge an open request (audited); `409` when it is acknowledged or closed already',
);

export const closeFollowUp = action(
  '/api/v1/follow-ups/:id/close',
  'closeFollowUp',
  'Close a request, acknowledging it too when it was not (audited); `409` when it is closed already',
);

/** Every follow-up route. */
export const followUpOperations = [listFollowUps, getFollowUpSummary, getFollowUp, acknowledgeFollowUp, closeFollowUp];
