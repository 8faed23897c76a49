import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { AnswerValue, Locale, Survey } from '@mv-feedback/scoring';
import { askedQuestions, drawRotation } from '@mv-feedback/scoring/browser';
import { fill } from '../i18n/strings.js';
import { say } from '../i18n/in-locale.js';
import { outboxFor } from '../delivery/outbox.js';
import type { SendOutcome } from '../delivery/send-submission.js';
import { bundledSurvey, fetchSurvey } from '../survey/survey-source.js';
import { buildSubmission, hasContent, validContext } from '../survey/build-submission.js';
import { DEFAULT_RETENTION_DAYS, FollowUpChoice } from '../follow-up/follow-up-choice.js';
import { surveyTemplate, type SurveyView } from './survey-template.js';
import { newId } from './new-id.js';
import { styles } from './mv-feedback.styles.js';
import type { MvFeedbackErrorDetail, MvFeedbackSentDetail, MvFeedbackSubmitDetail } from './events.js';
import { KioskReset } from './kiosk-reset.js';
import { ImpressionWatch } from './impression-watch.js';
import { PageLanguage } from './page-language.js';
import { DeliveryWatch } from './delivery-watch.js';
import { queuedMessage, refusalMessage } from './delivery-message.js';

/** The short code shown to the resident for a response. */
const reference = (id: string): string => id.slice(0, 8).toUpperCase();

/** Where the resident is: answering, waiting for the first answer, saved for later, or done. */
type Phase = 'form' | 'sending' | 'queued' | 'sent';

/** A boolean attribute that a framework writing `show-reference="false"` turns off, as it means to. */
const flag = (value: string | null): boolean => value !== null && value !== 'false';

