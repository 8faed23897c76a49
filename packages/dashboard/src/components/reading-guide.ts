import { html } from 'lit';
import type { Strings } from '../i18n/strings.js';

/**
 * "How to read these numbers": what the score, the interval, "few responses"
 * and "significant" mean, and that residents choose to answer, in the
 * dashboard's language. Closed by default, so it costs the reader one line.
 *
 * @example
 * html`${readingGuide(strings)}`
 */
export function readingGuide(s: Strings) {
  return html`<details class="guide">
    <summary>${s.guideHeading}</summary>
    <dl>
      ${s.guide.map(([term, meaning]) => html`<dt>${term}</dt><dd>${meaning}</dd>`)}
    </dl>
  </details>`;
}
