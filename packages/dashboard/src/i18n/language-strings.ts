// The words of the language filter and the languages view's link
// (docs/design.md §14), in the staff's two languages; the grid's own words load
// with it (languages-table-strings.ts).
import type { CatalogueLocale as Locale } from '@mv-feedback/scoring';
import { languageName } from '@mv-feedback/scoring/browser';

const en = {
  viewLanguages: 'Compare languages',
  responseLanguage: 'Language of the response',
  allLanguages: 'All languages',
  /** Under a language filter: what is not split by language. */
  notByLanguage: 'The trend, the response rate and the download cover every language.',
};

export type LanguageStrings = typeof en;

const es: LanguageStrings = {
  viewLanguages: 'Comparar idiomas',
  responseLanguage: 'Idioma de la respuesta',
  allLanguages: 'Todos los idiomas',
  notByLanguage: 'La tendencia, la tasa de respuesta y la descarga abarcan todos los idiomas.',
};

/**
 * The language filter's words in the staff's language.
 *
 * @example
 * languageStringsFor('es').viewLanguages // → 'Comparar idiomas'
 */
export function languageStringsFor(locale: Locale): LanguageStrings {
  return locale === 'es' ? es : en;
}

/**
 * A response language named for staff, and in itself when that differs
 * ("Vietnamese" and "Tiếng Việt"; "Spanish" and "Español", but "español" once).
 *
 * @example
 * responseLanguage('vi', 'es') // → { name: 'vietnamita', native: 'Tiếng Việt' }
 */
export function responseLanguage(locale: string, staff: Locale): { name: string; native: string | null } {
  const { name, native } = languageName(locale, staff);
  return { name, native: native.toLocaleLowerCase() === name.toLocaleLowerCase() ? null : native };
}
