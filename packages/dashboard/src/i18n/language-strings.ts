// The words of the languages view and the language filter (docs/design.md §14),
// in the staff's two languages, beside strings.ts so each table stays one job.
import type { Locale } from '@mv-feedback/scoring';
import { languageName } from '@mv-feedback/scoring/browser';

const en = {
  viewLanguages: 'Compare languages',
  languagesHeading: 'Compare languages',
  languagesIntro:
    'Are residents who answer in another language served as well as the rest? Each language is compared with the responses in every other language.',
  languagesCaption:
    'Share of favourable answers per standard and language the residents answered in, with the 95% interval and the number of responses. Each language is compared with the responses in the other languages.',
  languagesTable: 'Table of languages compared, scrolls sideways',
  colAllResponses: 'All responses',
  aboveOthers: 'above the other languages',
  belowOthers: 'below the other languages',
  languagesEmpty: 'No responses in this period.',
  responseLanguage: 'Language of the response',
  allLanguages: 'All languages',
  /** Under a language filter: what is not split by language. */
  notByLanguage: 'The trend, the response rate and the download cover every language.',
};

export type LanguageStrings = typeof en;

const es: LanguageStrings = {
  viewLanguages: 'Comparar idiomas',
  languagesHeading: 'Comparar idiomas',
  languagesIntro:
    '¿Se atiende igual de bien a quienes responden en otro idioma? Cada idioma se compara con las respuestas en todos los demás.',
  languagesCaption:
    'Porcentaje de respuestas favorables por estándar y por idioma en que respondieron los residentes, con el intervalo del 95 % y el número de respuestas. Cada idioma se compara con las respuestas en los demás idiomas.',
  languagesTable: 'Tabla de idiomas comparados, se desplaza a los lados',
  colAllResponses: 'Todas las respuestas',
  aboveOthers: 'por encima de los demás idiomas',
  belowOthers: 'por debajo de los demás idiomas',
  languagesEmpty: 'No hay respuestas en este período.',
  responseLanguage: 'Idioma de la respuesta',
  allLanguages: 'Todos los idiomas',
  notByLanguage: 'La tendencia, la tasa de respuesta y la descarga abarcan todos los idiomas.',
};

/**
 * The languages view's words in the staff's language.
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
