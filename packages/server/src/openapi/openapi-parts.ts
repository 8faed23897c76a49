import { ApiErrorSchema } from '@mv-feedback/scoring';
import type { z } from 'zod';
import type { ApiAnswer, ApiHeader, SharedAnswer } from './api-route.js';

/** The headers the answers name, once each. */
export const headers = {
  RetryAfter: {
    description: 'Seconds to wait before sending the same request again.',
    schema: { type: 'string', pattern: '^[1-9][0-9]*$' },
  },
  WWWAuthenticate: {
    description: 'The Bearer challenge of RFC 6750, with `error="invalid_token"` when a token was sent.',
    schema: { type: 'string' },
  },
  ETag: {
    description: 'A validator of the body: send it back in `If-None-Match` to get 304 while it is unchanged.',
    schema: { type: 'string' },
  },
  ContentDisposition: {
    description: 'A download: `attachment; filename="mv-feedback-FROM-to-TO[-department-channel-survey].csv"`.',
    schema: { type: 'string' },
  },
  Allow: { description: 'The methods the path takes, e.g. `OPTIONS, POST`.', schema: { type: 'string' } },
  AccessControlAllowOrigin: {
    description: 'The `Origin` of the request, so the page can read the answer.',
    schema: { type: 'string' },
  },
} as const;

export const header = (name: keyof typeof headers): ApiHeader => ({ $ref: `#/components/headers/${name}` });

/** A JSON answer whose body the zod schema describes. */
export const jsonResponse = (
  description: string,
  schema: z.ZodType,
  withHeaders: Record<string, ApiHeader> = {},
): ApiAnswer => ({ description, schema, headers: withHeaders });

/** A refusal: `{"error": {"code", "message", "issues"?}}`. */
export const errorResponse = (description: string, withHeaders: Record<string, ApiHeader> = {}): ApiAnswer =>
  jsonResponse(description, ApiErrorSchema, withHeaders);

/** Answers many operations share, named once. */
export const responses = {
  NotModified: { description: '`If-None-Match` matched the ETag: no body.', headers: { ETag: header('ETag') } },
  MethodNotAllowed: errorResponse('The path does not take this method (`method_not_allowed`).', {
    Allow: header('Allow'),
  }),
  StorageUnavailable: errorResponse(
    'The database did not answer in time, is busy, closed, unreachable or corrupt (`storage_unavailable`).',
    { 'Retry-After': header('RetryAfter') },
  ),
  BadFilters: errorResponse(
    'Invalid filters (`invalid_filters`): a bad day or one outside 2000–2099, `from` after `to`, an unknown survey, a range over 3,660 days, a parameter the route does not take or one given twice; or two Host headers (`duplicate_host`).',
  ),
  Unauthorized: errorResponse('No staff token, or a wrong or revoked one (`unauthorized`).', {
    'WWW-Authenticate': header('WWWAuthenticate'),
  }),
  Forbidden: errorResponse('A department-scoped token asked for another department (`forbidden`).'),
} satisfies Record<string, ApiAnswer>;

export const ref = (name: keyof typeof responses): SharedAnswer => ({ $ref: `#/components/responses/${name}` });

/** The refusals every staff read may give. */
export const staffResponses = {
  '400': ref('BadFilters'),
  '401': ref('Unauthorized'),
  '403': ref('Forbidden'),
  '405': ref('MethodNotAllowed'),
  '503': ref('StorageUnavailable'),
};

/** The refusals the public JSON writes share (see publicJsonPost). */
export const originRefused = errorResponse(
  "The page's origin is not in MV_ALLOWED_ORIGINS (`origin_not_allowed`); readable by the page, as the preflight succeeded",
  { 'Access-Control-Allow-Origin': header('AccessControlAllowOrigin') },
);
export const bodyTimeout = errorResponse(
  'The body did not all arrive within 10 s (`body_timeout`); the connection is closed',
);
export const unsupportedBody = errorResponse(
  'Content-Type is not application/json in UTF-8 (`unsupported_media_type`), or Content-Encoding is not identity (`unsupported_content_encoding`)',
);
