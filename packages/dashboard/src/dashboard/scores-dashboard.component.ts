import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CatalogueLocale as Locale } from '@mv-feedback/scoring';
import { cityDay } from '@mv-feedback/scoring/browser';
import type { StaffQuery } from '../api/staff-api-client.js';
import { pickLocale } from '../i18n/pick-locale.js';
import { languageStringsFor } from '../i18n/language-strings.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { viewRange, type Show, type ViewState } from '../state/view-state.js';
import type { SignInForm } from '../components/sign-in-form.js';
import type { ViewChange } from '../components/filter-bar.js';
import { sharedStyles } from '../components/shared-styles.js';
import { dashboardStyles } from './scores-dashboard.styles.js';
import { saveBlob } from './save-blob.js';
import { DashboardData } from './dashboard-data.js';
import { errorText } from './error-text.js';
import { ServerCatalogue } from './server-catalogue.js';
import { signedInView } from './signed-in-views.js';
import { StaffSignIn } from './staff-sign-in.js';
import { UrlViewState } from './url-view-state.js';
import '../components/sign-in-form.js';

/** A change of any of these asks the server again; the others only redraw or reload one part. */
const DATA_KEYS: (keyof ViewState)[] = [
  'show',
  'period',
  'from',
  'to',
  'department',
  'channel',
  'survey',
  'language',
  'verified',
];

/**
 * The staff dashboard: sign in with a staff token, then scores per standard,
 * their trend and what residents said, or the departments compared, for a
 * period and filters kept in the URL. This element is the shell: the session
 * (staff-sign-in.ts), the URL state (url-view-state.ts), the catalogue
 * (server-catalogue.ts), the figures (dashboard-data.ts) and the views
 * (signed-in-views.ts) each live in their own module; its look is
 * scores-dashboard.styles.ts, and scores-dashboard.ts registers it as
 * `<mv-scores-dashboard>`.
 *
 * @attr api-base - Origin of the staff API; default: this page's origin.
 */
export class MvScoresDashboard extends LitElement {
  static override styles = [sharedStyles, dashboardStyles];

  @property({ attribute: 'api-base' }) apiBase = '';

  @state() private status = '';
  @state() private downloadStatus = '';

  private readonly auth = new StaffSignIn(this, {
    apiBase: () => this.apiBase,
    strings: () => this.strings,
    signInStarted: (api) => void this.catalogue.load(api),
    signedIn: (restoring) => this.afterSignIn(restoring),
    signedOut: () => this.data.clear(),
    signInFailed: () => this.focusSignIn(),
  });
  private readonly url = new UrlViewState(this, () => {
    if (this.auth.phase === 'signed-in') void this.loadAll();
  });
  private readonly catalogue = new ServerCatalogue(this);
  private readonly data = new DashboardData(this, () => this.auth.signOut(this.strings.sessionEnded));
  /** The page's own language, read before the dashboard sets it. */
  private pageLang: string | null = null;

  private get view(): ViewState {
    return this.url.view;
  }

  private get locale(): Locale {
    return pickLocale(this.view.lang, this.pageLang, navigator.language);
  }

  private get strings(): Strings {
    return stringsFor(this.locale);
  }

  private readonly departmentName = (slug: string): string => this.catalogue.departmentName(slug, this.locale);

