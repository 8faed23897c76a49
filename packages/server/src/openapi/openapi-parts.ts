import { CHANNELS, COMMENT_TONES, SLUG_PATTERN } from '@mv-feedback/scoring';

const slug = { type: 'string', pattern: SLUG_PATTERN.source };

/** The filters of every staff query (SPEC section 5). */
export const staffParameters = [
  {
    name: 'from',
    in: 'query',
    description: 'First day (city time zone); default 29 days before `to`.',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'to',
    in: 'query',
    description: 'Last day, included; default today.',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'department',
    in: 'query',
    description: "A department-scoped token's own department when absent.",
    schema: slug,
  },
  { name: 'channel', in: 'query', schema: { type: 'string', enum: [...CHANNELS] } },
  { name: 'survey', in: 'query', schema: slug },
];

export const commentsParameters = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
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

/** A JSON response whose body is a named component schema. */
export const jsonResponse = (description: string, schema: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

export const errorResponse = (description: string) => jsonResponse(description, 'ApiError');

export const staffResponses = {
  '400': errorResponse('Invalid filters (bad date, from after to, unknown survey)'),
  '401': errorResponse('No staff token, or a wrong or revoked one'),
  '403': errorResponse('A department-scoped token asked for another department'),
};
