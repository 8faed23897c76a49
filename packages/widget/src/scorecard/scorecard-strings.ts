// The few words <mv-scorecard> says itself; the standards' and departments'
// titles come with the open data in both languages.
import type { CatalogueLocale as Locale } from '@mv-feedback/scoring';

export interface ScorecardStrings {
  caption: string;
  standard: string;
  agreed: string;
  answers: string;
  between: string;
  fewAnswers: string;
  protects: string;
  noAnswers: string;
  loading: string;
  failed: string;
  nothing: string;
}

export const SCORECARD_STRINGS: Record<Locale, ScorecardStrings> = {
  en: {
    caption: '{group}, {period}: share of residents who agreed',
    standard: 'Standard',
    agreed: 'Agreed (95 % interval)',
    answers: 'Answers',
    between: 'likely between {low} % and {high} %',
    fewAnswers: 'Not shown: fewer than {minN} answers',
    protects: 'Not shown, so that a smaller group’s answers cannot be worked out',
    noAnswers: 'No answers',
    loading: 'Loading the results…',
    failed: 'The results could not be loaded.',
    nothing: 'No results published yet.',
  },
  es: {
    caption: '{group}, {period}: proporción de residentes que estuvieron de acuerdo',
    standard: 'Norma',
    agreed: 'De acuerdo (intervalo del 95 %)',
    answers: 'Respuestas',
    between: 'probablemente entre {low} % y {high} %',
    fewAnswers: 'No se muestra: menos de {minN} respuestas',
    protects: 'No se muestra, para que no se puedan deducir las respuestas de un grupo más pequeño',
    noAnswers: 'Sin respuestas',
    loading: 'Cargando los resultados…',
    failed: 'No se pudieron cargar los resultados.',
    nothing: 'Todavía no hay resultados publicados.',
  },
};

/** A text with its `{name}` places filled. */
export const fillIn = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
