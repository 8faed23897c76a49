import { html, nothing, type LitElement } from 'lit';
import type { Locale } from '@mv-feedback/scoring';
import { say } from '../i18n/in-locale.js';
import { fill, type UiStrings } from '../i18n/strings.js';
import { emptyDraft, type FollowUpDraft, type FollowUpProblem, type FollowUpRequest } from './follow-up-draft.js';
import type * as FollowUpFormModule from './follow-up-form.js';

const MESSAGE = { contact: 'needContact', email: 'badEmail', phone: 'badPhone' } as const;
/** The field to fix first for each problem. */
const FIELD = { contact: '#f-email', email: '#f-email', phone: '#f-phone' } as const;

/** Days a closed request's contact details are kept when the server does not say: its default (docs/design.md §12). */
export const DEFAULT_RETENTION_DAYS = 90;

type FollowUpForm = typeof FollowUpFormModule;

/**
 * What Send gets: the request (none when not asked for, or when the fields
 * could not be fetched), what to fix and where to go, or a promise to try
 * again once the fields have arrived.
 */
export type FollowUpCheck = { request?: FollowUpRequest } | { alert: string; focus: string } | { wait: Promise<void> };

/**
 * The resident's "contact me" choice (docs/design.md §12). The checkbox is
 * in the bundle, so the survey does not move when the rest comes; its fields,
 * their checks and styles are a chunk beside it, fetched once the resident
 * starts answering a survey that offers the choice. If that chunk cannot be fetched, ticking the box says
 * so, and the answers go without contact details.
 */
export class FollowUpChoice {
  private _draft?: FollowUpDraft | undefined;
  private _problems: FollowUpProblem[] = [];
  private _form?: FollowUpForm | undefined;
  private _loading?: Promise<void> | undefined;
  private _failed = false;

  constructor(
    private readonly _host: LitElement,
    private readonly _locale: () => Locale,
  ) {}

  /** Asked for, and the fields are here to ask: only then do the answers go with contact details. */
  get wanted(): boolean {
    return !!this._draft?.wanted && !!this._form;
  }

  /** Fetches the fields, once; again after a failure only when `retry`. Their stylesheet joins the element's. */
  load(retry = false): Promise<void> {
    if (this._form || (this._loading && !(retry && this._failed))) return this._loading ?? Promise.resolve();
    this._failed = false;
    this._loading = import('./follow-up-form.js').then(
      (form) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(form.followUpCss);
        const root = this._host.renderRoot as ShadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this._form = form;
        this._host.requestUpdate();
      },
      () => {
        this._failed = true;
        this._host.requestUpdate();
      },
    );
    return this._loading;
  }

  private _edit(change: Partial<FollowUpDraft>): void {
    this._draft = { ...(this._draft ?? emptyDraft(this._locale())), ...change };
    if (change.wanted) void this.load(true);
    this._host.requestUpdate();
  }

  /**
   * The checkbox and, once ticked, the fields with the consent text saying
   * the city's `retentionDays`; or, when they could not be fetched, that the
   * answers can still be sent. Unticked it is one line, so the survey stays
   * short on a phone.
   */
  render(s: UiStrings, retentionDays: number) {
    const draft = this._draft ?? emptyDraft(this._locale());
    const failed = draft.wanted && !this._form && this._failed;
    const fields = draft.wanted && this._form;
    return html`<label class="choice contact-choice" part="choice"
        ><input
          type="checkbox"
          aria-describedby=${fields || failed ? 'f-p' : nothing}
          .checked=${draft.wanted}
          @change=${(e: Event) => this._edit({ wanted: (e.target as HTMLInputElement).checked })}
        /><span>${say(s, s.contactAsk)}</span></label
      >
      ${
        fields
          ? fields.followUpFieldset(
              { html, nothing },
              {
                s,
                say: (text) => say(s, text),
                privacy: say(s, s.contactPrivacy, (text) => fill(text, { days: retentionDays }, s.locale)),
                draft,
                problems: this._problems,
                edit: (change) => this._edit(change),
              },
            )
          : failed
            ? html`<p role="alert" id="f-p" part="contact-failed">${say(s, s.contactUnavailable)}</p>`
            : nothing
      }`;
  }

  /** Checks the fields at Send; their problems show beside them until the next Send. */
  check(s: UiStrings): FollowUpCheck {
    if (!this._draft?.wanted) return {};
    if (!this._form) return this._failed ? {} : { wait: this.load() };
    const { request, problems } = this._form.checkFollowUp(this._draft);
    this._problems = problems;
    this._host.requestUpdate();
    if (request) return { request };
    return { alert: problems.map((p) => s[MESSAGE[p]]).join(' '), focus: FIELD[problems[0]!] };
  }

  /** Forgets the draft: after it was sent, or for a kiosk's next resident. */
  clear(): void {
    this._draft = undefined;
    this._problems = [];
  }
}
