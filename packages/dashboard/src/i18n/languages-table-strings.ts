// The languages grid's words (docs/design.md §14), in the chunk that draws it.
import type { Locale } from '@mv-feedback/scoring';

const en = {
  intro:
    'Are residents who answer in another language served as well as the rest? Each language is compared with the responses in every other language.',
  caption:
    'Share of favourable answers per standard and language the residents answered in, with the 95% interval and the number of responses.',
  table: 'Table of languages compared, scrolls sideways',
  allResponses: 'All responses',
  above: 'above the other languages',
  below: 'below the other languages',
  empty: 'No responses in this period.',
};

export type LanguagesTableStrings = typeof en;

const es: LanguagesTableStrings = {
  intro:
    '¿Se atiende igual de bien a quienes responden en otro idioma? Cada idioma se compara con las respuestas en todos los demás.',
  caption:
    'Porcentaje de respuestas favorables por estándar y por idioma de la respuesta, con el intervalo del 95 % y el número de respuestas.',
  table: 'Tabla de idiomas comparados, se desplaza a los lados',
  allResponses: 'Todas las respuestas',
  above: 'por encima de los demás idiomas',
  below: 'por debajo de los demás idiomas',
  empty: 'No hay respuestas en este período.',
};

export const languagesTableStrings = (locale: Locale): LanguagesTableStrings => (locale === 'es' ? es : en);
