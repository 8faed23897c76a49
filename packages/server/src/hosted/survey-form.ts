import { html } from 'hono/html';
import { markedEnglish, say } from './in-english.js';
import {
  MAX_COMMENT_LENGTH,
  type AnswerValue,
  type HostedContext,
  type Locale,
  type LocalizedText,
  type Question,
  type Survey,
  surveyTitle,
} from '@mv-feedback/scoring';
import { errorSummary, fieldProblem } from './error-summary.js';
import type { FormProblem } from './form-submission.js';
import type { HostedStrings } from './hosted-strings.js';
import type { Html } from './page-layout.js';
import { followUpFieldset, type FollowUpField, type FollowUpFormFields } from './follow-up-fieldset.js';

/** The name of a question's radio group in the form: apart from the form's own fields whatever the question's id. */
export const answerField = (questionId: string) => `q.${questionId}`;

/** The id of a question's first radio, which the error summary links to (GOV.UK: a radio group's link goes to its first option). */
export const fieldId = (questionId: string) => `q-${questionId}`;

/** The hidden field that carries the rotating questions a page drew, so a refused form asks the same ones again. */
export const ROTATION_FIELD = 'rotation';

/** A question's choices as the form sends them: `1`–`5`, `yes`, `no`, and `` for "does not apply" / "not sure". */
function choices(question: Question, labels: HostedStrings['labels']): [string, string][] {
  return question.type === 'agree5'
    ? [...labels.agree.map((label, i): [string, string] => [String(i + 1), label]), ['', labels.notApplicable]]
    : [
        ['yes', labels.yes],
        ['no', labels.no],
        ['', labels.notSure],
      ];
}

/** A catalogue text in the page's language, or in English marked as such when neither the catalogue nor the pack has it (docs/design.md §14). */
const inLocale = (text: LocalizedText, locale: Locale, s: HostedStrings): Html | string =>
  text[locale] ?? markedEnglish(text.en, s.dir);

const formValue = (value: AnswerValue | undefined) =>
  value === undefined ? undefined : value === null ? '' : String(value);

export interface SurveyFormView {
  survey: Survey;
  locale: Locale;
  /** The hosted words in `locale`. */
  s: HostedStrings;
  /** The languages offered, each named in itself: those a resident may ask to be contacted in. */
  languages?: readonly { locale: Locale; name: string }[] | undefined;
  /** Days a closed request's contact details are kept (MV_FOLLOW_UP_RETENTION_DAYS), said beside "contact me". */
  retentionDays: number;
  /** The questions this display asks (the fixed ones and the drawn rotating ones). */
  questions: readonly Question[];
  /** The response's id, made by the server for this display from its nonce. */
  id: string;
  /** The server-signed nonce the id stands for (see makeFormNonce). */
  nonce: string;
  /** Where the form posts: the survey's hosted path. */
  action: string;
  context: HostedContext;
  invitation?: string | undefined;
  /** What a refused form held, shown again. */
  answers?: Readonly<Record<string, AnswerValue>>;
  comment?: string | undefined;
  /** Why the form was refused, in the resident's language, with the field each is about. */
  problems?: readonly FormProblem[];
  /** "Contact me" as a refused form held it, and its fields to fix. */
  followUp?: FollowUpFormFields | undefined;
  followUpProblems?: Partial<Record<FollowUpField, string>> | undefined;
}

/**
 * The survey as a plain HTML form, for a browser without JavaScript (docs/design.md
 * §9): a fieldset and legend per question with native radios (WCAG
 * 2.2 1.3.1), the comment box, the response's id and context as hidden
 * fields, "contact me" when a department can answer (docs/design.md §12),
 * posted to the survey's hosted path. `novalidate`: a field to fix is named
 * by the server in the page's language, not by the browser in its own.
 *
 * @example
 * surveyForm({ survey, locale: 'es', questions: askedQuestions(survey, drawRotation(survey)), id, nonce, action: '/r/quick?send', context: {}, retentionDays: 90 })
 */
export function surveyForm(view: SurveyFormView): Html {
  const { survey, locale, s } = view;
  const hidden: [string, string | undefined][] = [
    ['id', view.id],
    ['nonce', view.nonce],
    ['lang', locale],
    ['department', view.context.department],
    ['channel', view.context.channel],
    ['interaction', view.context.interaction],
    ['invitation', view.invitation],
    [
      ROTATION_FIELD,
      view.questions
        .filter((q) => survey.rotate?.from.includes(q.id))
        .map((q) => q.id)
        .join(','),
    ],
  ];
  const problems = view.problems ?? [];
  const offersFollowUp = view.context.department !== undefined;
  const linked = view.context.interaction || view.invitation;
  const trust = offersFollowUp ? (linked ? s.trustLinkedOffer : s.trustOffer) : linked ? s.trustLinked : s.trust;
  return html`<form class="survey-form" method="post" action="${view.action}" aria-labelledby="survey-title" novalidate>
    ${problems.length > 0 ? errorSummary(problems, s) : ''}
    <h2 id="survey-title"${survey.title[locale] ? '' : html` lang="en"`}>${surveyTitle(survey, view.context.channel, locale)}</h2>
    <p class="muted">${say(s, s.intro)}</p>
    <p class="muted">${say(s, trust)}</p>
    ${hidden.map(([name, value]) => (value ? html`<input type="hidden" name="${name}" value="${value}" />` : ''))}
    ${view.questions.map((question) => {
      const given = formValue(view.answers?.[question.id]);
      const id = fieldId(question.id);
      const problem = fieldProblem(problems, id, s);
      return html`<fieldset ${problem ? html`aria-describedby="${id}-problem" class="has-problem"` : ''}>
        <legend>${inLocale(question.text, locale, s)}</legend>
        ${problem}
        ${choices(question, s.labels).map(
          ([value, label], i) =>
            html`<label class="choice"
              ><input type="radio" name="${answerField(question.id)}" value="${value}" ${i === 0 ? html`id="${id}"` : ''} ${given === value ? 'checked' : ''} />
              ${say(s, label)}</label
            >`,
        )}
      </fieldset>`;
    })}
    ${
      survey.comment
        ? html`<label class="comment-label" for="comment"
              >${inLocale(survey.comment.text, locale, s)} <span class="muted">${say(s, s.optional)}</span></label
            >
            <p class="muted" id="comment-hint">${say(s, s.privacy)}</p>
            ${fieldProblem(problems, 'comment', s)}
            <textarea
              id="comment"
              name="comment"
              maxlength="${MAX_COMMENT_LENGTH}"
              aria-describedby="comment-hint${problems.some((p) => p.field === 'comment') ? ' comment-problem' : ''}"
            >
${view.comment ?? ''}</textarea
            >`
        : ''
    }
    ${
      offersFollowUp
        ? followUpFieldset({
            locale,
            s,
            languages: view.languages ?? [{ locale, name: s.languageName }],
            given: view.followUp,
            problems: view.followUpProblems,
            retentionDays: view.retentionDays,
          })
        : ''
    }
    <button type="submit">${say(s, s.send)}</button>
  </form>`;
}
