import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { DepartmentDefinition, Locale, StaffSession, Survey } from '@mv-feedback/scoring';
import { cityDay, defaultSurveys, departmentTitle } from '@mv-feedback/scoring/browser';
import { StaffApiClient, StaffApiError, type StaffQuery } from '../api/staff-api-client.js';
import { tokenStore, type TokenStore } from '../auth/token-store.js';
import { pickLocale } from '../i18n/pick-locale.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { parseViewState, serializeViewState, viewRange, type Show, type ViewState } from '../state/view-state.js';
import type { SignInForm } from '../components/sign-in-form.js';
import type { ViewChange } from '../components/filter-bar.js';
import { sharedStyles } from '../components/shared-styles.js';
import { dashboardStyles } from './dashboard-styles.js';
import { saveBlob } from './save-blob.js';
import { DashboardData } from './dashboard-data.js';
import { viewSummary } from './view-summary.js';
import { responseRateLine } from './response-rate-line.js';
import { readingGuide } from '../components/reading-guide.js';
import '../components/sign-in-form.js';

const DATA_KEYS: (keyof ViewState)[] = ['show', 'period', 'from', 'to', 'department', 'channel', 'survey'];

/** `restoring`: a token from this tab is being checked; the page is laid out as signed in, so nothing jumps. */
type Phase = 'signed-out' | 'signing-in' | 'restoring' | 'signed-in';

/**
 * The staff dashboard: sign in with a staff token, then scores per standard,
 * their trend and what residents said, or the departments compared, for a
 * period and filters kept in the URL.
 *
 * @attr api-base - Origin of the staff API; default: this page's origin.
 */
@customElement('mv-scores-dashboard')
export class MvScoresDashboard extends LitElement {
  static override styles = [sharedStyles, dashboardStyles];

  @property({ attribute: 'api-base' }) apiBase = '';

  @state() private phase: Phase = 'signed-out';
  @state() private signInError = '';
  @state() private session: StaffSession | null = null;
  @state() private view: ViewState = parseViewState(location.search);
  @state() private status = '';
  @state() private downloadStatus = '';
  /** The server's surveys (the bundled default ones until they arrive): a city catalogue has its own. */
  @state() private surveys: readonly Survey[] = defaultSurveys;
  /** The server's departments and their names. */
  @state() private departmentList: readonly DepartmentDefinition[] = [];

  private api: StaffApiClient | null = null;
  /** The signed-in views' own chunk: fetched on the first sign-in, not by the sign-in view. */
  private parts: Promise<unknown> | null = null;
  /** Their elements are defined: drawn before, they would have no size, then push the page down. */
  @state() private partsReady = false;
  private catalogueLoaded = false;
  private readonly store: TokenStore = tokenStore(sessionStorage);
  private readonly data = new DashboardData(this, () => this.signOut(this.strings.sessionEnded));
  /** The page's own language, read before the dashboard sets it. */
  private pageLang: string | null = null;

  private get locale(): Locale {
    return pickLocale(this.view.lang, this.pageLang, navigator.language);
  }

  private get strings(): Strings {
    return stringsFor(this.locale);
  }

  /** A department's name in the current language: the catalogue's title, else the slug. */
  private readonly departmentName = (slug: string): string =>
    departmentTitle({ departments: [...this.departmentList] }, slug)[this.locale];

