// The words of the answer scales (docs/design.md §3) in every language: the
// widget asks with them and the dashboard reports with them, so a resident
// and a manager read the same "Muy de acuerdo".
import type { Locale, QuestionType } from './catalogue-schema.js';
import type { AnswerValue } from '../submission/submission-schema.js';

export interface AnswerLabels {
  /** From 1 (strongly disagree) to 5 (strongly agree). */
  agree: readonly [string, string, string, string, string];
  /** `null` on an agreement item. */
  notApplicable: string;
  yes: string;
  no: string;
  /** `null` on a yes/no item. */
  notSure: string;
}

export const ANSWER_LABELS: Readonly<Record<Locale, AnswerLabels>> = {
  en: {
    agree: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    notApplicable: 'Does not apply',
    yes: 'Yes',
    no: 'No',
    notSure: 'Not sure',
  },
  es: {
    agree: ['Muy en desacuerdo', 'En desacuerdo', 'Ni de acuerdo ni en desacuerdo', 'De acuerdo', 'Muy de acuerdo'],
    notApplicable: 'No corresponde',
    yes: 'Sí',
    no: 'No',
    notSure: 'No estoy seguro',
  },
};

/**
 * An answer in words.
 *
 * @example
 * answerLabel('agree5', 5, 'es') // → 'Muy de acuerdo'
 * answerLabel('yesno', null, 'en') // → 'Not sure'
 */
export function answerLabel(type: QuestionType, value: AnswerValue, locale: Locale): string {
  const labels = ANSWER_LABELS[locale];
  if (type === 'yesno') return value === 'yes' ? labels.yes : value === 'no' ? labels.no : labels.notSure;
  return typeof value === 'number' ? (labels.agree[value - 1] ?? String(value)) : labels.notApplicable;
}
