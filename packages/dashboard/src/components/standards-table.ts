import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CatalogueLocale as Locale, ScoresResult, StandardScore, Survey } from '@mv-feedback/scoring';
import { FEW_RESPONSES_N, textIn } from '@mv-feedback/scoring/browser';
import { formatCount, formatDayRange, formatPercent, formatSignedPoints } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import type { SortOrder } from '../state/view-state.js';
import { questionTexts } from './question-texts.js';
import { scoreBar } from './score-bar.js';
import { sharedStyles } from './shared-styles.js';
import { tableStyles } from './table-styles.js';
import { standardsTableStyles } from './standards-table.styles.js';
import { scoreBarStyles } from './score-bar.styles.js';

/** Standards in catalogue order, or by score (highest or lowest first) with suppressed ones last. */
export function orderStandards(standards: StandardScore[], sort: SortOrder): StandardScore[] {
  if (sort === 'catalogue') return standards;
  const sign = sort === 'lowest' ? -1 : 1;
  return [...standards].sort((a, b) => {
    if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
    return sign * (b.score - a.score);
  });
}

/**
 * Every standard's score as a table: the table is the text alternative of
 * the bars it holds (WCAG 2.2 1.1.1, 1.3.1). The standards' names stay in a
 * fixed first column when the figures scroll; below 40 em the bars give way.
 *
 * @event mv-view-change - `detail.standard`: "What residents said" about a standard.
 */
@customElement('mv-dashboard-standards')
export class StandardsTable extends LitElement {
  static override styles = [sharedStyles, tableStyles, scoreBarStyles, standardsTableStyles];

  @property({ attribute: false }) strings!: Strings;
  @property() locale: Locale = 'en';
  @property({ attribute: false }) result!: ScoresResult;
  @property() sort: SortOrder = 'catalogue';
  /** The surveys whose questions count towards the standards, to show what residents were asked. */
  @property({ attribute: false }) surveys: readonly Survey[] = [];
  /** A line under a standard's name, by its id: the follow-ups' on-time rate under "Providing same day response". */
  @property({ attribute: false }) notes: Readonly<Record<string, unknown>> = {};

  /**
   * The change in points, grey unless the test calls it significant (then
   * coloured, and said in words), with the previous period's days, score and n.
   */
  private renderChange(standard: StandardScore) {
    const s = this.strings;
    const change = standard.change;
    if (!change) return html`<span class="change">${s.noChange}</span>`;
    const period = formatDayRange(this.locale, change.previousFrom, change.previousTo);
    const n = formatCount(this.locale, change.previousN);
    const previous = html`<span class="previous muted"
      >${
        change.previousScore === null
          ? s.previousFew(period, n)
          : s.previousWas(period, formatPercent(this.locale, change.previousScore), n)
      }</span
    >`;
    if (standard.suppressed || change.delta === null) {
      return html`<span class="change">${s.noChange}</span>${previous}`;
    }
    const direction = change.delta > 0.05 ? 'up' : change.delta < -0.05 ? 'down' : 'flat';
    const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '▶';
    const word = direction === 'up' ? s.changeUp : direction === 'down' ? s.changeDown : s.changeFlat;
    return html`<span class="change ${change.significant ? direction : ''}">
        <span aria-hidden="true">${arrow}</span>
        <span class="visually-hidden">${word}</span>
        ${s.points(formatSignedPoints(this.locale, change.delta))}</span
      >${change.significant ? html`<span class="badge significant">${s.significant}</span>` : ''}
      ${previous}`;
  }

  private renderName(standard: StandardScore) {
    const title = textIn(standard.title, this.locale);
    const texts = questionTexts(this.surveys, standard.id, this.locale);
    return html`<th scope="row">
      ${title}
      ${
        texts.length > 0
          ? html`<details class="asked">
            <summary>${this.strings.questionsAsked(texts.length)}</summary>
            <ul>
              ${texts.map((text) => html`<li>${text}</li>`)}
            </ul>
          </details>`
          : ''
      }
      <button
        type="button"
        class="said"
        aria-label=${this.strings.whatResidentsSaidAbout(title)}
        @click=${() =>
          this.dispatchEvent(
            new CustomEvent('mv-view-change', {
              // The reasons to act on first: the unfavourable answers (the reader can widen them).
              detail: { standard: standard.id, tone: 'unfavourable', q: '' },
              bubbles: true,
              composed: true,
            }),
          )}
      >
        ${this.strings.whatResidentsSaid}
      </button>
      ${this.notes[standard.id] ? html`<p class="standard-note">${this.notes[standard.id]}</p>` : ''}
    </th>`;
  }

  private renderRow(standard: StandardScore) {
    const s = this.strings;
    const locale = this.locale;
    const shown =
      !standard.suppressed && standard.score !== null && standard.ciLow !== null && standard.ciHigh !== null;
    if (!shown) {
      return html`<tr data-standard=${standard.id} data-suppressed="true">
        ${this.renderName(standard)}
        <td class="score-cell"><span class="suppressed">${s.fewerThan(this.result.minN)}</span></td>
        <td class="bar-cell"></td>
        <td></td>
        <td class="num n">${formatCount(locale, standard.n)}</td>
        <td>${this.renderChange(standard)}</td>
      </tr>`;
    }
    const score = formatPercent(locale, standard.score!);
    const low = formatPercent(locale, standard.ciLow!);
    const high = formatPercent(locale, standard.ciHigh!);
    return html`<tr data-standard=${standard.id}>
      ${this.renderName(standard)}
      <td class="score-cell num">
        <span class="score">${score}</span>${
          standard.n < FEW_RESPONSES_N ? html`<span class="badge few">${s.fewResponses}</span>` : ''
        }
      </td>
      <td class="bar-cell">${scoreBar(standard.score!, standard.ciLow!, standard.ciHigh!, s.barLabel(score, low, high))}</td>
      <td class="num interval">${s.interval(low, high)}</td>
      <td class="num n">${formatCount(locale, standard.n)}</td>
      <td>${this.renderChange(standard)}</td>
    </tr>`;
  }

  override render() {
    const s = this.strings;
    return html`
      <!-- Seen above the scrolling region, so a phone never scrolls it away or cuts it; the table's own caption is for screen readers. -->
      <p class="caption" id="standards-caption" aria-hidden="true">${s.standardsCaption}</p>
      <div class="scroll" tabindex="0" role="region" aria-label=${s.standardsTable}>
        <table class="fixed-first">
          <caption class="visually-hidden">
            ${s.standardsCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.colStandard}</th>
              <th scope="col" class="num">${s.colScore}</th>
              <th scope="col" class="chart-col">${s.colChart}</th>
              <th scope="col" class="num">${s.colInterval}</th>
              <th scope="col" class="num">${s.colN}</th>
              <th scope="col">${s.colChange}</th>
            </tr>
          </thead>
          <tbody>
            ${orderStandards(this.result.standards, this.sort).map((standard) => this.renderRow(standard))}
          </tbody>
        </table>
      </div>
      <p class="notes">${s.fewResponsesNote} ${s.significantNote}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-dashboard-standards': StandardsTable;
  }
}
