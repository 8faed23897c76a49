import type { Submission } from '@mv-feedback/scoring';
import { parseRetryAfter } from './backoff.js';
import { noticeForPageOwner } from './owner-notice.js';

/** What one attempt to deliver a submission came to. */
export type SendOutcome =
  | { kind: 'stored'; id: string }
  /** Refused for good: showing it is all that is left to do. */
  | { kind: 'final'; status: number; code: string; message: string }
  /** Worth trying again; `status` 0 means no answer from the network. */
  | { kind: 'retry'; status: number; retryAfterMs: number };

// RFC 9110: 408 (timeout), 425 (too early) and 429 (too many) ask the client
// to come back later; every other 4xx will fail the same way again.
const RETRYABLE_4XX = [408, 425, 429];

/** How long one attempt may take before it counts as a network failure. */
const ATTEMPT_TIMEOUT_MS = 20_000;

/**
 * POSTs one submission to `{endpoint}/api/v1/responses` and sorts the answer:
 * 2xx stored, 5xx or no answer retry, 4xx final except 408, 425 and 429 (a
 * refusal the page's owner can fix is also explained in the console). No
 * cookies go with it. The server's idempotency on `id` makes a retry safe.
 *
 * @example
 * const outcome = await sendSubmission('https://feedback.example.gov', submission);
 * if (outcome.kind === 'retry') setTimeout(again, backoffDelay(1, outcome.retryAfterMs));
 */
export async function sendSubmission(
  endpoint: string,
  submission: Submission,
  fetchFn: typeof fetch = globalThis.fetch,
): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetchFn(`${endpoint}/api/v1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission),
      credentials: 'omit',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
  } catch {
    return { kind: 'retry', status: 0, retryAfterMs: 0 };
  }
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: 'stored', id: submission.id };
  if (status >= 500 || RETRYABLE_4XX.includes(status)) {
    return { kind: 'retry', status, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) };
  }
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const code = body?.error?.code ?? String(status);
  noticeForPageOwner(endpoint, code);
  return { kind: 'final', status, code, message: body?.error?.message ?? response.statusText };
}
