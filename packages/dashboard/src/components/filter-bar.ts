import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Channel, CatalogueLocale as Locale, SurveySummary } from '@mv-feedback/scoring';
import { CHANNELS, LANGUAGE_ORDER, isIsoDay, textIn } from '@mv-feedback/scoring/browser';
import { PERIODS, type DateRange, type Period } from '../period/period-range.js';
import { SORT_ORDERS, type SortOrder, type ViewState } from '../state/view-state.js';
import { responseLanguage, type LanguageStrings } from '../i18n/language-strings.js';
import type { Strings } from '../i18n/strings.js';
import { sharedStyles } from './shared-styles.js';
import { filterBarStyles } from './filter-bar.styles.js';

/** What a filter change asks for; the dashboard merges it into the view. */
export type ViewChange = Partial<ViewState>;

/**
 * The period and filters. A department-scoped token gets no department choice,
 * only a line saying which department it sees. Every field keeps its width
 * whatever its options, so nothing moves when the server's lists arrive.
 *
 * @event mv-view-change - `detail`: the fields of the view that changed.
 */
@customElement('mv-dashboard-filters')
export class FilterBar extends LitElement {
  static override styles = [sharedStyles, filterBarStyles];

  @property({ attribute: false }) strings!: Strings;
  @property({ attribute: false }) words!: LanguageStrings;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) view!: ViewState;
  @property({ attribute: false }) range!: DateRange;
  /** The token's own department, when it is limited to one. */
  @property() scopedDepartment: string | null = null;
  /** Departments to offer (those with responses, from the server). */
  @property({ attribute: false }) departments: string[] = [];
  /** Surveys to offer, in catalogue order (the server's catalogue, from `GET /api/v1/surveys`). */
  @property({ attribute: false }) surveys: readonly SurveySummary[] = [];
  /** A department's name in the current language. */
  @property({ attribute: false }) departmentName: (slug: string) => string = (slug) => slug;
  /** False where a view covers every department and ranks them by one standard (the comparison): no department nor order to choose. */
  @property({ type: Boolean }) departmentFilter = true;
  /** False where a view covers every language (the languages compared). */
  @property({ type: Boolean }) languageFilter = true;

  @state() private rangeError = '';

  private emit(change: ViewChange) {
    this.dispatchEvent(
      new CustomEvent<ViewChange>('mv-view-change', { detail: change, bubbles: true, composed: true }),
    );
  }

  private onPeriod(event: Event) {
    const period = (event.target as HTMLSelectElement).value as Period;
    this.rangeError = '';
    // A custom range starts from the days on screen, so switching to it changes nothing until applied.
    if (period === 'custom') this.emit({ period, from: this.range.from, to: this.range.to });
    else this.emit({ period, from: undefined, to: undefined });
  }

  private onApplyRange() {
    const from = (this.renderRoot.querySelector('#from') as HTMLInputElement).value;
    const to = (this.renderRoot.querySelector('#to') as HTMLInputElement).value;
    if (!isIsoDay(from) || !isIsoDay(to) || from > to) {
      this.rangeError = this.strings.rangeInvalid;
      return;
    }
    this.rangeError = '';
    this.emit({ period: 'custom', from, to });
  }

  private onSelect(field: 'department' | 'channel' | 'survey' | 'language' | 'sort') {
    return (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      this.emit({ [field]: value || undefined });
    };
  }

  private renderDepartment() {
    const s = this.strings;
    if (!this.departmentFilter) return nothing;
    if (this.scopedDepartment) {
      return html`<div class="field department">
        <span class="label">${s.department}</span>
        <span class="scope" id="department-scope">${s.departmentScoped(this.departmentName(this.scopedDepartment))}</span>
      </div>`;
    }
    const current = this.view.department;
    const options = current && !this.departments.includes(current) ? [...this.departments, current] : this.departments;
    return html`<div class="field department">
      <label for="department">${s.department}</label>
      <select id="department" @change=${this.onSelect('department')}>
        <option value="" ?selected=${!current}>${s.allDepartments}</option>
        ${options.map((d) => html`<option value=${d} ?selected=${d === current}>${this.departmentName(d)}</option>`)}
      </select>
    </div>`;
  }

  /** Each language named for staff and, in brackets, in itself (an option holds text only, so no `lang` of its own). */
  private renderLanguage() {
    if (!this.languageFilter) return nothing;
    const w = this.words;
    const current = this.view.language;
    return html`<div class="field">
      <label for="language">${w.responseLanguage}</label>
      <select id="language" @change=${this.onSelect('language')}>
        <option value="" ?selected=${!current}>${w.allLanguages}</option>
        ${LANGUAGE_ORDER.map((locale) => {
          const { name, native } = responseLanguage(locale, this.locale);
          return html`<option value=${locale} ?selected=${locale === current}>
            ${native ? `${name} (${native})` : name}
          </option>`;
        })}
      </select>
    </div>`;
  }

  /** The standards' order: only where there are standards to order (not in the comparison). */
  private renderOrder() {
    const s = this.strings;
    const view = this.view;
    return html`<div class="field">
      <label for="sort">${s.order}</label>
      <select id="sort" @change=${this.onSelect('sort')}>
        ${SORT_ORDERS.map(
          (order: SortOrder) =>
            html`<option value=${order} ?selected=${order === view.sort}>
              ${order === 'score' ? s.orderScore : order === 'lowest' ? s.orderLowest : s.orderCatalogue}
            </option>`,
        )}
      </select>
    </div>`;
  }

  override render() {
    const s = this.strings;
    const view = this.view;
    return html`
      <form @submit=${(e: Event) => e.preventDefault()} aria-label=${s.filtersHeading}>
        <div class="field">
          <label for="period">${s.period}</label>
          <select id="period" @change=${this.onPeriod}>
            ${PERIODS.map((p) => html`<option value=${p} ?selected=${p === view.period}>${s.periods[p]}</option>`)}
          </select>
        </div>
        ${
          view.period === 'custom'
            ? html`<div class="range">
              <div class="field">
                <label for="from">${s.from}</label>
                <input id="from" type="date" .value=${this.range.from} aria-describedby="range-error" />
              </div>
              <div class="field">
                <label for="to">${s.to}</label>
                <input id="to" type="date" .value=${this.range.to} aria-describedby="range-error" />
              </div>
              <button type="button" @click=${this.onApplyRange}>${s.applyRange}</button>
              <p id="range-error" class="error" role="alert">${this.rangeError}</p>
            </div>`
            : nothing
        }
        ${this.renderDepartment()}
        <div class="field">
          <label for="channel">${s.channel}</label>
          <select id="channel" @change=${this.onSelect('channel')}>
            <option value="" ?selected=${!view.channel}>${s.allChannels}</option>
            ${CHANNELS.map((c: Channel) => html`<option value=${c} ?selected=${c === view.channel}>${s.channels[c]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="survey">${s.survey}</label>
          <select id="survey" @change=${this.onSelect('survey')}>
            <option value="" ?selected=${!view.survey}>${s.allSurveys}</option>
            ${this.surveys.map(
              (survey) =>
                html`<option value=${survey.id} ?selected=${survey.id === view.survey}>${textIn(survey.title, this.locale)}</option>`,
            )}
          </select>
        </div>
        ${this.renderLanguage()}
        ${this.departmentFilter && this.languageFilter ? this.renderOrder() : nothing}
        <div class="field verified">
          <label class="check"
            ><input
              id="verified"
              type="checkbox"
              .checked=${view.verified === true}
              aria-describedby="verified-hint"
              @change=${(e: Event) => this.emit({ verified: (e.target as HTMLInputElement).checked || undefined })}
            />${s.verifiedOnly}</label
          >
          <span class="hint" id="verified-hint">${s.verifiedHint}</span>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-dashboard-filters': FilterBar;
  }
}
