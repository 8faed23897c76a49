import { textIn, type Catalogue, type CatalogueLocale as Locale } from '@mv-feedback/scoring';

/** The fixed columns' names for a person reading the export in a spreadsheet. */
const FIXED_LABELS: Record<Locale, Record<string, string>> = {
  en: {
    id: 'Response id',
    receivedAt: 'Received at (UTC)',
    survey: 'Survey',
    locale: 'Language',
    department: 'Department',
    channel: 'Channel',
    interaction: 'Interaction id',
    comment: 'Comment',
    verified: 'Verified (answered an invitation)',
  },
  es: {
    id: 'Id de la respuesta',
    receivedAt: 'Recibida (UTC)',
    survey: 'Encuesta',
    locale: 'Idioma',
    department: 'Departamento',
    channel: 'Canal',
    interaction: 'Id de la interacción',
    comment: 'Comentario',
    verified: 'Verificada (respondió a una invitación)',
  },
};

/**
 * The header row in words: each fixed column named, each question column by
 * its question's text (with its id, so two surveys asking alike stay apart).
 * The ids stay the default header, for programs (docs/http-api.md).
 *
 * @example
 * labelledHeader(['id', 'listened'], catalogue, 'en') // → ['Response id', 'Did staff listen to you? (listened)']
 */
export function labelledHeader(ids: readonly string[], catalogue: Catalogue, locale: Locale): string[] {
  const texts = new Map<string, string>();
  for (const survey of catalogue.surveys)
    for (const question of survey.questions)
      if (!texts.has(question.id)) texts.set(question.id, textIn(question.text, locale));
  return ids.map((id) => FIXED_LABELS[locale][id] ?? (texts.has(id) ? `${texts.get(id)} (${id})` : id));
}
