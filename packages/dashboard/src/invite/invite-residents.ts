import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Channel, DepartmentDefinition, CatalogueLocale, Locale, SurveySummary } from '@mv-feedback/scoring';
import {
  CHANNELS,
  LOCALES,
  LANGUAGE_NAMES,
  departmentTitle,
  hostedLink,
  hostedQuery,
  textIn,
  type PackTexts,
} from '@mv-feedback/scoring/browser';
import type { Strings } from '../i18n/strings.js';
import { sharedStyles } from '../components/shared-styles.js';
import { emailWording, invitationTexts, textWording } from './invitation-wording.js';
import { inviteResidentsStyles } from './invite-residents.styles.js';

/**
 * "Invite residents" (docs/design.md §9): pick survey, department, channel and
 * language; get the hosted link, its QR code and counter card from the
 * server, and email and text-message wording to copy in English, Spanish and
 * the link's language if another (docs/design.md §14).
 * Plain hosted links: anyone with one may answer (single-use invitations are
 * made with `mv-feedback invite` or `POST /api/v1/invitations`). A department
 * and a channel are required: a link without them gives answers no one can
 * attribute, so nothing is offered to copy or print until both are chosen.
 */
@customElement('mv-dashboard-invite')
export class InviteResidents extends LitElement {
  static override styles = [sharedStyles, inviteResidentsStyles];

  @property({ attribute: false }) strings!: Strings;
  @property() locale: CatalogueLocale = 'en';
  @property({ attribute: false }) surveys: readonly SurveySummary[] = [];
  /** The catalogue's departments, for their names in both languages. */
  @property({ attribute: false }) departmentList: readonly DepartmentDefinition[] = [];
  /** Departments with responses (from the session), offered beside the catalogue's. */
  @property({ attribute: false }) departments: readonly string[] = [];
  /** A token limited to one department invites for that department only. */
  @property({ attribute: false }) scopedDepartment: string | null = null;
  /** `MV_PUBLIC_URL`: what residents are given. */
  @property() publicUrl = '';
  /** Where this dashboard reaches the server, for the QR code and the card. */
  @property() serverBase = '';

  @state() private survey = '';
  @state() private department = '';
  @state() private channel: Channel | '' = '';
  @state() private surveyLang: Locale | '' = '';
  /** Each language's invitation words, once here: English and Spanish at once, another when chosen. */
  @state() private wordings = new Map<Locale, PackTexts>();
  @state() private copied = '';

  private get chosenSurvey(): string {
    return this.survey || this.surveys[0]?.id || 'quick';
  }

  private get chosenDepartment(): string {
    return this.scopedDepartment ?? this.department;
  }

  private get context() {
    const department = this.chosenDepartment;
    return { ...(department ? { department } : {}), ...(this.channel ? { channel: this.channel } : {}) };
  }

  /** Both a department and a channel are chosen: the link can be attributed. */
  private get ready(): boolean {
    return Boolean(this.chosenDepartment && this.channel);
  }

  private get link(): string {
    return hostedLink(this.publicUrl, this.chosenSurvey, this.context, { lang: this.surveyLang || undefined });
  }

  /** The server's own page or image for this link: same survey and context, and the language for the QR. */
  private served(kind: 'qr.svg' | 'card', withLang: boolean): string {
    const query = hostedQuery(this.context, { lang: withLang ? this.surveyLang || undefined : undefined });
    return `${this.serverBase}/r/${encodeURIComponent(this.chosenSurvey)}/${kind}${query}`;
  }

  private departmentIn(locale: Locale, slug: string): string {
    return textIn(departmentTitle({ departments: [...this.departmentList] }, slug), locale);
  }

  /** The wording's languages: English and Spanish, and the link's language when it is another. */
  private get wordingLocales(): Locale[] {
    const lang = this.surveyLang;
    return lang && lang !== 'en' && lang !== 'es' ? ['en', 'es', lang] : ['en', 'es'];
  }

  protected override willUpdate(): void {
    for (const locale of this.wordingLocales) {
      if (this.wordings.has(locale)) continue;
      void invitationTexts(locale).then(
        (texts) => (this.wordings = new Map(this.wordings).set(locale, texts)),
        // Without its file the link's language gets no wording; English and Spanish still show.
        () => undefined,
      );
    }
  }

  private get departmentChoices(): string[] {
    if (this.scopedDepartment) return [this.scopedDepartment];
    return [...new Set([...this.departmentList.map((d) => d.id), ...this.departments])];
  }

