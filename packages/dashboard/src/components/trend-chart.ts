import { LitElement, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CatalogueLocale as Locale, TrendInterval, TrendResult } from '@mv-feedback/scoring';
import { textIn } from '@mv-feedback/scoring/browser';
import { formatCount, formatMonth, formatPercent, formatShortDay } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import { sharedStyles } from './shared-styles.js';
import { bandPath, linePath, trendRuns, yAt, type ChartBox } from './trend-geometry.js';
import { trendChartStyles } from './trend-chart.styles.js';

export type TrendSeries = TrendResult['series'][number];

const BOX: ChartBox = { width: 320, height: 150, left: 36, right: 12, top: 10, bottom: 24 };

/**
 * One standard's score over time: a line with its 95 % interval band, drawn
 * as SVG by Lit. The summary and the table below it are the text alternative
 * (WCAG 2.2 1.1.1).
 */
@customElement('mv-dashboard-trend-chart')
export class TrendChart extends LitElement {
  static override styles = [sharedStyles, trendChartStyles];

  @property({ attribute: false }) strings!: Strings;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) series!: TrendSeries;
  @property() interval: TrendInterval = 'week';
  @property({ type: Number }) minN = 10;

  private label(start: string): string {
    return this.interval === 'month' ? formatMonth(this.locale, start) : formatShortDay(this.locale, start);
  }

  private renderSvg(label: string, summaryId: string) {
    const points = this.series.points;
    const runs = trendRuns(BOX, points);
    const first = points[0];
    const last = points[points.length - 1];
    return html`<svg
      viewBox="0 0 ${BOX.width} ${BOX.height}"
      role="img"
      aria-label=${label}
      aria-describedby=${summaryId}
    >
      ${[0, 50, 100].map(
        (tick) => svg`
          <line class=${tick ? 'grid' : 'axis'} x1=${BOX.left} x2=${BOX.width - BOX.right} y1=${yAt(BOX, tick)} y2=${yAt(BOX, tick)}></line>
          <text x=${BOX.left - 4} y=${yAt(BOX, tick) + 3} text-anchor="end">${formatPercent(this.locale, tick)}</text>`,
      )}
      ${runs.map((run) => svg`<path class="band" d=${bandPath(run)}></path>`)}
      ${runs.map((run) => svg`<path class="line" d=${linePath(run)}></path>`)}
      ${runs.flat().map((p) => svg`<circle class="dot" cx=${p.x} cy=${p.y} r="2.5"></circle>`)}
      ${first ? svg`<text x=${BOX.left} y=${BOX.height - 6} text-anchor="start">${this.label(first.start)}</text>` : ''}
      ${
        last && last !== first
          ? svg`<text x=${BOX.width - BOX.right} y=${BOX.height - 6} text-anchor="end">${this.label(last.start)}</text>`
          : ''
      }
    </svg>`;
  }

  private summaryText(): string {
    const s = this.strings;
    const shown = this.series.points.filter((p) => !p.suppressed && p.score !== null);
    const first = shown[0];
    const last = shown[shown.length - 1];
    if (!first || !last) return s.trendEmpty;
    const describe = (p: typeof first) => `${this.label(p.start)} ${formatPercent(this.locale, p.score!)}`;
    return s.trendSummary(this.series.points.length, describe(first), describe(last));
  }

  private renderTable() {
    const s = this.strings;
    const locale = this.locale;
    return html`<details>
      <summary>${s.showTable}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${s.colPeriodStart}</th>
            <th scope="col">${s.colScore}</th>
            <th scope="col">${s.colInterval}</th>
            <th scope="col">${s.colN}</th>
          </tr>
        </thead>
        <tbody>
          ${this.series.points.map(
            (p) => html`<tr>
              <td>${this.label(p.start)}</td>
              ${
                p.suppressed || p.score === null || p.ciLow === null || p.ciHigh === null
                  ? html`<td colspan="2">${s.suppressedShort(this.minN)}</td>`
                  : html`<td>${formatPercent(locale, p.score)}</td>
                    <td>${s.interval(formatPercent(locale, p.ciLow), formatPercent(locale, p.ciHigh))}</td>`
              }
              <td>${formatCount(locale, p.n)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  override render() {
    const title = textIn(this.series.title, this.locale);
    const summaryId = `trend-summary-${this.series.id}`;
    return html`<figure>
      <figcaption>${title}</figcaption>
      ${this.renderSvg(this.strings.trendChartLabel(title), summaryId)}
      <p class="summary" id=${summaryId}>${this.summaryText()}</p>
      ${this.renderTable()}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-dashboard-trend-chart': TrendChart;
  }
}
