import { html, nothing } from 'lit';
import type { CatalogueLocale as Locale, StaffSession, Survey, DepartmentDefinition } from '@mv-feedback/scoring';
import { textIn } from '@mv-feedback/scoring/browser';
import type { StaffApiClient, StaffQuery } from '../api/staff-api-client.js';
import type { ViewChange } from '../components/filter-bar.js';
import { readingGuide } from '../components/reading-guide.js';
import type { LanguageStrings } from '../i18n/language-strings.js';
import type { Strings } from '../i18n/strings.js';
import type { ViewState } from '../state/view-state.js';
import type { DashboardData } from './dashboard-data.js';
import { loadFollowUpParts } from '../follow-ups/load-follow-up-parts.js';
import { errorText } from './error-text.js';
import { responseRateLine } from './response-rate-line.js';
import { viewSummary } from './view-summary.js';

/** Below this width secondary sections start closed (the same 40 em where the bars give way). */
const NARROW = '(max-width: 40em)';

/** Everything a signed-in view draws from, and what it may ask the dashboard to do. */
export interface SignedInContext {
  strings: Strings;
  /** The languages view's and filter's words. */
  words: LanguageStrings;
  locale: Locale;
  view: ViewState;
  query: StaffQuery;
  session: StaffSession | null;
  data: DashboardData;
  surveys: readonly Survey[];
  departmentList: readonly DepartmentDefinition[];
  departmentName: (slug: string) => string;
  timeZone: string;
  apiBase: string;
  api: StaffApiClient | null;
  downloadStatus: string;
  /** The address of the current view with `change` applied. */
  href(change: ViewChange): string;
  changeView(change: ViewChange): void;
  reload(): void;
  download(): void;
  moreComments(): void;
}

/**
 * The views of a signed-in dashboard as templates, one function each: the
 * shell (scores-dashboard.component.ts) keeps the state, these only draw it.
 */
export function signedInView(c: SignedInContext) {
  if (c.view.show === 'follow-ups') return followUpsView(c);
  return c.view.show === 'invite' ? inviteView(c) : figuresView(c);
}

/** The catalogue's "Providing same day response", under which the follow-ups' on-time rate is shown. */
const SAME_DAY_STANDARD = 'same-day-response';

/** The follow-up queue (docs/design.md §12), for the token's department or the one the filters chose. */
function followUpsView(c: SignedInContext) {
  void loadFollowUpParts();
  return html`<mv-dashboard-follow-ups .context=${c}></mv-dashboard-follow-ups>`;
}

function inviteView(c: SignedInContext) {
  return html`<section aria-labelledby="invite-heading">
    <h2 id="invite-heading">${c.strings.viewInvite}</h2>
    <mv-dashboard-invite
      .strings=${c.strings}
      .locale=${c.locale}
      .surveys=${c.surveys}
      .departmentList=${c.departmentList}
      .departments=${c.session?.departments ?? []}
      .scopedDepartment=${c.session?.department ?? null}
      .publicUrl=${c.session?.publicUrl ?? location.origin}
      .serverBase=${c.apiBase}
    ></mv-dashboard-invite>
  </section>`;
}

/** Scores, or the departments or languages compared, under the filters that choose them. */
function figuresView(c: SignedInContext) {
  const s = c.strings;
  const show = c.view.show;
  const compare = show === 'departments' || show === 'languages';
  const totals =
    show === 'departments'
      ? (c.data.departments?.city ?? null)
      : show === 'languages'
        ? (c.data.languages?.all ?? null)
        : c.data.scores;
  return html`
    <mv-dashboard-filters
      .strings=${s}
      .words=${c.words}
      .locale=${c.locale}
      .view=${c.view}
      .range=${{ from: c.query.from, to: c.query.to }}
      .scopedDepartment=${c.session?.department ?? null}
      .departments=${c.session?.departments ?? []}
      .surveys=${c.surveys}
      .departmentName=${c.departmentName}
      .departmentFilter=${show !== 'departments'}
      .languageFilter=${!compare}
      @mv-view-change=${(e: CustomEvent<ViewChange>) => c.changeView(e.detail)}
    ></mv-dashboard-filters>
    ${viewSummary({ strings: s, words: c.words, locale: c.locale, view: c.view, query: c.query, totals, surveys: c.surveys, departmentName: c.departmentName })}
    ${compare || c.view.language ? nothing : responseRateLine(s, c.locale, c.data.scores)}
    ${c.view.language && !compare ? html`<p class="muted" id="not-by-language">${c.words.notByLanguage}</p>` : nothing}
    <div class="toolbar">
      <button type="button" @click=${() => c.download()}>${s.downloadCsv}</button>
      <span role="status">${c.downloadStatus}</span>
    </div>
    <div class="problem" role="alert">${
      c.data.error
        ? html`<span>${errorText(s, c.data.error, s.sessionEnded)}</span
            ><button type="button" @click=${() => c.reload()}>${s.retry}</button>`
        : nothing
    }</div>
    <div aria-busy=${c.data.loading ? 'true' : 'false'}>
      ${show === 'departments' ? comparisonView(c) : show === 'languages' ? languagesView(c) : scoresView(c)}
    </div>
  `;
}

