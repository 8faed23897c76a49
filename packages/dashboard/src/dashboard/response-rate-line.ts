import { html, nothing } from 'lit';
import type { CatalogueLocale as Locale, ScoresResult } from '@mv-feedback/scoring';
import { formatCount, formatPercent } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';

/**
 * The view's response rate in words: "Response rate 12% — 2,743 answers of
 * 22,810 offers", numbers in the reader's language. With no offer counted it
 * says so rather than show 0 % or a division by zero; with more answers than
 * offers (held at 100 % by the API) it says why.
 *
 * @example
 * html`${responseRateLine(strings, 'en', scores)}`
 */
export function responseRateLine(
  s: Strings,
  locale: Locale,
  scores: Pick<ScoresResult, 'responses' | 'offered' | 'responseRate'> | null,
) {
  if (!scores) return html`<p class="rate" id="response-rate"></p>`;
  const { responses, offered, responseRate } = scores;
  if (responseRate === null) return html`<p class="rate muted" id="response-rate">${s.responseRateNone}</p>`;
  return html`<p class="rate" id="response-rate">
    ${s.responseRate(formatPercent(locale, 100 * responseRate), formatCount(locale, responses), formatCount(locale, offered))}${
      responses > offered ? html` <span class="muted">${s.responseRateCapped}</span>` : nothing
    }
  </p>`;
}
