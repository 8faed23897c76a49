import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CatalogueLocale as Locale, TrendInterval, TrendResult } from '@mv-feedback/scoring';
import type { Strings } from '../i18n/strings.js';
import type { ViewChange } from './filter-bar.js';
import { sharedStyles } from './shared-styles.js';
import './trend-chart.js';
import { trendSectionStyles } from './trend-section.styles.js';

/**
 * The weekly/monthly choice and one trend chart per standard.
 *
 * @event mv-view-change - `detail.interval`: the interval chosen.
 */
@customElement('mv-dashboard-trend')
export class TrendSection extends LitElement {
  static override styles = [sharedStyles, trendSectionStyles];

  @property({ attribute: false }) strings!: Strings;
  @property() locale: Locale = 'en';
  @property() interval: TrendInterval = 'week';
  @property({ attribute: false }) trend: TrendResult | null = null;
  /** The interval was chosen from the number of responses, not by the reader. */
  @property({ type: Boolean }) automatic = false;

  private choose(interval: TrendInterval) {
    return () =>
      this.dispatchEvent(
        new CustomEvent<ViewChange>('mv-view-change', { detail: { interval }, bubbles: true, composed: true }),
      );
  }

  override render() {
    const s = this.strings;
    const trend = this.trend;
    return html`<fieldset>
        <legend>${s.trendInterval}</legend>
        <label
          ><input type="radio" name="interval" .checked=${this.interval === 'week'} @change=${this.choose('week')} />${s.weekly}</label
        >
        <label
          ><input type="radio" name="interval" .checked=${this.interval === 'month'} @change=${this.choose('month')} />${s.monthly}</label
        >
      </fieldset>
      ${this.automatic ? html`<p class="auto">${s.intervalAuto(this.interval === 'week' ? s.weekly : s.monthly)}</p>` : ''}
      <div class="grid">
        ${trend?.series.map(
          (series) => html`<mv-dashboard-trend-chart
            .strings=${s}
            .locale=${this.locale}
            .series=${series}
            .interval=${trend.interval}
            .minN=${trend.minN}
          ></mv-dashboard-trend-chart>`,
        )}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-dashboard-trend': TrendSection;
  }
}
