import { html, nothing } from 'lit';
import type { CatalogueLocale as Locale, SurveySummary } from '@mv-feedback/scoring';
import { textIn } from '@mv-feedback/scoring/browser';
import type { StaffQuery } from '../api/staff-api-client.js';
import { formatCount, formatDayRange } from '../i18n/format.js';
import { responseLanguage, type LanguageStrings } from '../i18n/language-strings.js';
import type { Strings } from '../i18n/strings.js';
import type { ViewState } from '../state/view-state.js';

export interface ViewSummaryInput {
  strings: Strings;
  words: LanguageStrings;
  locale: Locale;
  view: ViewState;
  query: StaffQuery;
  /** The view's responses (and comments), once loaded. */
  totals: { responses: number; comments?: number } | null;
  /** The server's surveys, to name the survey filter. */
  surveys: readonly SurveySummary[];
  /** A department's name in the current language. */
  departmentName: (slug: string) => string;
}

/**
 * The view in words: how many responses over which days, then every filter.
 * On paper, where the controls are hidden, this line says what the page shows.
 *
 * @example
 * html`${viewSummary({ strings, words, locale, view, query, totals: scores, surveys, departmentName })}`
 */
export function viewSummary({
  strings: s,
  words: w,
  locale,
  view,
  query,
  totals,
  surveys,
  departmentName,
}: ViewSummaryInput) {
  const period = formatDayRange(locale, query.from, query.to);
  const survey = surveys.find((candidate) => candidate.id === query.survey);
  const filters = [
    `${s.period}: ${s.periods[view.period]}`,
    ...(view.show === 'departments'
      ? []
      : [`${s.department}: ${query.department ? departmentName(query.department) : s.allDepartments}`]),
    `${s.channel}: ${query.channel ? s.channels[query.channel] : s.allChannels}`,
    `${s.survey}: ${survey ? textIn(survey.title, locale) : (query.survey ?? s.allSurveys)}`,
    ...(view.show === 'scores'
      ? [`${w.responseLanguage}: ${view.language ? responseLanguage(view.language, locale).name : w.allLanguages}`]
      : []),
    ...(query.verified ? [s.verifiedOnly] : []),
  ].join(' · ');
  return html`<p class="summary" id="summary">
      <strong>${totals ? s.summary(formatCount(locale, totals.responses), period) : period}</strong>${
        totals?.comments !== undefined ? html` · ${s.summaryComments(formatCount(locale, totals.comments))}` : nothing
      }
    </p>
    <p class="filters-in-words muted">${filters}</p>`;
}
