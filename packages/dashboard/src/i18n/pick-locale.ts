import type { CatalogueLocale as Locale } from '@mv-feedback/scoring';

/**
 * The language to show: the one asked for in the URL, else the nearest `lang`
 * of the page, else the browser's; English unless one of them is Spanish.
 *
 * @example
 * pickLocale(undefined, 'es-MX', 'en-US') // → 'es'
 */
export function pickLocale(
  fromUrl: Locale | undefined,
  pageLang: string | null,
  browserLang: string | undefined,
): Locale {
  if (fromUrl) return fromUrl;
  for (const lang of [pageLang, browserLang]) {
    if (lang) return lang.toLowerCase().startsWith('es') ? 'es' : 'en';
  }
  return 'en';
}
