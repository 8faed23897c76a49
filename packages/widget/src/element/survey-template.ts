import { html, nothing } from 'lit';
import type { AnswerValue, Locale, Survey } from '@mv-feedback/scoring';
import { fill, type UiStrings } from '../i18n/strings.js';
import { surveyPages } from '../survey/survey-pages.js';
import { questionTemplate } from './question-template.js';
import { followUpFields, type FollowUpFieldsView } from '../follow-up/follow-up-fields.js';

export const MAX_COMMENT = 2000;

/** What the survey card shows, and what the resident's actions call. */
export interface SurveyView {
  survey: Survey | undefined;
  locale: Locale;
  s: UiStrings;
  page: number;
  answers: Readonly<Record<string, AnswerValue>>;
  comment: string;
  /** Questions and buttons show while answering; after that, only the status. */
  answering: boolean;
  sending: boolean;
  alert: string;
  status: string;
  /** The line under the title: anonymous, or with the case number the page sent. */
  about: string;
  helpHref: string | undefined;
  /** "Contact me", when this survey offers it: a department's, and not a kiosk's (docs/design.md §12). */
  followUp: FollowUpFieldsView | undefined;
  choose(this: void, id: string, value: AnswerValue): void;
  write(comment: string): void;
  turn(step: number): void;
  send(survey: Survey): void;
}

/**
 * The inside of the survey card: heading, who reads the answers (with the
 * help link for a resident who needs a reply), one page of questions, the comment
 * box and "contact me" on the last page, the live regions for errors and status (always in the
 * DOM, so what is put in them is announced: WCAG 4.1.3), and the buttons.
 */
export function surveyTemplate(v: SurveyView) {
  const { survey, s, locale } = v;
  if (!survey) return html`<p role="alert" part="error">${s.unavailable}</p>`;
  const pages = surveyPages(survey.questions);
  const page = Math.min(v.page, pages.length - 1);
  const last = page === pages.length - 1;
  const count = (n: number) => n.toLocaleString(locale);
  const comment =
    last && survey.comment
      ? html`<label class="comment-label" for="c">${survey.comment.text[locale]} <span class="muted">${s.optional}</span></label>
          <p class="muted" id="ch">${s.privacy}</p>
          <textarea
            id="c"
            part="comment"
            maxlength=${MAX_COMMENT}
            aria-describedby="ch cc"
            .value=${v.comment}
            @input=${(e: Event) => v.write((e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p class="muted" id="cc">${fill(s.count, { n: count(v.comment.length), max: count(MAX_COMMENT) })}</p>`
      : nothing;
  const followUp = last && v.followUp ? followUpFields(v.followUp) : nothing;
  return html`<h2 id="t" part="title">${survey.title[locale]}</h2>
    ${
      v.answering || v.helpHref
        ? html`<p class="muted">
            ${v.answering ? v.about : nothing}
            ${v.helpHref ? html`<a part="help" href=${v.helpHref}>${s.help}</a>` : nothing}
          </p>`
        : nothing
    }
    ${
      v.answering
        ? html`${
            pages.length > 1
              ? html`<p part="progress" tabindex="-1">${fill(s.progress, { page: page + 1, pages: pages.length })}</p>`
              : nothing
          }
          ${pages[page]!.map((q) => questionTemplate(q, locale, s, v.answers[q.id], v.choose))} ${comment} ${followUp}`
        : nothing
    }
    <div role="alert" part="error">${v.alert}</div>
    <div role="status" part="status" tabindex="-1">${v.status}</div>
    ${
      v.answering
        ? html`<div class="actions">
          ${page > 0 ? html`<button class="secondary" part="button" @click=${() => v.turn(-1)}>${s.back}</button>` : nothing}
          ${
            last
              ? html`<button part="button send" aria-disabled=${v.sending} @click=${() => v.send(survey)}>${s.send}</button>`
              : html`<button part="button" @click=${() => v.turn(1)}>${s.next}</button>`
          }
        </div>`
        : nothing
    }`;
}
