import { html, nothing } from 'lit';
import type { AnswerValue, Locale, Question } from '@mv-feedback/scoring';
import { inLocale, say } from '../i18n/in-locale.js';
import type { UiStrings } from '../i18n/strings.js';

/** The choices of a question, in reading order: value and label. */
const choices = (question: Question, s: UiStrings): Array<[AnswerValue, string]> =>
  question.type === 'agree5'
    ? [
        [1, s.agree1],
        [2, s.agree2],
        [3, s.agree3],
        [4, s.agree4],
        [5, s.agree5],
        [null, s.notApplicable],
      ]
    : [
        ['yes', s.yes],
        ['no', s.no],
        [null, s.notSure],
      ];

/**
 * One question as a native radio group in a fieldset whose legend is the
 * question (WCAG 2.2 1.3.1, 3.3.2), each whole label a target of at least
 * 44 px (2.5.8). Choosing a value only records it.
 *
 * The agreement scale is one row at every width. Where its five words do not
 * fit (a phone: "desacuerdo" alone needs 70 px at 12 px), the stylesheet shows
 * each point's number instead and the words of both ends under the row; each
 * radio keeps its words in its name, with the number it shows (WCAG 2.5.3).
 */
export const questionTemplate = (
  question: Question,
  locale: Locale,
  s: UiStrings,
  value: AnswerValue | undefined,
  choose: (id: string, value: AnswerValue) => void,
) => {
  const scale = question.type === 'agree5';
  return html`<fieldset part="question">
    <legend part="legend">${inLocale(question.text, locale, s.dir)}</legend>
    <div class="choices ${scale ? 'agreement-scale' : ''}">
      ${choices(question, s).map(
        ([v, label], i) =>
          html`${
            // Under the five points, before "Does not apply".
            i === 5
              ? html`<p class="scale-ends" aria-hidden="true"><span>${say(s, s.agree1)}</span><span>${say(s, s.agree5)}</span></p>`
              : nothing
          }<label class="choice" part="choice" data-point=${scale && v ? v : nothing}
              ><input type="radio" name=${question.id} .checked=${value === v} @change=${() => choose(question.id, v)} /><span
                class="words"
                >${say(s, label)}</span
              ></label
            >`,
      )}
    </div>
  </fieldset>`;
};
