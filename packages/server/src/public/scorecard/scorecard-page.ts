import { html } from 'hono/html';
import {
  BUILT_IN_PACKS,
  WHOLE_CITY,
  textIn,
  type CatalogueLocale as Locale,
  type PublicCell,
  type PublicScores,
} from '@mv-feedback/scoring';
import type { Html } from '../../hosted/page-layout.js';
import { intervalBar, sparkline } from './interval-svg.js';
import { SCORECARD_STRINGS, type ScorecardStrings } from './scorecard-strings.js';

export interface ScorecardView {
  locale: Locale;
  cityName: string;
  /** The server's root path as residents see it, without a trailing slash. */
  root: string;
  scores: PublicScores;
  /** The group shown: `*` or a department's slug. */
  department: string;
  /** The quarter shown, by label; the last one when absent. */
  quarter: string | undefined;
}

/** Shares and intervals are shown as whole percents; the open data keeps full precision. */
const whole = (locale: Locale, value: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);

/** "FY2027-Q1 (July–September 2026)": the label as published, and the months a resident knows. */
function quarterName(s: ScorecardStrings, label: string, start: string, end: string): string {
  const month = (day: string) => s.months[Number(day.slice(5, 7)) - 1] ?? '';
  const startYear = start.slice(0, 4);
  const endYear = end.slice(0, 4);
  const months =
    startYear === endYear
      ? `${month(start)}–${month(end)} ${endYear}`
      : `${month(start)} ${startYear}–${month(end)} ${endYear}`;
  return `${label} (${months})`;
}

function cellFigures(view: ScorecardView, s: ScorecardStrings, cell: PublicCell | undefined, minN: number): Html {
  if (!cell || cell.n === 0) return html`<span class="withheld">${s.noAnswers}</span>`;
  if (cell.suppressed || cell.score === null || cell.ciLow === null || cell.ciHigh === null) {
    return html`<span class="withheld">${cell.n < minN ? s.fewAnswers(minN) : s.protects}</span>`;
  }
  return html`<span class="share">${s.percent(whole(view.locale, cell.score))}</span>
    <span>${s.interval(whole(view.locale, cell.ciLow), whole(view.locale, cell.ciHigh))}</span>
    ${intervalBar({ score: cell.score, ciLow: cell.ciLow, ciHigh: cell.ciHigh })}`;
}

function earlierQuarters(view: ScorecardView, s: ScorecardStrings, standard: string, upTo: number): Html | '' {
  const all = view.scores.periods.slice(0, upTo + 1).map((period) => ({
    label: period.period,
    cell: period.groups
      .find((group) => group.department === view.department)
      ?.standards.find((c) => c.standard === standard),
  }));
  // Quarters before the first with answers say nothing: the history starts there.
  const first = all.findIndex(({ cell }) => (cell?.n ?? 0) > 0);
  const history = first < 0 ? [] : all.slice(first);
  if (history.length < 2) return '';
  const scores = history.map(({ cell }) => (cell && !cell.suppressed ? cell.score : null));
  const words = history
    .slice(0, -1)
    .map(
      ({ label, cell }) =>
        `${label}: ${typeof cell?.score === 'number' ? s.percent(whole(view.locale, cell.score)) : '–'}`,
    )
    .join('; ');
  return html`${sparkline(scores)}
    <p class="earlier">${s.earlier}: ${words}</p>`;
}

type PageFrame = Pick<ScorecardView, 'locale' | 'cityName' | 'root'>;

/** The document's start to its `<head>`'s end: the hosted pages' stylesheet and the scorecard's own, no script. */
const scorecardHead = (frame: PageFrame, title: string) =>
  html`<!doctype html>
<html lang="${frame.locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · ${frame.cityName}</title>
    <meta name="description" content="${SCORECARD_STRINGS[frame.locale].intro(frame.cityName)}" />
    <link rel="icon" href="${frame.root}/r/icon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="${frame.root}/r/hosted.css" />
    <link rel="stylesheet" href="${frame.root}/scorecard.css" />
  </head>`;

/**
 * The scorecard's 404: a department or quarter it has no results for, said in
 * the resident's language, with the way back to the whole city.
 *
 * @example
 * c.html(scorecardMissingPage({ locale: 'es', cityName: 'Moreno Valley', root: '' }), 404);
 */
