import { html } from 'lit';
import type { AnswerValue, Locale, Question } from '@mv-feedback/scoring';
import type { UiStrings } from '../i18n/strings.js';

/** The choices of a question, in reading order: value and label. */
const choices = (question: Question, s: UiStrings): Array<[AnswerValue, string]> =>
  question.type === 'agree5'
    ? [...s.agree.map((label, i): [AnswerValue, string] => [i + 1, label]), [null, s.notApplicable]]
    : [
        ['yes', s.yes],
        ['no', s.no],
        [null, s.notSure],
      ];

/**
 * One question as a native radio group in a fieldset whose legend is the
 * question (WCAG 2.2 1.3.1, 3.3.2): every label visible, each whole label a
 * target of at least 44 px (2.5.8). Choosing a value only records it.
 */
export const questionTemplate = (
  question: Question,
  locale: Locale,
  s: UiStrings,
  value: AnswerValue | undefined,
  choose: (id: string, value: AnswerValue) => void,
) => html`<fieldset part="question">
  <legend part="legend">${question.text[locale]}</legend>
  <div class="choices ${question.type === 'agree5' ? 'agreement-scale' : ''}">
    ${choices(question, s).map(
      ([v, label]) =>
        html`<label class="choice" part="choice"
          ><input type="radio" name=${question.id} .checked=${value === v} @change=${() => choose(question.id, v)} />${label}</label
        >`,
    )}
  </div>
</fieldset>`;
