import { html, nothing } from 'lit';
import type { AnswerValue, Locale, Survey } from '@mv-feedback/scoring';
import { inLocale, say } from '../i18n/in-locale.js';
import { surveyTitle } from '@mv-feedback/scoring/browser';
import { fill, type UiStrings } from '../i18n/strings.js';
import { surveyPages } from '../survey/survey-pages.js';
import { questionTemplate } from './question-template.js';

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
  /** The channel the answers are about, which may give the survey its own title. */
  channel: string | undefined;
  /** The comment box shows (always, outside a kiosk). */
  commentOpen: boolean;
  /** Kiosk: seconds until the thank-you clears; 0 when it does not count down. */
  clearsIn: number;
  /** Kiosk: the seconds the thank-you showed at first, said once with it (a polite status, not every second). */
  clearsFrom: number;
  openComment(): void;
  /** "Contact me" as FollowUpChoice renders it, when this survey offers it: a department's, and not a kiosk's (docs/design.md §12). */
  followUp: unknown;
  choose(this: void, id: string, value: AnswerValue): void;
  write(comment: string): void;
  turn(step: number): void;
  send(survey: Survey): void;
}

/**
 * The inside of the survey card: heading, how long it takes and who reads
 * the answers (with the help link for a resident who needs a reply), one page
 * of questions, the comment box (in a kiosk, once tapped) and "contact me" on
 * the last page, the live regions for errors and status (always in the DOM, so
 * what is put in them is announced: WCAG 4.1.3), a kiosk's countdown, and the
 * buttons. After sending, the help link comes after the thank-you it follows from.
 */
export function surveyTemplate(v: SurveyView) {
  const { survey, s, locale } = v;
  if (!survey) return html`<p role="alert" part="error">${say(s, s.unavailable)}</p>`;
  const pages = surveyPages(survey.questions);
  const page = Math.min(v.page, pages.length - 1);
  const last = page === pages.length - 1;
  const count = (n: number) => n.toLocaleString(locale);
  const help = v.helpHref ? html`<a part="help" href=${v.helpHref}>${say(s, s.help)}</a>` : nothing;
  const comment =
    last && survey.comment && v.commentOpen
      ? html`<label class="comment-label" for="c">${inLocale(survey.comment.text, locale, s.dir)} <span class="muted">${say(s, s.optional)}</span></label>
          <p class="muted" id="ch">${say(s, s.privacy)}</p>
          <textarea
            id="c"
            part="comment"
            maxlength=${MAX_COMMENT}
            aria-describedby="ch cc"
            .value=${v.comment}
            @input=${(e: Event) => v.write((e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p class="muted" id="cc">${say(s, s.count, (t) => fill(t, { n: count(v.comment.length), max: count(MAX_COMMENT) }))}</p>`
      : nothing;
  const followUp = last && v.followUp ? v.followUp : nothing;
  // A survey with no text in the language reads English, marked so (docs/design.md §14).
  const titleLang = survey.title[locale] ? nothing : 'en';
  return html`<h2 id="t" part="title" lang=${titleLang}>${surveyTitle(survey, v.channel, locale)}</h2>
    ${v.answering ? html`<p class="muted">${say(s, s.duration)} ${say(s, v.about)} ${help}</p>` : nothing}
    ${
      v.answering
        ? html`${
            pages.length > 1
              ? html`<p part="progress" tabindex="-1">${say(s, s.progress, (t) => fill(t, { page: page + 1, pages: pages.length }, locale))}</p>`
              : nothing
          }
          <div class="questions">${pages[page]!.map((q) => questionTemplate(q, locale, s, v.answers[q.id], v.choose))}</div>
          ${comment} ${followUp}`
        : nothing
    }
    <div role="alert" part="error">${say(s, v.alert)}</div>
    <div role="status" part="status" tabindex="-1">${say(s, v.status)}${v.status && v.clearsFrom > 0 ? html`<span class="vh"> ${say(s, s.clears, (t) => fill(t, { n: count(v.clearsFrom) }))}</span>` : nothing}</div>
    ${
      // Seen every second, heard once (with the status above): WCAG 4.1.3 without a chatty live region.
      v.clearsIn > 0
        ? html`<p class="countdown" part="countdown" aria-hidden="true">${say(s, s.clears, (t) => fill(t, { n: count(v.clearsIn) }))}</p>`
        : nothing
    }
    ${!v.answering && v.helpHref ? html`<p class="muted">${help}</p>` : nothing}
    ${
      v.answering
        ? html`<div class="actions">
          ${page > 0 ? html`<button class="secondary" part="button" @click=${() => v.turn(-1)}>${say(s, s.back)}</button>` : nothing}
          ${
            last && survey.comment && !v.commentOpen
              ? html`<button class="secondary" part="button" aria-expanded="false" @click=${() => v.openComment()}>
                  ${say(s, s.addComment)}
                </button>`
              : nothing
          }
          ${
            last
              ? html`<button part="button send" aria-disabled=${v.sending} @click=${() => v.send(survey)}>${say(s, s.send)}</button>`
              : html`<button part="button" @click=${() => v.turn(1)}>${say(s, s.next)}</button>`
          }
        </div>`
        : nothing
    }`;
}