/**
 * A short survey about a resident's interaction with city staff, sent to the
 * mv-feedback server exactly once, offline-safe, in English or Spanish.
 * The element keeps the answers and sends them; its language
 * (page-language.ts), the outcomes of its deliveries (delivery-watch.ts), its
 * impression (impression-watch.ts) and a kiosk's reset (kiosk-reset.ts) are
 * reactive controllers beside it, and its look is
 * mv-feedback.styles.ts. Registration as `<mv-feedback>` is in mv-feedback.ts.
 * (Over 300 lines because this header is the element's public API: the
 * attribute, event, part and custom-property tables are generated from it.)
 *
 * @summary Resident feedback survey for city customer-care standards.
 *
 * @attr endpoint - Origin of the mv-feedback server; default: this page's origin.
 * @attr survey - Survey id, `quick` (default) or `full`, or one of the city's own.
 * @attr department - Department slug sent with the answers, e.g. `permits`; with one, the resident may ask to be contacted (not in a kiosk).
 * @attr channel - `in-person`, `phone`, `email`, `web`, `field` or `other`.
 * @attr interaction - An opaque reference to the interaction (at most 100 characters).
 * @attr lang - `en`, `es`, `vi`, `tl`, `ko`, `zh-Hans`, `zh-Hant` or `ar` (right to left), those the server offers; default: the nearest `lang` in the page, then the browser's languages. The widget follows a live change of `lang` on itself or any ancestor.
 * @attr mode - `inline` (default), `button`: a floating button that opens the survey in a dialog, or `kiosk`: a shared tablet at a counter, blank again for each resident: a compact layout with large targets whose Send fits one tablet screen, the comment box behind "Add a comment", and a countdown on the thank-you.
 * @attr reset-after - Kiosk: seconds the thank-you shows before the survey is blank again; default 10.
 * @attr show-reference - Show the response's reference code in the thank-you (never in a kiosk).
 * @attr no-impression - Report no impression (set by the server's hosted survey page, which counts its own).
 * @attr help-href - Link to the city's contact page, shown as "Need an answer? Contact us.".
 *
 * @event {CustomEvent<MvFeedbackSubmitDetail>} mv-feedback-submit - The resident pressed Send; `detail` is `{ submission }`. Cancelable: `preventDefault()` keeps it from being sent.
 * @event {CustomEvent<MvFeedbackSentDetail>} mv-feedback-sent - The server stored it; `detail` is `{ id, reference }` (`reference` is the code `show-reference` shows, given whether shown or not).
 * @event {CustomEvent<MvFeedbackErrorDetail>} mv-feedback-error - An attempt failed; `detail` is `{ id, status, final, code?, message? }`: `final: true` for a 4xx that will not be retried, `status: 0` for no network.
 *
 * @csspart base - The survey card.
 * @csspart title - The survey heading.
 * @csspart progress - "Page 2 of 3" in a long survey.
 * @csspart question - Each question's fieldset.
 * @csspart legend - Each question's text.
 * @csspart choice - Each answer label, radio included.
 * @csspart comment - The comment box.
 * @csspart contact-field - The name, e-mail, phone and language fields of "contact me".
 * @csspart button - The Back, Next, Send and Close buttons.
 * @csspart send - The Send button.
 * @csspart error - The error message (a live region).
 * @csspart status - The status message: sending, saved, thank you (a live region).
 * @csspart help - The help link, under the title.
 * @csspart open-button - The floating button in `mode="button"`.
 * @csspart dialog - The dialog in `mode="button"`.
 *
 * @cssprop --mv-feedback-accent - Buttons, links, selection and focus (light). Default `#005ea2`.
 * @cssprop --mv-feedback-text - Text colour (light). Default `#1b1b1b`.
 * @cssprop --mv-feedback-surface - Card background (light). Default `#fff`.
 * @cssprop --mv-feedback-muted - Secondary text (light). Default `#4a4f55`.
 * @cssprop --mv-feedback-border - Borders (light). Default `#71767a`.
 * @cssprop --mv-feedback-error - Error text (light). Default `#b50909`.
 * @cssprop --mv-feedback-accent-dark - Accent when the reader prefers dark. Default `#8cc4f0`.
 * @cssprop --mv-feedback-text-dark - Text colour, dark. Default `#f1f1f1`.
 * @cssprop --mv-feedback-surface-dark - Card background, dark. Default `#1c1d1f`.
 * @cssprop --mv-feedback-muted-dark - Secondary text, dark. Default `#c5c8cc`.
 * @cssprop --mv-feedback-border-dark - Borders, dark. Default `#a0a5aa`.
 * @cssprop --mv-feedback-error-dark - Error text, dark. Default `#ff9c8f`.
 * @cssprop --mv-feedback-font - Font family. Default `system-ui, sans-serif`.
 * @cssprop --mv-feedback-font-size - Base font size. Default `16px`.
 * @cssprop --mv-feedback-radius - Corner radius. Default `0.5em`.
 * @cssprop --mv-feedback-spacing - Space inside the card and between questions. Default `1em`.
 */
export class MvFeedback extends LitElement {
  static override styles = styles;

  static override properties = {
    endpoint: {},
    survey: {},
    department: {},
    channel: {},
    interaction: {},
    mode: {},
    resetAfter: { attribute: 'reset-after', type: Number },
    showReference: { attribute: 'show-reference', converter: flag },
    noImpression: { attribute: 'no-impression', converter: flag },
    helpHref: { attribute: 'help-href' },
    _survey: { state: true },
    _fetching: { state: true },
    _page: { state: true },
    _answers: { state: true },
    _comment: { state: true },
    _phase: { state: true },
    _alert: { state: true },
    _status: { state: true },
    _commentOpen: { state: true },
  };

