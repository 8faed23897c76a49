import { LOCALES, LocaleSchema, type Locale } from '@mv-feedback/scoring';
import type { ApiIssue } from '../http/api-error.js';

/**
 * The `locale` filter of `/scores` and `/comments` (docs/design.md §14): one
 * offered locale, or none; anything else adds an issue.
 *
 * @example
 * localeFilter('vi', issues) // → 'vi'
 */
export function localeFilter(raw: string | undefined, issues: ApiIssue[]): Locale | undefined {
  if (raw === undefined || raw === '') return undefined;
  const parsed = LocaleSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  issues.push({ path: 'locale', message: `must be one of ${LOCALES.join(', ')}` });
  return undefined;
}