  private async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = this.strings.inviteCopied(what);
    } catch {
      this.copied = this.strings.inviteCopyFailed;
    }
  }

  private renderForm() {
    const s = this.strings;
    const select = (
      id: string,
      label: string,
      value: string,
      options: [string, string][],
      on: (v: string) => void,
      required = false,
    ) =>
      html`<div class="field ${id}">
        <label for=${id}>${label}${required ? html` <span class="required">${s.inviteRequired}</span>` : nothing}</label>
        <select
          id=${id}
          ?required=${required}
          aria-invalid=${required && !value ? 'true' : 'false'}
          aria-describedby=${required ? 'invite-needs' : nothing}
          @change=${(e: Event) => on((e.target as HTMLSelectElement).value)}
        >
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </div>`;
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
      ${select(
        'invite-survey',
        s.survey,
        this.chosenSurvey,
        this.surveys.map((survey) => [survey.id, textIn(survey.title, this.locale)]),
        (v) => (this.survey = v),
      )}
      ${
        this.scopedDepartment
          ? nothing
          : select(
              'invite-department',
              s.department,
              this.department,
              [
                ['', s.inviteChooseDepartment],
                ...this.departmentChoices.map((d): [string, string] => [d, this.departmentIn(this.locale, d)]),
              ],
              (v) => (this.department = v),
              true,
            )
      }
      ${select(
        'invite-channel',
        s.channel,
        this.channel,
        [['', s.inviteChooseChannel], ...CHANNELS.map((c): [string, string] => [c, s.channels[c]])],
        (v) => (this.channel = CHANNELS.find((c) => c === v) ?? ''),
        true,
      )}
      ${select(
        'invite-lang',
        s.inviteLanguage,
        this.surveyLang,
        [['', s.inviteLanguageBrowser], ...LOCALES.map((l): [string, string] => [l, LANGUAGE_NAMES[l]!.native])],
        (v) => (this.surveyLang = LOCALES.find((l) => l === v) ?? ''),
      )}
    </form>`;
  }

  private renderWording(locale: Locale) {
    const s = this.strings;
    const texts = this.wordings.get(locale);
    if (!texts) return nothing;
    const department = this.chosenDepartment ? this.departmentIn(locale, this.chosenDepartment) : null;
    const email = emailWording(texts, this.link, department);
    // A language the staff's strings do not name is named in itself.
    const language = locale === 'en' || locale === 'es' ? s.languageNames[locale] : LANGUAGE_NAMES[locale]!.native;
    return html`${this.renderCopyable(
      `email-${locale}`,
      locale,
      s.inviteEmail(language),
      s.inviteCopyEmail(language),
      `${email.subject}\n\n${email.body}`,
      11,
    )}
    ${this.renderCopyable(
      `text-${locale}`,
      locale,
      s.inviteText(language),
      s.inviteCopyText(language),
      textWording(texts, this.link, department),
      3,
    )}`;
  }

  /** A text in `locale` to paste, under its name (in the dashboard's language) and with its Copy button. */
  private renderCopyable(id: string, locale: Locale, name: string, copyLabel: string, text: string, rows: number) {
    return html`<div class="wording">
      <h4><label for=${id}>${name}</label></h4>
      <textarea id=${id} lang=${locale} readonly rows=${rows} .value=${text}></textarea>
      <div><button type="button" @click=${() => this.copy(text, name)}>${copyLabel}</button></div>
    </div>`;
  }

  override render() {
    const s = this.strings;
    const missing = [!this.chosenDepartment ? s.department : '', !this.channel ? s.channel : '']
      .filter(Boolean)
      .map((field) => field.toLocaleLowerCase(this.locale));
    return html`<p>${s.inviteIntro}</p>
      ${this.renderForm()}
      <p id="invite-needs" class="needs ${this.ready ? 'done' : ''}" role="status">
        ${this.ready ? s.inviteReady : s.inviteNeeds(missing.join(s.and))}
      </p>
      ${this.ready ? this.renderHandouts() : nothing}`;
  }

  /** The link, QR code, card and wording: only for a link that can be attributed. */
  private renderHandouts() {
    const s = this.strings;
    const link = this.link;
    return html`<h3>${s.inviteLink}</h3>
      <div class="link">
        <label for="invite-link" class="visually-hidden">${s.inviteLink}</label>
        <input id="invite-link" readonly .value=${link} />
        <button type="button" @click=${() => this.copy(link, s.inviteLink)}>${s.inviteCopyLink}</button>
        <a href=${link} target="_blank" rel="noopener">${s.inviteOpen}</a>
      </div>
      <div class="handout">
        <img class="qr" src=${this.served('qr.svg', true)} alt=${s.inviteQrAlt(link)} width="192" height="192" />
        <div>
          <p><a href=${this.served('card', false)} target="_blank" rel="noopener">${s.invitePrintCard}</a></p>
          <p class="muted">${s.inviteCardNote}</p>
          <p><a href=${this.served('qr.svg', true)} download="mv-feedback-qr.svg">${s.inviteDownloadQr}</a></p>
        </div>
      </div>
      <h3>${s.inviteWordingHeading}</h3>
      <div class="wordings">${this.wordingLocales.map((locale) => this.renderWording(locale))}</div>
      <p class="copied" role="status">${this.copied}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-dashboard-invite': InviteResidents;
  }
}
