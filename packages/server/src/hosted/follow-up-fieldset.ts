import { html } from 'hono/html';
import { MAX_FOLLOW_UP_NAME_LENGTH, type Locale } from '@mv-feedback/scoring';
import type { HostedStrings } from './hosted-strings.js';
import { say } from './in-english.js';
import type { Html } from './page-layout.js';

/** What the resident gave for "contact me", as the form posts it and shows it again. */
export interface FollowUpFormFields {
  wanted: boolean;
  name: string;
  email: string;
  phone: string;
  language: Locale;
}

/** The field a refused follow-up is about, to show its message beside it. */
export type FollowUpField = 'contact' | 'name' | 'email' | 'phone';

/** The form's field names, apart from the survey's `q.` answers and its own fields. */
export const FOLLOW_UP_FIELDS = {
  wanted: 'follow-up',
  name: 'follow-up-name',
  email: 'follow-up-email',
  phone: 'follow-up-phone',
  language: 'follow-up-language',
} as const;

export interface FollowUpFieldsetView {
  locale: Locale;
  /** The hosted words in `locale`. */
  s: HostedStrings;
  /** The languages a resident may be contacted in: those offered, each named in itself. */
  languages: readonly { locale: Locale; name: string }[];
  given?: FollowUpFormFields | undefined;
  /** Each field to fix, with its message. */
  problems?: Partial<Record<FollowUpField, string>>;
  /** Days a closed request's contact details are kept (MV_FOLLOW_UP_RETENTION_DAYS, docs/design.md §12). */
  retentionDays: number;
}

/**
 * "Contact me" in the plain form (docs/design.md §12): without JavaScript
 * nothing can be revealed, so the checkbox and the fields are all shown,
 * in a fieldset whose legend names them (WCAG 1.3.1); a refused field says
 * why beside it, tied by aria-describedby (3.3.1), with autocomplete (1.3.5).
 */
export function followUpFieldset(view: FollowUpFieldsetView): Html {
  const s = view.s.followUp;
  // Each text marked as English where the pack lacked it (in-english.ts).
  const t = (text: string, fill?: (text: string) => string) => say(view.s, text, fill);
  const optional = t(view.s.optional);
  const given = view.given;
  const problems = view.problems ?? {};
  const error = (field: FollowUpField) =>
    problems[field] ? html`<p class="field-error" id="follow-up-${field}-error">${t(problems[field])}</p>` : '';
  const described = (field: FollowUpField, hint = '') =>
    [hint, problems.contact && hint ? 'follow-up-contact-error' : '', problems[field] ? `follow-up-${field}-error` : '']
      .filter(Boolean)
      .join(' ');
  const input = (field: 'name' | 'email' | 'phone', label: Html | string, type: string, hint = '') => {
    const describedBy = described(field, hint);
    return html`<label class="field-label" for="follow-up-${field}">${label}</label>
      <input
        class="text"
        id="follow-up-${field}"
        name="${FOLLOW_UP_FIELDS[field]}"
        type="${type}"
        autocomplete="${field === 'phone' ? 'tel' : field}"
        maxlength="${field === 'name' ? MAX_FOLLOW_UP_NAME_LENGTH : field === 'phone' ? 40 : 254}"
        value="${given?.[field] ?? ''}"
        ${problems[field] ? html`aria-invalid="true"` : ''}
        ${describedBy ? html`aria-describedby="${describedBy}"` : ''}
      />
      ${error(field)}`;
  };
  const language = given?.language ?? view.locale;
  return html`<fieldset class="follow-up">
    <legend>${t(s.title)} <span class="muted">${optional}</span></legend>
    <label class="choice"
      ><input
        type="checkbox"
        name="${FOLLOW_UP_FIELDS.wanted}"
        value="yes"
        aria-describedby="follow-up-privacy"
        ${given?.wanted ? 'checked' : ''}
      />
      ${t(s.ask)}</label
    >
    <p class="muted" id="follow-up-privacy">
      ${t(s.privacy, (text) => text.replace('{days}', String(view.retentionDays)))}
    </p>
    ${input('name', html`${t(s.name)} ${optional}`, 'text')}
    <p class="muted" id="follow-up-hint">${t(s.hint)}</p>
    ${error('contact')} ${input('email', t(s.email), 'email', 'follow-up-hint')}
    ${input('phone', t(s.phone), 'tel', 'follow-up-hint')}
    <label class="field-label" for="follow-up-language">${t(s.language)}</label>
    <select class="text" id="follow-up-language" name="${FOLLOW_UP_FIELDS.language}">
      ${view.languages.map(
        ({ locale, name }) =>
          html`<option value="${locale}" lang="${locale}" ${locale === language ? 'selected' : ''}>${name}</option>`,
      )}
    </select>
  </fieldset>`;
}