  /** Origin of the mv-feedback server; empty for this page's origin. */
  endpoint = '';
  /** Survey id: `quick` (3 questions and 1 rotating, one page), `full` (11, in pages of at most 4 with "Page 2 of 3" and Back), or one of the city's own catalogue. */
  survey = 'quick';
  /** Department slug sent with the answers (`^[a-z0-9][a-z0-9-]{0,63}$`; other values are left out). With one, below the comment, the resident may ask the department to contact them (docs/design.md §12), except in a kiosk. */
  department?: string;
  /** Channel sent with the answers: `in-person`, `phone`, `email`, `web`, `field` or `other`. */
  channel?: string;
  /** Opaque reference to the interaction, at most 100 characters, e.g. a case number; then the line under the title no longer calls the answers anonymous. */
  interaction?: string;
  /** `inline`; `button`: a floating "Rate your visit" button that opens a modal dialog (focus moves in, Escape closes, focus returns to the button) and is gone once its answers are sent; `kiosk` for a shared tablet at a counter: the quick survey and Send on one screen, large targets, the comment box behind "Add a comment", a countdown on the thank-you. */
  mode: 'inline' | 'button' | 'kiosk' = 'inline';
  /** Kiosk: seconds the thank-you shows before the survey is blank for the next resident. */
  resetAfter = 10;
  /** The thank-you adds "Your reference code is 1A2B3C4D."; never in a kiosk, where the next resident would read it. Off by default, since a code on screen suggests the answers can be traced back; `mv-feedback-sent` carries the code either way. */
  showReference = false;
  /** Report no impression: the hosted survey page counts its own. */
  noImpression = false;
  /** The city's contact page, for residents who need help rather than give feedback: linked as "Need an answer? Contact us." after the line under the title. */
  helpHref?: string;

  private readonly _language = new PageLanguage(this, () => this._languageShown());
  private readonly _kiosk = new KioskReset(
    this,
    () => this.mode === 'kiosk',
    () => this._blank(),
  );
  private readonly _contact = new FollowUpChoice(this, () => this._locale);
  private _survey?: Survey | undefined;
  /** Days the server keeps a closed request's contact details (`followUp.retentionDays` of its survey), said in the consent text. */
  private _retentionDays = DEFAULT_RETENTION_DAYS;
  /** The server's survey is on its way: a page in another language than English waits for its texts (docs/design.md §14). */
  private _fetching = false;
  private _page = 0;
  private _answers: Record<string, AnswerValue> = {};
  private _comment = '';
  private _phase: Phase = 'form';
  private _alert = '';
  private _status = '';
  /** Kiosk: the resident tapped "Add a comment". */
  private _commentOpen = false;
  /** The rotating questions drawn for this display. */
  private _drawn: string[] = [];
  private _pending?: string | undefined;
  private readonly _delivery = new DeliveryWatch(
    this,
    () => this.endpointUrl,
    (id, outcome) => this._delivered(id, outcome),
    () => this._showRefusals(),
  );

  constructor() {
    super();
    // It reports by itself; nothing here asks it anything.
    new ImpressionWatch(this);
    // The fields of "contact me" are fetched once the resident starts answering, before anyone
    // ticks it; a visitor who never touches the survey does not download them.
    const startAnswering = () => {
      if (this._survey && this._offersContact) void this._contact.load();
    };
    this.addEventListener('pointerdown', startAnswering);
    this.addEventListener('focusin', startAnswering);
  }

  private get _locale(): Locale {
    return this._language._locale;
  }

  private get _s() {
    return this._language._s;
  }

  /** The server origin in use, without a trailing slash. */
  get endpointUrl(): string {
    return (this.endpoint || location.origin).replace(/\/+$/, '');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') && this.isConnected) this._delivery._listen();
    if (changed.has('survey') || changed.has('endpoint')) void this._loadSurvey();
  }

  /**
   * Shows, once, that answers queued on an earlier visit or in another tab
   * were refused for good (docs/design.md §7: a final 4xx is shown). Sending again
   * clears it. A closed dialog leaves them to a widget in sight, or to its
   * own opening.
   */
  private _showRefusals(): void {
    if (!this._language._ready || (this.mode === 'button' && !this._dialog?.open)) return;
    const text = [
      ...new Set(
        outboxFor(this.endpointUrl)
          .takeRefusals()
          .map(({ status }) => fill(this._s.earlier, { status }, this._locale)),
      ),
    ].join(' ');
    // A kiosk's next resident did not send them.
    if (text && this.mode !== 'kiosk') this._alert = text;
  }

  /** A page that turns to a language whose survey texts were not fetched fetches them. */
  private _languageShown(): void {
    this._showRefusals();
    if (this._survey && !this._fetching && !this._survey.title[this._locale]) void this._loadSurvey();
  }