function comparisonView(c: SignedInContext) {
  const s = c.strings;
  return html`<section aria-labelledby="compare-heading">
    <h2 id="compare-heading">${s.compareHeading}</h2>
    ${readingGuide(s)}
    ${
      c.data.departments
        ? html`<mv-dashboard-departments
          .strings=${s}
          .locale=${c.locale}
          .result=${c.data.departments}
          .by=${c.view.by}
          .hrefFor=${c.href}
          @mv-view-change=${(e: CustomEvent<ViewChange>) => c.changeView(e.detail)}
        ></mv-dashboard-departments>`
        : html`<p class="placeholder">${s.loading}</p>`
    }
  </section>`;
}

function languagesView(c: SignedInContext) {
  return html`<section aria-labelledby="languages-heading">
    <h2 id="languages-heading">${c.words.viewLanguages}</h2>
    ${readingGuide(c.strings)}
    ${
      c.data.languages
        ? html`<mv-dashboard-languages
          .strings=${c.strings}
          .locale=${c.locale}
          .result=${c.data.languages}
        ></mv-dashboard-languages>`
        : html`<p class="placeholder">${c.strings.loading}</p>`
    }
  </section>`;
}

/** The on-time rate's line for "Providing same day response", once the summary is in. */
function sameDayNotes(c: SignedInContext) {
  if (!c.data.sameDay) return {};
  return { [SAME_DAY_STANDARD]: html`<mv-dashboard-same-day .context=${c}></mv-dashboard-same-day>` };
}

function scoresView(c: SignedInContext) {
  const s = c.strings;
  const scores = c.data.scores;
  const standards = scores?.standards ?? [];
  const about = standards.find((standard) => standard.id === c.view.standard);
  const onChange = (e: CustomEvent<ViewChange>) => c.changeView(e.detail);
  // On a phone the trend and the comments start closed, so the scores are not
  // followed by screens of charts; a comment search or a standard's comments open them.
  const wide = !matchMedia(NARROW).matches;
  return html`<section aria-labelledby="standards-heading">
      <h2 id="standards-heading">${s.standardsHeading}</h2>
      ${readingGuide(s)}
      ${
        scores
          ? html`<mv-dashboard-standards
            .strings=${s}
            .locale=${c.locale}
            .result=${scores}
            .sort=${c.view.sort}
            .surveys=${c.view.survey ? c.surveys.filter((survey) => survey.id === c.view.survey) : c.surveys}
            .notes=${sameDayNotes(c)}
            @mv-view-change=${onChange}
          ></mv-dashboard-standards>`
          : html`<p class="placeholder">${s.loading}</p>`
      }
    </section>
    ${
      // Below the scores only once scores and trend are in: sections that arrive
      // one by one would push the ones under them down (layout shift).
      // A language filter has no trend (the trend is not split by language).
      scores && (c.data.trend || c.view.language)
        ? html`${
            c.data.trend
              ? html`<section aria-labelledby="trend-heading">
                  <details class="more" ?open=${wide}>
                    <summary><h2 id="trend-heading">${s.trendHeading}</h2></summary>
                    <mv-dashboard-trend
                      .strings=${s}
                      .locale=${c.locale}
                      .interval=${c.data.trend.interval}
                      .automatic=${!c.view.interval}
                      .trend=${c.data.trend}
                      @mv-view-change=${onChange}
                    ></mv-dashboard-trend>
                  </details>
                </section>`
              : nothing
          }
          <section class="comments" aria-labelledby="comments-heading">
            <details class="more" ?open=${wide || Boolean(c.view.standard || c.view.q)}>
              <summary>
                <h2 id="comments-heading" tabindex="-1">
                  ${about ? s.whatResidentsSaidAbout(textIn(about.title, c.locale)) : s.commentsHeading}
                </h2>
              </summary>
              <mv-dashboard-comments
                .strings=${s}
                .locale=${c.locale}
                .timeZone=${c.timeZone}
                .items=${c.data.comments}
                .total=${c.data.commentsTotal}
                .q=${c.view.q}
                .standard=${c.view.standard}
                .tone=${c.view.tone}
                .standards=${standards}
                .surveys=${c.surveys}
                .departmentName=${c.departmentName}
                @mv-comments-search=${(e: CustomEvent<{ q: string }>) => c.changeView({ q: e.detail.q })}
                @mv-view-change=${onChange}
                @mv-comments-more=${() => c.moreComments()}
              ></mv-dashboard-comments>
            </details>
          </section>`
        : nothing
    }`;
}
