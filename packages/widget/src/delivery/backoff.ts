/** The longest wait between two attempts, unless the server asks for longer. */
export const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * How long to wait before attempt `failures + 1`: 1, 2, 4, 8 … seconds, at
 * most 5 minutes; never less than the server's `Retry-After`.
 *
 * @example
 * backoffDelay(3); // 8000
 * backoffDelay(0, 30_000); // 30000
 */
export const backoffDelay = (failures: number, retryAfterMs = 0): number =>
  Math.max(Math.min(1000 * 2 ** Math.max(0, failures), MAX_BACKOFF_MS), retryAfterMs);

/**
 * A `Retry-After` header (RFC 9110 §10.2.3: seconds or an HTTP date) in
 * milliseconds from `now`; 0 when absent or unreadable.
 *
 * @example
 * parseRetryAfter('120'); // 120000
 */
export const parseRetryAfter = (header: string | null, now = Date.now()): number => {
  if (!header) return 0;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - now);
};
