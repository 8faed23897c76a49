import { LitElement, html } from 'lit';
import type { CatalogueLocale as Locale, PublicCell, PublicScores } from '@mv-feedback/scoring';
import { textIn } from '@mv-feedback/scoring/browser';
import { styles } from './mv-scorecard.styles.js';
import { SCORECARD_STRINGS, fillIn } from './scorecard-strings.js';

/** Shares are shown as whole percents; the open data keeps full precision. */
const whole = (locale: Locale, value: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);

/**
 * A city's published customer-care results, drawn from the open data of an
 * mv-feedback server (`/api/v1/public/scores`) as an accessible table: every
 * standard's share of residents who agreed in the last published quarter,
 * its 95 % interval in words and drawn, and its number of answers.
 *
 * @summary Published results of the city's customer-care standards.
 *
 * @attr endpoint - Origin of the mv-feedback server; default: this page's origin.
 * @attr lang - `en` or `es`; default: the nearest `lang` in the page, then the browser's language.
 * @attr department - A department's slug; default: the whole city.
 *
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart header - Each column heading.
 * @csspart row - Each standard's row.
 * @csspart share - The share, in percent.
 * @csspart interval - The interval in words.
 * @csspart bar - The interval drawn.
 * @csspart withheld - Why a figure is not shown.
 * @csspart status - Loading, failure or nothing published.
 *
 * @cssprop --mv-scorecard-accent - The interval's band. Default `#005ea2` (`#8cc4f0` in dark mode).
 * @cssprop --mv-scorecard-text - Text and the share's mark. Default `#1b1b1b`.
 * @cssprop --mv-scorecard-surface - The table's background. Default `#fff`.
 * @cssprop --mv-scorecard-muted - Notes. Default `#4a4f55`.
 * @cssprop --mv-scorecard-border - Rules and the interval's track. Default `#71767a`.
 * @cssprop --mv-scorecard-spacing - Cell padding. Default `0.5em`.
 * @cssprop --mv-scorecard-font - The font. Default: inherited.
 */
export class MvScorecard extends LitElement {
  static override styles = styles;

  static override properties = {
    endpoint: {},
    department: {},
    _scores: { state: true },
    _failed: { state: true },
  };

  /** Origin of the mv-feedback server; empty for this page's origin. */
  endpoint = '';
  /** A department's slug; empty or `*` for the whole city. */
  department = '';

  private _scores?: PublicScores;
  private _failed = false;
  private _loaded?: string;

  private get _locale(): Locale {
    const lang = this.lang || this.closest('[lang]')?.getAttribute('lang') || navigator.language;
    return /^es\b/i.test(lang) ? 'es' : 'en';
  }

  override updated(): void {
    const url = `${this.endpoint.replace(/\/$/, '')}/api/v1/public/scores`;
    if (url === this._loaded) return;
    this._loaded = url;
    this._failed = false;
    fetch(url, { headers: { Accept: 'application/json' } })
      .then((answer) => (answer.ok ? (answer.json() as Promise<PublicScores>) : Promise.reject(new Error())))
      .then(
        (scores) => (this._scores = scores),
        () => (this._failed = true),
      );
  }

  override render() {
    const locale = this._locale;
    const s = SCORECARD_STRINGS[locale];
    const status = (text: string) => html`<p part="status" class="note" role="status">${text}</p>`;
    if (this._failed) return status(s.failed);
    const scores = this._scores;
    if (!scores) return status(s.loading);
    const period = scores.periods.at(-1);
    const slug = this.department || '*';
    const group = period?.groups.find((g) => g.department === slug);
    if (!period || !group) return status(s.nothing);
    const title = scores.departments.find((d) => d.id === slug)?.title[locale] ?? slug;
    return html`<table part="table">
      <caption part="caption">
        ${fillIn(s.caption, { group: title, period: period.period })}
      </caption>
      <thead>
        <tr>
          <th part="header" scope="col">${s.standard}</th>
          <th part="header" scope="col">${s.agreed}</th>
          <th part="header" scope="col" class="n">${s.answers}</th>
        </tr>
      </thead>
      <tbody>
        ${scores.standards.map((standard) => {
          const cell = group.standards.find((c) => c.standard === standard.id);
          return html`<tr part="row">
            <th scope="row">${textIn(standard.title, locale)}</th>
            <td>${this._figures(cell, locale, scores.minN)}</td>
            <td class="n">${whole(locale, cell?.n ?? 0)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private _figures(cell: PublicCell | undefined, locale: Locale, minN: number) {
    const s = SCORECARD_STRINGS[locale];
    if (!cell || cell.n === 0) return html`<span part="withheld" class="withheld">${s.noAnswers}</span>`;
    const { score, ciLow, ciHigh } = cell;
    if (score === null || ciLow === null || ciHigh === null) {
      return html`<span part="withheld" class="withheld"
        >${cell.n < minN ? fillIn(s.fewAnswers, { minN }) : s.protects}</span
      >`;
    }
    return html`<span part="share" class="share">${whole(locale, score)} %</span>
      <span part="interval">${fillIn(s.between, { low: whole(locale, ciLow), high: whole(locale, ciHigh) })}</span>
      <svg part="bar" class="bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
        <rect class="track" x="0" y="5" width="100" height="2"></rect>
        <rect class="band" x=${ciLow} y="2" width=${ciHigh - ciLow} height="8"></rect>
        <rect class="mark" x=${Math.min(99, Math.max(0, score - 1))} y="0" width="2" height="12"></rect>
      </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-scorecard': MvScorecard;
  }
}

// As <mv-feedback>: a server rendering the page defines nothing; a second copy is tolerated.
if (typeof document !== 'undefined' && !customElements.get('mv-scorecard')) {
  customElements.define('mv-scorecard', MvScorecard);
}
