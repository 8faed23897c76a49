import type { ApiIssue } from '../http/api-error.js';

/**
 * Issues for the query parameters a route does not take, and for those given
 * more than once: a misspelt filter (`departement=permits`) would otherwise
 * widen the answer silently, and a repeated one leaves open which counts.
 *
 * @example
 * unexpectedParameters(new URLSearchParams('from=2026-01-01&colour=red'), ['from', 'to'])
 * // → [{ path: 'colour', message: 'unknown parameter (this route takes from, to)' }]
 */
export function unexpectedParameters(search: URLSearchParams, accepted: readonly string[]): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const seen = new Set<string>();
  for (const key of search.keys()) {
    if (!accepted.includes(key)) {
      issues.push({ path: key, message: `unknown parameter (this route takes ${accepted.join(', ')})` });
    } else if (seen.has(key)) {
      issues.push({ path: key, message: 'given more than once' });
    }
    seen.add(key);
  }
  return issues;
}
