import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DepartmentsResult, Locale, Share, VersusRest } from '@mv-feedback/scoring';
import type { Strings } from '../i18n/strings.js';
import { comparisonCell } from './comparison-cell.js';
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
    return comparisonCell(cell, vsRest, {
      strings: s,
      locale: this.locale,
      minN: this.result.minN,
      above: s.aboveRest,
      below: s.belowRest,
    });
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
            ${departments.map((d) => html`<th scope="col" data-department=${d.id}>${d.title[this.locale]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${city.standards.map(
            (standard, i) => html`<tr data-standard=${standard.id}>
              <th scope="row">${standard.title[this.locale]}</th>
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
