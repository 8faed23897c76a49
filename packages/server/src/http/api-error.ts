import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field problem, as `{"path": "answers.listened", "message": "..."}`. */
export interface ApiIssue {
  path: string;
  message: string;
}

/**
 * The error body of every failure (docs/design.md §5):
 * `{"error": {"code", "message", "issues"?}}`.
 *
 * @example
 * return apiError(c, 415, 'unsupported_media_type', 'send the body as application/json');
 */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: readonly ApiIssue[],
): Response {
  return c.json({ error: { code, message, ...(issues ? { issues } : {}) } }, status);
}
