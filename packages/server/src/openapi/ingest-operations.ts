// The public writes (responses, impressions) and the staff's invitations,
// each declared once: the ingest and invitation routes register their handlers
// from these (see publicJsonPost), and the OpenAPI document is generated from them.
import {
  ImpressionShapeSchema,
  InvitationsRequestSchema,
  InvitationsResultSchema,
  StoredSchema,
  SubmissionShapeSchema,
} from '@mv-feedback/scoring';
import { z } from 'zod';
import { declareRoute } from './api-route.js';
import {
  bodyTimeout,
  errorResponse,
  header,
  jsonResponse,
  originRefused,
  ref,
  unsupportedBody,
} from './openapi-parts.js';

/** The CORS preflight of a public JSON write, answered for every origin. */
const preflight = (path: string, operationId: string) =>
  declareRoute({
    method: 'options',
    path,
    operationId,
    summary:
      'CORS preflight, answered for every origin: a page whose origin is not allowed then reads the 403 of its POST instead of a network error',
    access: 'public',
    headers: z.object({ Origin: z.string(), 'Access-Control-Request-Method': z.literal('POST') }),
    responses: {
      '204': {
        description: 'The page may POST JSON; `Retry-After` is exposed to it',
        headers: { 'Access-Control-Allow-Origin': header('AccessControlAllowOrigin') },
      },
      '400': errorResponse('Two Host headers (`duplicate_host`)'),
    },
  });

/** The refusals every public write shares (see publicJsonPost): its body's size limit and rate differ. */
const publicWriteRefusals = (tooLarge: string, rateLimited: string) => ({
  '403': originRefused,
  '405': ref('MethodNotAllowed'),
  '408': bodyTimeout,
  '413': errorResponse(tooLarge),
  '415': unsupportedBody,
  '429': errorResponse(rateLimited, { 'Retry-After': header('RetryAfter') }),
  '503': ref('StorageUnavailable'),
});

export const submitResponse = declareRoute({
  method: 'post',
  path: '/api/v1/responses',
  operationId: 'submitResponse',
  summary: 'Store one survey response (idempotent on its id)',
  access: 'public',
  // Checked by the hot parser, then against the survey (docs/design.md §5): documented, not a middleware.
  body: { schema: SubmissionShapeSchema, required: true },
  responses: {
    '201': jsonResponse('Stored and durably committed', StoredSchema),
    '200': jsonResponse('The same id and content again: already stored', StoredSchema),
    '400': errorResponse(
      'Malformed JSON (`malformed_json`), not UTF-8 (`invalid_utf8`), a submission the survey refuses (`invalid_submission`, with `issues`), an `invitation` whose token does not verify or is for another survey (`invalid_invitation`), or two Host headers (`duplicate_host`)',
    ),
    '409': errorResponse(
      'The id was stored with other content (`id_conflict`), or another response answered this invitation already (`invitation_used`)',
    ),
    '410': errorResponse('The invitation is past its expiry (`invitation_expired`)'),
    ...publicWriteRefusals(
      'Body over 16 KiB (`body_too_large`)',
      'Too many submissions from this client (`rate_limited`)',
    ),
  },
});

export const preflightResponse = preflight('/api/v1/responses', 'preflightResponse');

export const countImpression = declareRoute({
  method: 'post',
  path: '/api/v1/impressions',
  operationId: 'countImpression',
  summary:
    'Count one showing of a survey, for the response rate: per day, survey, department and channel, with no identifier',
  access: 'public',
  body: { schema: ImpressionShapeSchema, required: true },
  responses: {
    '204': { description: 'Counted and durably committed' },
    '400': errorResponse(
      'Malformed JSON (`malformed_json`), not UTF-8 (`invalid_utf8`), a field beyond `survey` and `context.department`/`context.channel` or an unknown survey (`invalid_impression`, with `issues`), or two Host headers (`duplicate_host`)',
    ),
    ...publicWriteRefusals(
      'Body over 1 KiB (`body_too_large`)',
      'Too many impressions from this client (`rate_limited`), counted apart from responses',
    ),
  },
});

export const preflightImpression = preflight('/api/v1/impressions', 'preflightImpression');

export const createInvitations = declareRoute({
  method: 'post',
  path: '/api/v1/invitations',
  operationId: 'createInvitations',
  summary:
    'Single-use invitation links, one per interaction (at most 1,000), each carrying an HMAC-SHA-256 token that binds survey, department, channel, interaction and expiry; a response naming it is stored verified',
  access: 'staff',
  scope: { admin: 'Making invitations needs an admin token.' },
  body: { schema: InvitationsRequestSchema, required: true },
  responses: {
    '201': jsonResponse('The invitations, in the order of `interactions`', InvitationsResultSchema),
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
});

/** Every write: the public ones with their preflights, and the invitations. */
export const ingestOperations = [
  submitResponse,
  preflightResponse,
  countImpression,
  preflightImpression,
  createInvitations,
];
