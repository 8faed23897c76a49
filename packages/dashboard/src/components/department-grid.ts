import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DepartmentsResult, CatalogueLocale as Locale, Share, VersusRest } from '@mv-feedback/scoring';
import { FEW_RESPONSES_N, textIn } from '@mv-feedback/scoring/browser';
import { formatCount, formatPercent } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import type { ViewChange } from './filter-bar.js';
import { rankDepartments, type RankedDepartment } from './rank-departments.js';
import { scoreBar } from './score-bar.js';
import { sharedStyles } from './shared-styles.js';
import { tableStyles } from './table-styles.js';
import { departmentGridStyles } from './department-grid.styles.js';
import { scoreBarStyles } from './score-bar.styles.js';

/**
 * "Compare departments" for one standard at a time, chosen by the reader: the
 * departments ranked by their score (suppressed ones last), each with its bar
 * and 95 % interval, n, and whether it differs from the rest of the city,
 * said in words and by ▲/▼ (WCAG 2.2 1.4.1). One standard's ranking fits a
 * laptop where a grid of every department did not; each department's name
 * opens its own scores and what its residents said about the standard.
 *
 * @event mv-view-change - `detail.by`: the standard to rank by; or the department's view to open.
 */
@customElement('mv-dashboard-departments')
export class DepartmentGrid extends LitElement {
  static override styles = [sharedStyles, tableStyles, scoreBarStyles, departmentGridStyles];

  @property({ attribute: false }) strings!: Strings;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) result!: DepartmentsResult;
  /** The standard ranked by; the catalogue's first when unknown. */
  @property() by: string | undefined;
  /** The address of a department's own view of a standard, for its link. */
  @property({ attribute: false }) hrefFor: (change: ViewChange) => string = () => '';

  private emit(change: ViewChange) {
    this.dispatchEvent(new CustomEvent('mv-view-change', { detail: change, bubbles: true, composed: true }));
  }

  private get standardIndex(): number {
    const index = this.result.city.standards.findIndex((standard) => standard.id === this.by);
    return Math.max(0, index);
  }

  private renderFigures(cell: Share, vsRest: VersusRest | null) {
    const s = this.strings;
    const locale = this.locale;
    if (cell.suppressed || cell.score === null || cell.ciLow === null || cell.ciHigh === null) {
      return html`<td class="why" colspan="3">${s.fewerThan(this.result.minN)}</td>
        <td class="num">${formatCount(locale, cell.n)}</td>
        <td></td>`;
    }
    const score = formatPercent(locale, cell.score);
    const low = formatPercent(locale, cell.ciLow);
    const high = formatPercent(locale, cell.ciHigh);
    const difference = vsRest?.significant && vsRest.delta !== null ? (vsRest.delta > 0 ? 'above' : 'below') : null;
    return html`<td class="num"><span class="score">${score}</span></td>
      <td class="bar-cell">${scoreBar(cell.score, cell.ciLow, cell.ciHigh, s.barLabel(score, low, high))}</td>
      <td class="num interval">${s.interval(low, high)}</td>
      <td class="num">
        ${formatCount(locale, cell.n)} ${cell.n < FEW_RESPONSES_N ? html`<span class="few">${s.fewResponses}</span>` : ''}
      </td>
      <td>
        ${
          difference
            ? html`<span class="vs ${difference}"
                ><span aria-hidden="true">${difference === 'above' ? '▲' : '▼'}</span>
                ${difference === 'above' ? s.aboveRest : s.belowRest}</span
              >`
            : vsRest
              ? html`<span class="muted">${s.notDifferent}</span>`
              : ''
        }
      </td>`;
  }

  private renderRow({ department, share }: RankedDepartment, by: string) {
    const change: ViewChange = { show: 'scores', department: department.id, standard: by, tone: 'unfavourable' };
    return html`<tr data-department=${department.id}>
      <th scope="row">
        <a
          href=${this.hrefFor(change)}
          @click=${(event: MouseEvent) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            this.emit(change);
          }}
          >${textIn(department.title, this.locale)}</a
        >
      </th>
      ${this.renderFigures(share, share.vsRest)}
    </tr>`;
  }

  override render() {
    const s = this.strings;
    const { city, departments } = this.result;
    if (departments.length === 0) return html`<p>${s.compareEmpty}</p>`;
    const index = this.standardIndex;
    const standard = city.standards[index]!;
    const title = textIn(standard.title, this.locale);
    return html`<div class="field">
        <label for="compare-by">${s.compareBy}</label>
        <select id="compare-by" @change=${(e: Event) => this.emit({ by: (e.target as HTMLSelectElement).value })}>
          ${city.standards.map(
            (option) =>
              html`<option value=${option.id} ?selected=${option.id === standard.id}>${textIn(option.title, this.locale)}</option>`,
          )}
        </select>
      </div>
      <p class="caption" id="compare-caption" aria-hidden="true">${s.compareRankCaption(title)}</p>
      <div class="scroll" tabindex="0" role="region" aria-label=${s.compareTable}>
        <table class="fixed-first" data-standard=${standard.id}>
          <caption class="visually-hidden">
            ${s.compareRankCaption(title)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.colDepartment}</th>
              <th scope="col" class="num">${s.colScore}</th>
              <th scope="col" class="chart-col">${s.colChart}</th>
              <th scope="col" class="num">${s.colInterval}</th>
              <th scope="col" class="num">${s.colN}</th>
              <th scope="col">${s.colVsRest}</th>
            </tr>
          </thead>
          <tbody>
            <tr class="city" data-department="">
              <th scope="row">${s.colCity}</th>
              ${this.renderFigures(standard, null)}
            </tr>
            ${rankDepartments(departments, index).map((ranked) => this.renderRow(ranked, standard.id))}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-dashboard-departments': DepartmentGrid;
  }
}
