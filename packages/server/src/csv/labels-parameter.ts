import type { Context } from 'hono';
import type { CatalogueLocale as Locale } from '@mv-feedback/scoring';
import type { StaffEnv } from '../auth/staff-auth.js';
import { apiError } from '../http/api-error.js';

/**
 * Reads `labels=1` and `lang=en|es`: the export's header in words, in that
 * language (English by default). Returns the language, `undefined` for the
 * ids header, or the 400 answer.
 *
 * @example
 * const labels = labelsParameter(c);
 * if (labels instanceof Response) return labels;
 */
export function labelsParameter(c: Context<StaffEnv>): Locale | undefined | Response {
  const labels = c.req.query('labels') ?? '';
  const lang = c.req.query('lang') ?? '';
  const issues = [];
  if (!['', '0', '1'].includes(labels)) issues.push({ path: 'labels', message: 'must be "1" or "0"' });
  if (!['', 'en', 'es'].includes(lang)) issues.push({ path: 'lang', message: 'must be "en" or "es"' });
  if (issues.length > 0) return apiError(c, 400, 'invalid_filters', 'The query filters are not valid.', issues);
  if (labels !== '1') return undefined;
  return lang === 'es' ? 'es' : 'en';
}