  private async _loadSurvey(): Promise<void> {
    const id = this.survey;
    this._show(bundledSurvey(id) ?? this._survey);
    this._fetching = true;
    const asked = this._language._asked();
    const fresh = await fetchSurvey(this.endpointUrl, id, undefined, asked);
    this._fetching = false;
    if (fresh && id === this.survey) {
      this._language._offer(fresh.locales);
      this._retentionDays = fresh.followUp?.retentionDays ?? DEFAULT_RETENTION_DAYS;
      this._show(fresh);
      // The page turned to a language not asked for while the survey was on its way.
      if (!fresh.title[this._locale] && !asked.includes(this._locale)) void this._loadSurvey();
    } else if (!this._survey || this._survey.id !== id) this._show(undefined);
  }

  /** Shows a definition with one draw of its rotating questions per display, kept while it still rotates them (docs/design.md §10). */
  private _show(survey: Survey | undefined): void {
    const rotate = survey?.rotate;
    if (this._drawn.length !== (rotate?.count ?? 0) || this._drawn.some((id) => !rotate?.from.includes(id))) {
      this._drawn = drawRotation(survey ?? {});
    }
    this._survey = survey;
  }

  /** Kiosk: how long the thank-you (or "saved") shows; 10 s when `reset-after` is not a positive number. */
  private get _thanksMs(): number {
    return (this.resetAfter > 0 ? this.resetAfter : 10) * 1000;
  }

  /** A resident's touch, key or input restarts a kiosk's idle time while they answer. */
  private _touched(): void {
    if (this._phase === 'form' || this._phase === 'sending') this._kiosk._touched();
  }

  /**
   * A kiosk's next resident sees a blank survey: no answers, comment, page,
   * message, focus or scroll of the one before, and a new draw of the
   * rotating question. Answers still on their way stay in the outbox; their
   * outcome is no longer shown here.
   */
  private _blank(): void {
    this._answers = {};
    this._comment = '';
    this._page = 0;
    this._phase = 'form';
    this._pending = undefined;
    this._alert = '';
    this._status = '';
    this._commentOpen = false;
    this._drawn = drawRotation(this._survey ?? {});
    ((this.renderRoot as ShadowRoot).activeElement as HTMLElement | null)?.blur();
    this.renderRoot.querySelector('[part=title]')?.scrollIntoView({ block: 'nearest' });
  }

