import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import type { Locale } from '@mv-feedback/scoring';
import { MAX_FOLLOW_UP_NAME_LENGTH } from '@mv-feedback/scoring/browser';
import type { UiStrings } from '../i18n/strings.js';
import type { FollowUpDraft, FollowUpProblem } from './follow-up-draft.js';

/**
 * Lit's template tag and `nothing`, given by the element: this chunk imports
 * nothing from the bundle, which may export nothing (build/only-with-a-document.mjs).
 * Lit renders templates of any copy of it alike.
 */
export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}

/**
 * The languages a reply may come in, each named in itself: the page's, whose
 * name its pack gives (docs/design.md §14), and English and Spanish, which
 * every city answers in.
 */
const replyLanguages = (s: UiStrings): [Locale, string][] => [
  [s.locale, s.languageName],
  ...(
    [
      ['en', 'English'],
      ['es', 'Español'],
    ] as [Locale, string][]
  ).filter(([l]) => l !== s.locale),
];

export interface FollowUpFieldsView {
  s: UiStrings;
  /** One of `s`'s texts, marked `lang="en"` when the language's pack lacked it (the bundle's `say`). */
  say(this: void, text: string): TemplateResult | string;
  /** Who sees the details and when they are deleted: `contactPrivacy` with the city's own days filled in, marked as `say` marks. */
  privacy: TemplateResult | string;
  draft: FollowUpDraft;
  problems: readonly FollowUpProblem[];
  edit(this: void, change: Partial<FollowUpDraft>): void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** One text field with its label and, when it must be fixed, its message, tied to it by aria-describedby (WCAG 3.3.1). */
function field(
  { html, nothing }: Lit,
  v: FollowUpFieldsView,
  key: 'name' | 'email' | 'phone',
  label: TemplateResult | string,
  type: string,
  problem: string | undefined,
  hint = '',
) {
  const id = `f-${key}`;
  const described = [problem && `${id}-e`, hint].filter(Boolean).join(' ');
  return html`<label class="field-label" for=${id}>${label}</label>
    <input
      id=${id}
      class="text"
      part="contact-field"
      type=${type}
      autocomplete=${key === 'phone' ? 'tel' : key}
      maxlength=${key === 'name' ? MAX_FOLLOW_UP_NAME_LENGTH : key === 'phone' ? 40 : 254}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      .value=${v.draft[key]}
      @input=${(e: Event) => v.edit({ [key]: value(e) })}
    />
    ${problem ? html`<p class="field-error" id="${id}-e">${v.say(problem)}</p>` : nothing}`;
}

/**
 * The fields of "contact me" (docs/design.md §12), once its checkbox is
 * ticked: in a fieldset whose legend names them (WCAG 1.3.1), who sees the
 * details and when they are deleted, then the fields.
 */
export function followUpFieldset(lit: Lit, v: FollowUpFieldsView) {
  const { html, nothing } = lit;
  const { s, say, problems } = v;
  const problem = (p: FollowUpProblem) =>
    problems.includes(p) ? s[p === 'contact' ? 'needContact' : p === 'email' ? 'badEmail' : 'badPhone'] : undefined;
  const contact = problem('contact');
  const hint = contact ? 'f-h f-c' : 'f-h';
  return html`<fieldset part="question follow-up">
    <legend part="legend">${say(s.contactTitle)}</legend>
    <p class="muted" id="f-p">${v.privacy}</p>
    ${field(lit, v, 'name', html`${say(s.contactName)} ${say(s.optional)}`, 'text', undefined)}
    <p class="muted" id="f-h">${say(s.contactHint)}</p>
    ${contact ? html`<p class="field-error" id="f-c">${say(contact)}</p>` : nothing}
    ${field(lit, v, 'email', say(s.contactEmail), 'email', problem('email'), hint)}
    ${field(lit, v, 'phone', say(s.contactPhone), 'tel', problem('phone'), hint)}
    <label class="field-label" for="f-language">${say(s.contactLanguage)}</label>
    <select
      id="f-language"
      class="text"
      part="contact-field"
      @change=${(e: Event) => v.edit({ language: value(e) as Locale })}
    >
      ${replyLanguages(s).map(
        ([locale, name]) =>
          html`<option value=${locale} lang=${locale} ?selected=${v.draft.language === locale}>${name}</option>`,
      )}
    </select>
  </fieldset>`;
}
