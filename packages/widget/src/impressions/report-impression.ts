import { validContext } from '../survey/build-submission.js';

/**
 * Tells the server that a survey was offered (`POST {endpoint}/api/v1/impressions`,
 * answered 204): the survey and the context that passes the rules, nothing
 * that tells one resident from another, no cookies. A failure is ignored: an
 * impression is not an answer, so it is never queued or retried.
 *
 * @example
 * reportImpression('https://feedback.example.gov', 'quick', 'permits', 'web');
 */
export function reportImpression(
  endpoint: string,
  survey: string,
  department?: string | null,
  channel?: string | null,
  fetchFn: typeof fetch = globalThis.fetch,
): void {
  fetchFn(`${endpoint}/api/v1/impressions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ survey, context: validContext(department, channel) }),
    credentials: 'omit',
  }).catch(() => undefined);
}
