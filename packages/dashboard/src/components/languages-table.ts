import { html, nothing } from 'lit';
import type { CatalogueLocale as Locale, LanguagesResult } from '@mv-feedback/scoring';
import { responseLanguage } from '../i18n/language-strings.js';
import { languagesTableStrings } from '../i18n/languages-table-strings.js';
import type { Strings } from '../i18n/strings.js';
import { comparisonCell } from './comparison-cell.js';

const heading = (locale: string, staff: Locale) => {
  const { name, native } = responseLanguage(locale, staff);
  return html`<th scope="col" data-language=${locale}>
    ${name}
    ${native ? html`<span class="detail native" lang=${locale}>${native}</span>` : nothing}
  </th>`;
};

/**
 * The languages compared (docs/design.md §14) as a grid of standards (rows)
 * by the languages residents answered in (columns), all responses first.
 * Each language is named for staff and in itself, marked with its `lang` so a
 * screen reader says "Tiếng Việt" in Vietnamese (WCAG 2.2 3.1.2); cells are
 * drawn as in the department comparison. A chunk of its own: only this view
 * needs it, so signing in does not fetch it.
 *
 * @example
 * html`${languagesTable(result, strings, 'en')}`
 */
export function languagesTable(result: LanguagesResult, s: Strings, locale: Locale) {
  const w = languagesTableStrings(locale);
  const { all, languages, minN } = result;
  const words = { strings: s, locale, minN, above: w.above, below: w.below };
  return html`<p>${w.intro}</p>
    ${
      languages.length === 0
        ? html`<p>${w.empty}</p>`
        : html`<div class="scroll" tabindex="0" role="region" aria-label=${w.table}>
          <table class="fixed-first">
            <caption>
              ${w.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${s.colStandard}</th>
                <th scope="col" class="city">${w.allResponses}</th>
                ${languages.map((language) => heading(language.locale, locale))}
              </tr>
            </thead>
            <tbody>
              ${all.standards.map(
                (standard, i) => html`<tr data-standard=${standard.id}>
                  <th scope="row">${standard.title[locale]}</th>
                  <td class="city" data-language="">${comparisonCell(standard, null, words)}</td>
                  ${languages.map((language) => {
                    const cell = language.standards[i]!;
                    return html`<td data-language=${language.locale}>${comparisonCell(cell, cell.vsRest, words)}</td>`;
                  })}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
    }`;
}
