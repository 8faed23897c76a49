import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LanguagesResult, Locale } from '@mv-feedback/scoring';
import { responseLanguage, type LanguageStrings } from '../i18n/language-strings.js';
import type { Strings } from '../i18n/strings.js';
import { comparisonCell } from './comparison-cell.js';
import { sharedStyles } from './shared-styles.js';
import { tableStyles } from './table-styles.js';
import { departmentGridStyles } from './department-grid.styles.js';

/**
 * "Compare languages" (docs/design.md §14): a grid of standards (rows) by the
 * languages residents answered in (columns), all responses first, each
 * language against the responses in every other. Each language is named in
 * the staff's language and in itself (marked with its `lang`, so a screen
 * reader says "Tiếng Việt" in Vietnamese, WCAG 2.2 3.1.2); cells are drawn as
 * in the department comparison, a difference said in words.
 */
@customElement('mv-dashboard-languages')
export class LanguageGrid extends LitElement {
  static override styles = [sharedStyles, tableStyles, departmentGridStyles];

  @property({ attribute: false }) strings!: Strings;
  @property({ attribute: false }) words!: LanguageStrings;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) result!: LanguagesResult;

  private renderHeading(locale: string) {
    const { name, native } = responseLanguage(locale, this.locale);
    return html`<th scope="col" data-language=${locale}>
      ${name}
      ${native ? html`<span class="detail native" lang=${locale}>${native}</span>` : nothing}
    </th>`;
  }

  override render() {
    const s = this.strings;
    const w = this.words;
    const { all, languages, minN } = this.result;
    if (languages.length === 0) return html`<p>${w.languagesEmpty}</p>`;
    const words = { strings: s, locale: this.locale, minN, above: w.aboveOthers, below: w.belowOthers };
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${w.languagesTable}>
      <table class="fixed-first">
        <caption>
          ${w.languagesCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.colStandard}</th>
            <th scope="col" class="city">${w.colAllResponses}</th>
            ${languages.map((language) => this.renderHeading(language.locale))}
          </tr>
        </thead>
        <tbody>
          ${all.standards.map(
            (standard, i) => html`<tr data-standard=${standard.id}>
              <th scope="row">${standard.title[this.locale]}</th>
              <td class="city" data-language="">${comparisonCell(standard, null, words)}</td>
              ${languages.map((language) => {
                const cell = language.standards[i]!;
                return html`<td data-language=${language.locale}>${comparisonCell(cell, cell.vsRest, words)}</td>`;
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
    'mv-dashboard-languages': LanguageGrid;
  }
}