  private get timeZone(): string {
    return this.auth.session?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  private get query(): StaffQuery {
    const range = viewRange(this.view, cityDay(new Date(), this.timeZone));
    const query: StaffQuery = { ...range };
    // A scoped token only ever sees its own department, whatever the URL says.
    const department = this.auth.session?.department ?? this.view.department;
    if (department) query.department = department;
    if (this.view.channel) query.channel = this.view.channel;
    if (this.view.survey) query.survey = this.view.survey;
    if (this.view.verified) query.verified = true;
    return query;
  }

  override connectedCallback(): void {
    this.pageLang ??= this.closest('[lang]')?.getAttribute('lang') ?? null;
    super.connectedCallback();
  }

  protected override updated(): void {
    // The dashboard is the page, so the page's language and title follow it (WCAG 2.2 3.1.1, 2.4.2).
    document.documentElement.lang = this.locale;
    document.title = this.strings.appTitle;
  }

  private async afterSignIn(restoring: boolean): Promise<void> {
    // Only a token for every department compares departments or languages; only admin and responder tokens see follow-ups.
    if (
      (this.auth.session?.department && (this.view.show === 'departments' || this.view.show === 'languages')) ||
      (!this.answersFollowUps && this.view.show === 'follow-ups')
    )
      this.url.replace({ ...this.view, show: 'scores' });
    if (!restoring) void this.focusOn('h1');
    await this.loadAll();
  }

  private async focusSignIn(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<SignInForm>('mv-dashboard-sign-in')?.focus();
  }

  /** Focus goes where the reader's eyes should go, not to nowhere (WCAG 2.2 2.4.3). */
  private async focusOn(selector: string, scroll = false): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (scroll) target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  private readonly onSignOutClick = async () => {
    this.auth.signOut();
    await this.focusSignIn();
  };

  private async loadAll(): Promise<void> {
    const api = this.auth.api;
    // Inviting residents needs no figures; the follow-up queue loads its own.
    if (!api || this.view.show === 'invite' || this.view.show === 'follow-ups') return;
    this.status = this.strings.loading;
    await this.data.loadAll(api, this.query, this.view, this.answersFollowUps);
    if (!this.data.error && this.auth.phase === 'signed-in') this.status = this.strings.loaded;
  }

  private changeView(change: ViewChange): void {
    const previous = this.url.change(change);
    const api = this.auth.api;
    if (!previous || this.auth.phase !== 'signed-in' || !api) return;
    const next = this.view;
    if (DATA_KEYS.some((key) => previous[key] !== next[key])) void this.loadAll();
    else if (previous.interval !== next.interval)
      void this.data.loadTrend(api, this.query, this.data.trendInterval(this.query, next.interval));
    else if ((['q', 'standard', 'tone'] as const).some((key) => previous[key] !== next[key])) {
      void this.data.loadComments(api, this.query, next, false);
      // "What residents said" from a standard's row: the reader is taken to the comments.
      if (previous.standard !== next.standard && next.standard) void this.focusOn('#comments-heading', true);
    }
  }

  private async download(): Promise<void> {
    const api = this.auth.api;
    if (!api) return;
    const s = this.strings;
    const query = this.query;
    this.downloadStatus = s.downloading;
    try {
      const { blob, filename } = await api.exportCsv(query);
      saveBlob(blob, filename ?? `mv-feedback-${query.from}-to-${query.to}.csv`, this.renderRoot);
      this.downloadStatus = s.downloadDone;
    } catch (error) {
      this.downloadStatus = `${s.downloadFailed} ${errorText(s, error, s.sessionEnded)}`;
    }
  }

  private renderHeader() {
    const s = this.strings;
    const other: Locale = this.locale === 'en' ? 'es' : 'en';
    return html`<header class="top">
      <h1 tabindex="-1">${s.appTitle}</h1>
      <div class="actions">
        <button type="button" lang=${other} @click=${() => this.changeView({ lang: other })}>${s.languageSwitch}</button>
        ${this.auth.signedIn ? html`<button type="button" @click=${this.onSignOutClick}>${s.signOut}</button>` : nothing}
      </div>
    </header>`;
  }

  /** Whether the token may see and change follow-ups (docs/design.md §12): a viewer's may not. */
  private get answersFollowUps(): boolean {
    const role = this.auth.session?.role;
    return role === 'admin' || role === 'responder';
  }

  /** The pages as links (each a URL to bookmark); a department-scoped token has no comparisons, a viewer no follow-ups. */
  private renderViews() {
    const s = this.strings;
    const link = (show: Show, label: string) =>
      html`<a
        href=${this.url.href({ show })}
        aria-current=${this.view.show === show ? 'page' : 'false'}
        @click=${(event: MouseEvent) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          this.changeView({ show });
        }}
        >${label}</a
      >`;
    return html`<nav class="views" aria-label=${s.views}>
      ${link('scores', s.viewScores)}
      ${
        this.auth.session?.department
          ? nothing
          : html`${link('departments', s.viewDepartments)} ${link('languages', languageStringsFor(this.locale).viewLanguages)}`
      }
      ${link('invite', s.viewInvite)} ${this.answersFollowUps ? link('follow-ups', s.viewFollowUps) : nothing}
    </nav>`;
  }

  private renderSignedIn() {
    const session = this.auth.session;
    return html`<p class="who muted">${session ? this.strings.signedInAs(session.name) : ''}</p>
      ${this.renderViews()}
      ${signedInView({
        strings: this.strings,
        words: languageStringsFor(this.locale),
        locale: this.locale,
        view: this.view,
        query: this.query,
        session,
        data: this.data,
        surveys: this.catalogue.surveys,
        departmentList: this.catalogue.departments,
        departmentName: this.departmentName,
        timeZone: this.timeZone,
        apiBase: this.apiBase,
        api: this.auth.api,
        downloadStatus: this.downloadStatus,
        href: (change) => this.url.href(change),
        changeView: (change) => this.changeView(change),
        reload: () => void this.loadAll(),
        download: () => void this.download(),
        moreComments: () => {
          if (this.auth.api) void this.data.loadComments(this.auth.api, this.query, this.view, true);
        },
      })}`;
  }

  override render() {
    return html`<div class="page" lang=${this.locale}>
      ${this.renderHeader()}
      <main @mv-unauthorized=${() => this.auth.signOut(this.strings.sessionEnded)}>
        ${
          this.auth.signedIn
            ? // Drawn once the session is known: its links (follow-ups, comparisons) would wrap the nav later and push the figures down.
              this.auth.partsReady && this.auth.session
              ? this.renderSignedIn()
              : nothing
            : html`<mv-dashboard-sign-in
              .strings=${this.strings}
              ?busy=${this.auth.phase === 'signing-in'}
              .error=${this.auth.error}
              @mv-sign-in=${(e: CustomEvent<{ token: string }>) => this.auth.signIn(e.detail.token)}
            ></mv-dashboard-sign-in>`
        }
        <p class="visually-hidden" role="status">${this.status}</p>
      </main>
    </div>`;
  }
}
