import type { CatalogueLocale as Locale, Survey } from '@mv-feedback/scoring';
import { textIn } from '@mv-feedback/scoring/browser';

/**
 * What residents were asked for one standard: the texts of the questions
 * that count towards it, in survey order, each once.
 *
 * @example
 * questionTexts(surveys, 'asking-and-listening', 'en') // → ['Staff listened to what I needed.']
 */
export function questionTexts(surveys: readonly Survey[], standard: string, locale: Locale): string[] {
  const texts = surveys.flatMap((survey) =>
    survey.questions.filter((q) => q.standards.some((w) => w.standard === standard)).map((q) => textIn(q.text, locale)),
  );
  return [...new Set(texts)];
}