export function scorecardMissingPage(frame: PageFrame): Html {
  const s = SCORECARD_STRINGS[frame.locale];
  return html`${scorecardHead(frame, s.notFoundTitle)}
  <body>
    <header class="site-header scorecard-header">
      <p class="city"><strong>${frame.cityName}</strong></p>
    </header>
    <main id="main" class="scorecard">
      <h1>${s.notFoundTitle}</h1>
      <p>${s.notFound}</p>
      <p><a href="${frame.root}/scorecard?lang=${frame.locale}">${s.backToScorecard}</a></p>
    </main>
  </body>
</html>
`;
}

/**
 * The public scorecard of docs/design.md §13: for the chosen group (the city
 * or a department) and quarter, every standard's share with its interval
 * written and drawn, its answers, the earlier quarters, and a methods note.
 * A plain GET form picks the group and quarter: no script is needed.
 *
 * @example
 * c.html(scorecardPage({ locale: 'en', cityName: 'Moreno Valley', root: '', scores, department: '*', quarter: undefined }));
 */
export function scorecardPage(view: ScorecardView): Html {
  const s = SCORECARD_STRINGS[view.locale];
  const other: Locale = view.locale === 'en' ? 'es' : 'en';
  const { scores } = view;
  const index =
    view.quarter === undefined ? scores.periods.length - 1 : scores.periods.findIndex((p) => p.period === view.quarter);
  const period = scores.periods[index];
  const group = period?.groups.find((g) => g.department === view.department);
  const groupName =
    view.department === WHOLE_CITY
      ? s.wholeCity
      : (scores.departments.find((d) => d.id === view.department)?.title[view.locale] ?? view.department);
  const here = new URLSearchParams({ lang: other });
  if (view.department !== WHOLE_CITY) here.set('department', view.department);
  if (view.quarter !== undefined) here.set('quarter', view.quarter);
  const openData = `${view.root}/api/v1/public/scores`;
  return html`${scorecardHead(view, s.title)}
  <body>
    <header class="site-header scorecard-header">
      <p class="city"><strong>${view.cityName}</strong></p>
      <a class="language" href="?${here.toString()}" lang="${other}" hreflang="${other}">${BUILT_IN_PACKS[other].name}</a>
    </header>
    <main id="main" class="scorecard">
      <h1>${s.title}</h1>
      <p>${s.intro(view.cityName)}</p>
      <form method="get" action="${view.root}/scorecard">
        <input type="hidden" name="lang" value="${view.locale}" />
        <label
          >${s.department}
          <select name="department">
            <option value="${WHOLE_CITY}" ${view.department === WHOLE_CITY ? 'selected' : ''}>${s.wholeCity}</option>
            ${scores.departments
              .filter((d) => d.id !== WHOLE_CITY)
              .map(
                (d) =>
                  html`<option value="${d.id}" ${d.id === view.department ? 'selected' : ''}>${textIn(d.title, view.locale)}</option>`,
              )}
          </select>
        </label>
        <label
          >${s.quarter}
          <select name="quarter">
            ${scores.periods
              .map(
                (p, i) =>
                  html`<option value="${p.period}" ${i === index ? 'selected' : ''}>${quarterName(s, p.period, p.start, p.end)}</option>`,
              )
              .reverse()}
          </select>
        </label>
        <button type="submit">${s.show}</button>
      </form>
      ${
        period === undefined
          ? html`<p>${s.nothingYet}</p>`
          : html`<h2>${groupName}: ${quarterName(s, period.period, period.start, period.end)}</h2>
              <p>
                ${s.summary(
                  whole(view.locale, group?.responses ?? 0),
                  typeof group?.responseRate === 'number' ? whole(view.locale, 100 * group.responseRate) : null,
                )}
              </p>
              <table class="scores">
                <caption>
                  ${s.caption(groupName, period.period)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${s.standard}</th>
                    <th scope="col">${s.favourable}</th>
                    <th scope="col">${s.responses}</th>
                  </tr>
                </thead>
                <tbody>
                  ${scores.standards.map((standard) => {
                    const cell = group?.standards.find((c) => c.standard === standard.id);
                    return html`<tr>
                      <th scope="row">${textIn(standard.title, view.locale)}</th>
                      <td>
                        ${cellFigures(view, s, cell, scores.minN)} ${earlierQuarters(view, s, standard.id, index)}
                      </td>
                      <td class="n">${whole(view.locale, cell?.n ?? 0)}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>`
      }
      <h2>${s.methodsTitle}</h2>
      <ul class="methods">
        ${s.methods(scores.minN).map((line) => html`<li>${line}</li>`)}
      </ul>
      <p>
        ${s.openData} <a href="${openData}">${s.openDataJson}</a>,
        <a href="${openData}.csv">${s.openDataCsv}</a>
      </p>
    </main>
  </body>
</html>
`;
}