  private get timeZone(): string {
    return this.session?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  private get query(): StaffQuery {
    const range = viewRange(this.view, cityDay(new Date(), this.timeZone));
    const query: StaffQuery = { ...range };
    // A scoped token only ever sees its own department, whatever the URL says.
    const department = this.session?.department ?? this.view.department;
    if (department) query.department = department;
    if (this.view.channel) query.channel = this.view.channel;
    if (this.view.survey) query.survey = this.view.survey;
    return query;
  }

  private readonly onPopState = () => {
    this.view = parseViewState(location.search);
    if (this.phase === 'signed-in') void this.loadAll();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang ??= this.closest('[lang]')?.getAttribute('lang') ?? null;
    window.addEventListener('popstate', this.onPopState);
    const token = this.store.read();
    if (token) {
      this.phase = 'restoring';
      void this.signIn(token, true);
    }
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  protected override updated(): void {
    // The dashboard is the page, so the page's language and title follow it (WCAG 2.2 3.1.1, 2.4.2).
    document.documentElement.lang = this.locale;
    document.title = this.strings.appTitle;
  }

  private async signIn(token: string, restoring = false): Promise<void> {
    if (!restoring) this.phase = 'signing-in';
    this.signInError = '';
    const api = new StaffApiClient(this.apiBase, token);
    void this.loadCatalogue(api);
    try {
      const [session] = await Promise.all([api.me(), this.loadParts()]);
      this.api = api;
      this.session = session;
      this.store.write(token);
      this.phase = 'signed-in';
      this.status = '';
      // Only a token for every department compares them.
      if (session.department && this.view.show === 'departments') this.view = { ...this.view, show: 'scores' };
      if (!restoring) void this.focusHeading();
      await this.loadAll();
    } catch (error) {
      // Only a refusal forgets the token; an unreachable server may answer on the next try.
      if (error instanceof StaffApiError && error.status === 401) this.store.clear();
      this.phase = 'signed-out';
      this.signInError = this.errorText(error, restoring ? this.strings.sessionEnded : this.strings.tokenRefused);
      await this.updateComplete;
      this.renderRoot.querySelector<SignInForm>('mv-dashboard-sign-in')?.focus();
    }
  }

  private loadParts(): Promise<unknown> {
    this.parts ??= import('./signed-in-parts.js').then(
      () => {
        this.partsReady = true;
      },
      (error: unknown) => {
        // A chunk that failed to arrive is asked for again on the next sign-in.
        this.parts = null;
        throw error;
      },
    );
    return this.parts;
  }

  /**
   * Once per page, the server's surveys and departments (public definitions):
   * they change only when the server restarts with another catalogue.
   */
  private async loadCatalogue(api: StaffApiClient): Promise<void> {
    if (this.catalogueLoaded) return;
    try {
      const [list, departments] = await Promise.all([api.surveys(), api.departmentList()]);
      this.departmentList = departments.departments;
      this.surveys = await Promise.all(list.surveys.map(({ id }) => api.survey(id)));
      this.catalogueLoaded = true;
    } catch {
      // Keep the bundled surveys and the slugs; the next sign-in asks again.
    }
  }

  /** After signing in the form is gone; focus goes to the page heading, not to nowhere (WCAG 2.2 2.4.3). */
  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private signOut(message = ''): void {
    this.store.clear();
    this.api = null;
    this.session = null;
    this.data.clear();
    this.phase = 'signed-out';
    this.signInError = message;
  }

  private readonly onSignOutClick = async () => {
    this.signOut();
    await this.updateComplete;
    this.renderRoot.querySelector<SignInForm>('mv-dashboard-sign-in')?.focus();
  };

  private errorText(error: unknown, unauthorized: string): string {
    if (!(error instanceof StaffApiError)) return this.strings.loadFailed;
    if (error.status === 401) return unauthorized;
    if (error.status === 403) return this.strings.forbidden;
    if (error.status === 0) return this.strings.serverUnreachable;
    return `${this.strings.loadFailed} (${error.message})`;
  }

  private async loadAll(): Promise<void> {
    // Inviting residents needs no figures.
    if (!this.api || this.view.show === 'invite') return;
    this.status = this.strings.loading;
    await this.data.loadAll(this.api, this.query, this.view);
    if (!this.data.error && this.phase === 'signed-in') this.status = this.strings.loaded;
  }

  private changeView(change: ViewChange): void {
    const next: ViewState = { ...this.view, ...change };
    for (const key of Object.keys(next) as (keyof ViewState)[]) if (next[key] === undefined) delete next[key];
    const previous = this.view;
    const search = serializeViewState(next);
    if (search === serializeViewState(previous)) return;
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
    this.view = next;
    if (this.phase !== 'signed-in') return;
    if (DATA_KEYS.some((key) => previous[key] !== next[key])) void this.loadAll();
    else if (previous.interval !== next.interval && this.api)
      void this.data.loadTrend(this.api, this.query, next.interval);
    else if (this.api && (['q', 'standard', 'tone'] as const).some((key) => previous[key] !== next[key])) {
      void this.data.loadComments(this.api, this.query, next, false);
      // "What residents said" from a standard's row: the reader is taken to the comments.
      if (previous.standard !== next.standard && next.standard) void this.bringIntoView('#comments-heading');
    }
  }

  private async bringIntoView(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  private async download(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const s = this.strings;
    const query = this.query;
    this.downloadStatus = s.downloading;
    try {
      const { blob, filename } = await api.exportCsv(query);
      saveBlob(blob, filename ?? `mv-feedback-${query.from}-to-${query.to}.csv`, this.renderRoot);
      this.downloadStatus = s.downloadDone;
    } catch (error) {
      this.downloadStatus = `${s.downloadFailed} ${this.errorText(error, s.sessionEnded)}`;
    }
  }

  private get signedIn(): boolean {
    return this.phase === 'signed-in' || this.phase === 'restoring';
  }

  private renderHeader() {
    const s = this.strings;
    const other: Locale = this.locale === 'en' ? 'es' : 'en';
    return html`<header class="top">
      <h1 tabindex="-1">${s.appTitle}</h1>
      <div class="actions">
        <button type="button" lang=${other} @click=${() => this.changeView({ lang: other })}>${s.languageSwitch}</button>
        ${this.signedIn ? html`<button type="button" @click=${this.onSignOutClick}>${s.signOut}</button>` : nothing}
      </div>
    </header>`;
  }

  /** The two pages as links (each a URL to bookmark); a department-scoped token has only its scores. */
  private renderViews() {
    const s = this.strings;
    const link = (show: Show, label: string) =>
      html`<a
        href=${`${location.pathname}${serializeViewState({ ...this.view, show })}`}
        aria-current=${this.view.show === show ? 'page' : 'false'}
        @click=${(event: MouseEvent) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          this.changeView({ show });
        }}
        >${label}</a
      >`;
    return html`<nav class="views" aria-label=${s.views}>
      ${link('scores', s.viewScores)} ${this.session?.department ? nothing : link('departments', s.viewDepartments)}
      ${link('invite', s.viewInvite)}
    </nav>`;
  }

  private renderInvite() {
    return html`<section aria-labelledby="invite-heading">
      <h2 id="invite-heading">${this.strings.viewInvite}</h2>
      <mv-dashboard-invite
        .strings=${this.strings}
        .locale=${this.locale}
        .surveys=${this.surveys}
        .departmentList=${this.departmentList}
        .departments=${this.session?.departments ?? []}
        .scopedDepartment=${this.session?.department ?? null}
        .publicUrl=${this.session?.publicUrl ?? location.origin}
        .serverBase=${this.apiBase}
      ></mv-dashboard-invite>
    </section>`;
  }

  private renderSignedIn() {
    return html`<p class="who muted">${this.session ? this.strings.signedInAs(this.session.name) : ''}</p>
      ${this.renderViews()} ${this.view.show === 'invite' ? this.renderInvite() : this.renderFigures()}`;
  }

  /** Scores or the departments compared, under the filters that choose them. */
  private renderFigures() {
    const s = this.strings;
    const query = this.query;
    const compare = this.view.show === 'departments';
    const totals = compare ? (this.data.departments?.city ?? null) : this.data.scores;
    return html`
      <mv-dashboard-filters
        .strings=${s}
        .locale=${this.locale}
        .view=${this.view}
        .range=${{ from: query.from, to: query.to }}
        .scopedDepartment=${this.session?.department ?? null}
        .departments=${this.session?.departments ?? []}
        .surveys=${this.surveys}
        .departmentName=${this.departmentName}
        .departmentFilter=${!compare}
        @mv-view-change=${(e: CustomEvent<ViewChange>) => this.changeView(e.detail)}
      ></mv-dashboard-filters>
      ${viewSummary({ strings: s, locale: this.locale, view: this.view, query, totals, surveys: this.surveys, departmentName: this.departmentName })}
      ${compare ? nothing : responseRateLine(s, this.locale, this.data.scores)}
      <div class="toolbar">
        <button type="button" @click=${this.download}>${s.downloadCsv}</button>
        <span role="status">${this.downloadStatus}</span>
      </div>
      <div class="problem" role="alert">${
        this.data.error
          ? html`<span>${this.errorText(this.data.error, s.sessionEnded)}</span
              ><button type="button" @click=${this.loadAll}>${s.retry}</button>`
          : nothing
      }</div>
      <div aria-busy=${this.data.loading || this.phase === 'restoring' ? 'true' : 'false'}>
        ${compare ? this.renderComparison() : this.renderScores()}
      </div>
    `;
  }

  private renderComparison() {
    const s = this.strings;
    return html`<section aria-labelledby="compare-heading">
      <h2 id="compare-heading">${s.compareHeading}</h2>
      ${readingGuide(s)}
      ${
        this.data.departments
          ? html`<mv-dashboard-departments
            .strings=${s}
            .locale=${this.locale}
            .result=${this.data.departments}
          ></mv-dashboard-departments>`
          : html`<p class="placeholder">${s.loading}</p>`
      }
    </section>`;
  }

  private renderScores() {
    const s = this.strings;
    const scores = this.data.scores;
    const standards = scores?.standards ?? [];
    const about = standards.find((standard) => standard.id === this.view.standard);
    return html`<section aria-labelledby="standards-heading">
        <h2 id="standards-heading">${s.standardsHeading}</h2>
        ${readingGuide(s)}
        ${
          scores
            ? html`<mv-dashboard-standards
              .strings=${s}
              .locale=${this.locale}
              .result=${scores}
              .sort=${this.view.sort}
              @mv-view-change=${(e: CustomEvent<ViewChange>) => this.changeView(e.detail)}
            ></mv-dashboard-standards>`
            : html`<p class="placeholder">${s.loading}</p>`
        }
      </section>
      ${
        // Below the scores only once scores and trend are in: sections that arrive
        // one by one would push the ones under them down (layout shift).
        scores && this.data.trend
          ? html`<section aria-labelledby="trend-heading">
              <h2 id="trend-heading">${s.trendHeading}</h2>
              <mv-dashboard-trend
                .strings=${s}
                .locale=${this.locale}
                .interval=${this.view.interval}
                .trend=${this.data.trend}
                @mv-view-change=${(e: CustomEvent<ViewChange>) => this.changeView(e.detail)}
              ></mv-dashboard-trend>
            </section>
            <section class="comments" aria-labelledby="comments-heading">
              <h2 id="comments-heading" tabindex="-1">
                ${about ? s.whatResidentsSaidAbout(about.title[this.locale]) : s.commentsHeading}
              </h2>
              <mv-dashboard-comments
                .strings=${s}
                .locale=${this.locale}
                .timeZone=${this.timeZone}
                .items=${this.data.comments}
                .total=${this.data.commentsTotal}
                .q=${this.view.q}
                .standard=${this.view.standard}
                .tone=${this.view.tone}
                .standards=${standards}
                .surveys=${this.surveys}
                .departmentName=${this.departmentName}
                @mv-comments-search=${(e: CustomEvent<{ q: string }>) => this.changeView({ q: e.detail.q })}
                @mv-view-change=${(e: CustomEvent<ViewChange>) => this.changeView(e.detail)}
                @mv-comments-more=${() => this.api && this.data.loadComments(this.api, this.query, this.view, true)}
              ></mv-dashboard-comments>
            </section>`
          : nothing
      }`;
  }

  override render() {
    const s = this.strings;
    return html`<div class="page" lang=${this.locale}>
      ${this.renderHeader()}
      <main>
        ${
          this.signedIn
            ? this.partsReady
              ? this.renderSignedIn()
              : nothing
            : html`<mv-dashboard-sign-in
              .strings=${s}
              ?busy=${this.phase === 'signing-in'}
              .error=${this.signInError}
              @mv-sign-in=${(e: CustomEvent<{ token: string }>) => this.signIn(e.detail.token)}
            ></mv-dashboard-sign-in>`
        }
        <p class="visually-hidden" role="status">${this.status}</p>
      </main>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-scores-dashboard': MvScoresDashboard;
  }
}
