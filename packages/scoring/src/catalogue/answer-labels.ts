// The words of the answer scales (docs/design.md §3), from the locale packs:
// the widget and the hosted form ask with them and the dashboard reports with
// them, so a resident and a manager read the same "Muy de acuerdo".
import type { CatalogueLocale, QuestionType } from './catalogue-schema.js';
import type { AnswerValue } from '../submission/submission-schema.js';
import { answerLabelsOf, type AnswerLabels } from './answer-words.js';
import en from '../../locales/en.json' with { type: 'json' };
import es from '../../locales/es.json' with { type: 'json' };

/** The staff's two languages' answer words, from the `en` and `es` packs. */
export const ANSWER_LABELS: Readonly<Record<CatalogueLocale, AnswerLabels>> = {
  en: answerLabelsOf(en.texts),
  es: answerLabelsOf(es.texts),
};

/**
 * An answer in words.
 *
 * @example
 * answerLabel('agree5', 5, 'es') // → 'Muy de acuerdo'
 * answerLabel('yesno', null, 'en') // → 'Not sure'
 */
export function answerLabel(type: QuestionType, value: AnswerValue, locale: CatalogueLocale): string {
  const labels = ANSWER_LABELS[locale];
  if (type === 'yesno') return value === 'yes' ? labels.yes : value === 'no' ? labels.no : labels.notSure;
  return typeof value === 'number' ? (labels.agree[value - 1] ?? String(value)) : labels.notApplicable;
}
