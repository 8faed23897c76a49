import { LANGUAGE_ORDER } from '@mv-feedback/scoring';
import type { ApiIssue } from '../http/api-error.js';

/**
 * The `locale` filter of `/scores` and `/comments` (docs/design.md §14): one
 * language a resident may answer in, or none; anything else adds an issue.
 * Any known language, not only those offered now: a city that stops offering
 * one still reads the answers given in it.
 *
 * @example
 * localeFilter('vi', issues) // → 'vi'
 */
export function localeFilter(raw: string | undefined, issues: ApiIssue[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (LANGUAGE_ORDER.includes(raw)) return raw;
  issues.push({ path: 'locale', message: `must be one of ${LANGUAGE_ORDER.join(', ')}` });
  return undefined;
}