  private _event<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private _focus(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private _turn(step: number): void {
    this._page += step;
    this._alert = '';
    this._focus('[part=progress]');
  }

  /** "Contact me" is offered for a department, which will answer; never at a kiosk, where the next resident would see the details (docs/design.md §12). */
  private get _offersContact(): boolean {
    return this.mode !== 'kiosk' && !!validContext(this.department, undefined).department;
  }

  private _send(survey: Survey): void {
    if (this._phase === 'sending') return;
    if (!hasContent(this._answers, this._comment)) {
      this._alert = this._s.nothingAnswered;
      return;
    }
    const contact = this._offersContact ? this._contact.check(this._s) : {};
    if ('wait' in contact) {
      // Ticked before its fields arrived: Send again once they are here (or could not be).
      void contact.wait.then(() => this._send(survey));
      return;
    }
    if ('alert' in contact) {
      this._alert = contact.alert;
      this._focus(contact.focus);
      return;
    }
    const submission = buildSubmission({
      id: newId(),
      survey,
      answers: this._answers,
      comment: this._comment,
      locale: this._locale,
      department: this.department,
      channel: this.channel,
      interaction: this.interaction,
      page: location.href,
      followUp: contact.request,
    });
    if (!this._event<MvFeedbackSubmitDetail>('mv-feedback-submit', { submission }, true)) return;
    this._pending = submission.id;
    this._phase = 'sending';
    this._alert = '';
    this._status = this._s.sending;
    void outboxFor(this.endpointUrl).submit(submission);
  }

  private _delivered(id: string, outcome: SendOutcome): void {
    if (id !== this._pending) {
      // Another form's entry, or one of an earlier visit: the outbox noted it if no form here sent it.
      if (outcome.kind === 'final') this._showRefusals();
      return;
    }
    const s = this._s;
    if (outcome.kind === 'stored') {
      const code = reference(id);
      const thanks = this._contact.wanted ? s.thanksFollowUp : s.thanks;
      this._contact.clear();
      this._phase = 'sent';
      this._pending = undefined;
      this._answers = {};
      this._comment = '';
      this._page = 0;
      // A code on screen suggests the answers can be traced back: only when the page asks.
      this._status = this.showReference && this.mode !== 'kiosk' ? `${thanks} ${fill(s.reference, { code })}` : thanks;
      this._focus('[part=status]');
      this._kiosk._countdown(this._thanksMs);
      this._event<MvFeedbackSentDetail>('mv-feedback-sent', { id, reference: code });
      return;
    }
    const final = outcome.kind === 'final';
    this._event<MvFeedbackErrorDetail>('mv-feedback-error', {
      id,
      status: outcome.status,
      final,
      ...(final ? { code: outcome.code, message: outcome.message } : {}),
    });
    if (final) {
      this._pending = undefined;
      this._phase = 'form';
      this._status = '';
      this._alert = refusalMessage(s, outcome.status);
    } else if (this._phase === 'sending') {
      this._phase = 'queued';
      this._status = queuedMessage(s, navigator.onLine);
      this._focus('[part=status]');
      this._kiosk._countdown(this._thanksMs);
    }
  }

  private _view(): SurveyView {
    const survey = this._survey;
    const contact = this._offersContact ? this._contact : undefined;
    return {
      survey: survey && { ...survey, questions: askedQuestions(survey, this._drawn) },
      locale: this._locale,
      s: this._s,
      page: this._page,
      answers: this._answers,
      comment: this._comment,
      answering: this._phase === 'form' || this._phase === 'sending',
      sending: this._phase === 'sending',
      alert: this._alert,
      status: this._status,
      about: contact?.wanted ? this._s.aboutFollowUp : this.interaction ? this._s.aboutCase : this._s.about,
      helpHref: this.helpHref,
      channel: this.channel,
      commentOpen: this.mode !== 'kiosk' || this._commentOpen,
      clearsIn: this._kiosk._left,
      clearsFrom: this._kiosk._left > 0 ? Math.ceil(this._thanksMs / 1000) : 0,
      openComment: () => {
        this._commentOpen = true;
        this._focus('textarea');
      },
      followUp: contact?.render(this._s, this._retentionDays),
      choose: (id, value) => (this._answers = { ...this._answers, [id]: value }),
      write: (comment) => (this._comment = comment),
      turn: (step) => this._turn(step),
      send: (survey) => this._send(survey),
    };
  }

  protected override render() {
    if (!this._language._ready || (this._fetching && !this._survey?.title[this._locale])) return nothing;
    const s = this._s;
    const body = surveyTemplate(this._view());
    const touched = () => this._touched();
    return html`<div class="widget ${this.mode === 'kiosk' ? 'kiosk' : ''}" lang=${this._locale} dir=${s.dir} @input=${touched} @keydown=${touched} @pointerdown=${touched}>
      ${
        this.mode === 'button'
          ? html`<button
              class="open-button"
              part="open-button"
              aria-haspopup="dialog"
              ?hidden=${this._phase === 'sent' && !this._dialog?.open}
              @click=${() => {
                this._dialog?.showModal();
                this._showRefusals();
              }}
            >
              ${say(s, s.open)}
            </button>
            <dialog
              part="dialog"
              aria-labelledby="t"
              @close=${() => {
                // Once its answers are sent the button is gone, and focus with it.
                this.renderRoot.querySelector<HTMLElement>('.open-button')?.focus();
                this.requestUpdate();
              }}
            >
              <div class="card" part="base">
                <button class="close-button secondary" part="button" @click=${() => this._dialog?.close()}>${say(s, s.close)}</button>
                ${body}
              </div>
            </dialog>`
          : html`<div class="card" part="base">${body}</div>`
      }
    </div>`;
  }

  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }
}
