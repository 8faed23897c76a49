import type { ApiError } from '@mv-feedback/scoring';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorIssue = NonNullable<ApiError['error']['issues']>[number];

/**
 * The JSON error body of SPEC section 5, with `issues` when fields were wrong.
 *
 * @example
 * return apiError(c, 400, 'invalid_filters', 'The filters are not valid.', [{ path: 'from', message: 'bad date' }]);
 */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: ErrorIssue[],
): Response {
  const body: ApiError = { error: issues ? { code, message, issues } : { code, message } };
  return c.json(body, status);
}
