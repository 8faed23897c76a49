import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DepartmentsResult, CatalogueLocale as Locale, Share, VersusRest } from '@mv-feedback/scoring';
import { FEW_RESPONSES_N, textIn } from '@mv-feedback/scoring/browser';
import { formatCount, formatPercent } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import { sharedStyles } from './shared-styles.js';
import { tableStyles } from './table-styles.js';
import { departmentGridStyles } from './department-grid.styles.js';

/**
 * "Compare departments": a grid of standards (rows) by departments (columns),
 * the whole city first. Each cell gives the score, its 95 % interval and n; a
 * suppressed cell says why; a significant difference from the rest of the
 * city is said in words, not by colour alone (WCAG 2.2 1.4.1). The standards'
 * names stay in a fixed first column while the departments scroll.
 */
@customElement('mv-dashboard-departments')
export class DepartmentGrid extends LitElement {
  static override styles = [sharedStyles, tableStyles, departmentGridStyles];

  @property({ attribute: false }) strings!: Strings;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) result!: DepartmentsResult;

  private renderCell(cell: Share, vsRest: VersusRest | null) {
    const s = this.strings;
    const locale = this.locale;
    if (cell.suppressed || cell.score === null || cell.ciLow === null || cell.ciHigh === null) {
      return html`<span class="why">${s.fewerThan(this.result.minN)}</span>
        <span class="detail n">${s.respondents(formatCount(locale, cell.n))}</span>`;
    }
    const interval = s.interval(formatPercent(locale, cell.ciLow), formatPercent(locale, cell.ciHigh));
    const difference = vsRest?.significant && vsRest.delta !== null ? (vsRest.delta > 0 ? 'above' : 'below') : null;
    return html`<span class="score">${formatPercent(locale, cell.score)}</span>
      <span class="detail interval">${interval}</span>
      <span class="detail n">${s.respondents(formatCount(locale, cell.n))}${
        cell.n < FEW_RESPONSES_N ? html` · <span class="few">${s.fewResponses}</span>` : ''
      }</span>
      ${
        difference
          ? html`<span class="vs ${difference}"
              ><span aria-hidden="true">${difference === 'above' ? '▲' : '▼'}</span>
              ${difference === 'above' ? s.aboveRest : s.belowRest}</span
            >`
          : ''
      }`;
  }

  override render() {
    const s = this.strings;
    const { city, departments } = this.result;
    if (departments.length === 0) return html`<p>${s.compareEmpty}</p>`;
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${s.compareTable}>
      <table class="fixed-first">
        <caption>
          ${s.compareCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.colStandard}</th>
            <th scope="col" class="city">${s.colCity}</th>
            ${departments.map((d) => html`<th scope="col" data-department=${d.id}>${textIn(d.title, this.locale)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${city.standards.map(
            (standard, i) => html`<tr data-standard=${standard.id}>
              <th scope="row">${textIn(standard.title, this.locale)}</th>
              <td class="city" data-department="">${this.renderCell(standard, null)}</td>
              ${departments.map((d) => {
                const cell = d.standards[i]!;
                return html`<td data-department=${d.id}>${this.renderCell(cell, cell.vsRest)}</td>`;
              })}
            </tr>`,
          )}
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
