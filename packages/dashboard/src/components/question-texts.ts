import type { Locale, Survey } from '@mv-feedback/scoring';

/**
 * What residents were asked for one standard: the texts of the questions
 * that count towards it, in survey order, each once.
 *
 * @example
 * questionTexts(surveys, 'asking-and-listening', 'en') // → ['Staff listened to what I needed.']
 */
export function questionTexts(surveys: readonly Survey[], standard: string, locale: Locale): string[] {
  const texts = surveys.flatMap((survey) =>
    survey.questions.filter((q) => q.standards.some((w) => w.standard === standard)).map((q) => q.text[locale]),
  );
  return [...new Set(texts)];
}
