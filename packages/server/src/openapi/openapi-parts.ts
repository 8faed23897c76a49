import {
  CHANNELS,
  COMMENT_TONES,
  FIRST_QUERY_DAY,
  LANGUAGE_ORDER,
  LAST_QUERY_DAY,
  SLUG_PATTERN,
} from '@mv-feedback/scoring';
import { MAX_AUDIT_LIMIT } from '../audit/audit-log.js';
import { MAX_COMMENTS_LIMIT, MAX_COMMENTS_OFFSET } from '../staff/comments-query.js';

const slug = { type: 'string', pattern: SLUG_PATTERN.source };
const day = {
  type: 'string',
  format: 'date',
  description: `A day from ${FIRST_QUERY_DAY} to ${LAST_QUERY_DAY}.`,
};

/** The filters of every staff query (docs/design.md §5). */
export const staffParameters = [
  {
    name: 'from',
    in: 'query',
    description: 'First day (city time zone); default 29 days before `to`.',
    schema: day,
  },
  { name: 'to', in: 'query', description: 'Last day, included; default today.', schema: day },
  {
    name: 'department',
    in: 'query',
    description: "A department-scoped token's own department when absent.",
    schema: slug,
  },
  { name: 'channel', in: 'query', schema: { type: 'string', enum: [...CHANNELS] } },
  { name: 'survey', in: 'query', schema: slug },
  {
    name: 'verified',
    in: 'query',
    description:
      'Only verified responses: those that answered a single-use invitation (`POST /api/v1/invitations`). Leave it out for every response.',
    schema: { type: 'string', enum: ['true'] },
  },
];

/** `locale`: only the responses given in one language (docs/design.md §14). */
export const localeParameter = {
  name: 'locale',
  in: 'query',
  description:
    'Only responses given in this language (any the widget may offer, offered now or not). On `/scores` the figures are read from the language cube (English: every response less the other languages), and `offered` is 0 and `responseRate` null: an offer has no language.',
  schema: { type: 'string', enum: [...LANGUAGE_ORDER] },
};

export const commentsParameters = [
  {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: MAX_COMMENTS_LIMIT, default: 50 },
  },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, maximum: MAX_COMMENTS_OFFSET, default: 0 } },
  { name: 'q', in: 'query', description: 'Text the comment contains.', schema: { type: 'string', maxLength: 200 } },
  {
    name: 'standard',
    in: 'query',
    description: 'Only comments of responses that count for this standard (an id of the catalogue).',
    schema: slug,
  },
  {
    name: 'tone',
    in: 'query',
    description: 'With `standard`: only responses favourable, or unfavourable, for it.',
    schema: { type: 'string', enum: [...COMMENT_TONES] },
  },
];

/** `reveal=true`: comments as written, for admin tokens only, each such read audited (docs/design.md §15). */
export const revealParameter = {
  name: 'reveal',
  in: 'query',
  description:
    'Comments as written. Without it e-mail addresses, phone numbers and street addresses are shown as `[email]`, `[phone]`, `[address]`. Admin tokens only (`403` otherwise); each such read is audited.',
  schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
};

/** The CSV export's header: column ids by default (for programs), or words for a spreadsheet reader. */
export const csvLabelParameters = [
  {
    name: 'labels',
    in: 'query',
    description:
      '`1`: the header row names each column in words (a question column by its question text, then its id in brackets) instead of the column ids.',
    schema: { type: 'string', enum: ['0', '1'], default: '0' },
  },
  {
    name: 'lang',
    in: 'query',
    description: 'The language of the `labels=1` header.',
    schema: { type: 'string', enum: ['en', 'es'], default: 'en' },
  },
];

export const auditParameters = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_AUDIT_LIMIT, default: 100 } },
  {
    name: 'before',
    in: 'query',
    description: 'Entries older than this id: the `nextBefore` of the previous page.',
    schema: { type: 'integer', minimum: 1 },
  },
];

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

export const header = (name: keyof typeof headers) => ({ $ref: `#/components/headers/${name}` });

/** A JSON response whose body is a named component schema. */
export const jsonResponse = (description: string, schema: string, withHeaders: Record<string, unknown> = {}) => ({
  description,
  ...(Object.keys(withHeaders).length > 0 ? { headers: withHeaders } : {}),
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

export const errorResponse = (description: string, withHeaders: Record<string, unknown> = {}) =>
  jsonResponse(description, 'ApiError', withHeaders);

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
} as const;

export const ref = (name: keyof typeof responses) => ({ $ref: `#/components/responses/${name}` });

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

/** The CORS preflight of a public JSON write, answered for every origin. */
export const preflight = (operationId: string) => ({
  operationId,
  summary:
    'CORS preflight, answered for every origin: a page whose origin is not allowed then reads the 403 of its POST instead of a network error',
  security: [],
  parameters: [
    { name: 'Origin', in: 'header', required: true, schema: { type: 'string' } },
    { name: 'Access-Control-Request-Method', in: 'header', required: true, schema: { const: 'POST' } },
  ],
  responses: {
    '204': {
      description: 'The page may POST JSON; `Retry-After` is exposed to it',
      headers: { 'Access-Control-Allow-Origin': header('AccessControlAllowOrigin') },
    },
    '400': errorResponse('Two Host headers (`duplicate_host`)'),
  },
});
