import { html } from 'lit';
import type { CatalogueLocale as Locale, Share, VersusRest } from '@mv-feedback/scoring';
import { FEW_RESPONSES_N } from '@mv-feedback/scoring/browser';
import { formatCount, formatPercent } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';

export interface ComparisonCellWords {
  strings: Strings;
  locale: Locale;
  minN: number;
  /** "above the rest of the city", "above the other languages"… */
  above: string;
  below: string;
}

/**
 * One cell of a comparison grid (departments, languages): the score, its 95 %
 * interval and n, or why it is suppressed; a significant difference from the
 * rest said in words beside an arrow, not by colour alone (WCAG 2.2 1.4.1).
 *
 * @example
 * html`<td>${comparisonCell(cell, cell.vsRest, { strings, locale, minN: 10, above: s.aboveRest, below: s.belowRest })}</td>`
 */
export function comparisonCell(cell: Share, vsRest: VersusRest | null, words: ComparisonCellWords) {
  const { strings: s, locale } = words;
  if (cell.suppressed || cell.score === null || cell.ciLow === null || cell.ciHigh === null) {
    return html`<span class="why">${s.fewerThan(words.minN)}</span>
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
            ${difference === 'above' ? words.above : words.below}</span
          >`
        : ''
    }`;
}
