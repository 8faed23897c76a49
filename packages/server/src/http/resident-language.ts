import type { MiddlewareHandler } from 'hono';
import { languageDetector } from 'hono/language';
import { CATALOGUE_LOCALES, type Locale } from '@mv-feedback/scoring';

/**
 * The language of a page for residents: `?lang=`, else the browser's
 * `Accept-Language`, else English; in `c.var.language`. No cookie: the
 * server keeps nothing of a resident (docs/design.md §8).
 *
 * @example
 * app.use('/r/*', residentLanguage());
 */
export function residentLanguage(
  offered: readonly Locale[] = CATALOGUE_LOCALES,
): MiddlewareHandler<{ Variables: { language: string } }> {
  return languageDetector({
    order: ['querystring', 'header'],
    lookupQueryString: 'lang',
    supportedLanguages: [...offered],
    fallbackLanguage: 'en',
    caches: false,
  });
}
