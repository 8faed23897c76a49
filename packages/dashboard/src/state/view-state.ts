// What the dashboard shows, kept in the query string so a view can be
// bookmarked, shared and restored with the browser's back button.
import type { Channel, CommentTone, CatalogueLocale as Locale, TrendInterval } from '@mv-feedback/scoring';
import { CHANNELS, LANGUAGE_ORDER, SLUG_PATTERN, isIsoDay } from '@mv-feedback/scoring/browser';
import { PERIODS, periodRange, type DateRange, type Period } from '../period/period-range.js';

export const SORT_ORDERS = ['catalogue', 'lowest', 'score'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The dashboard's pages: scores by standard, the departments compared, the languages compared, links to invite residents, the follow-up queue. */
export const SHOWS = ['scores', 'departments', 'languages', 'invite', 'follow-ups'] as const;
export type Show = (typeof SHOWS)[number];

export interface ViewState {
  show: Show;
  period: Period;
  /** Only for the `custom` period. */
  from?: string;
  to?: string;
  department?: string;
  channel?: Channel;
  survey?: string;
  /** Only responses given in this language (a locale, docs/design.md §14). */
  language?: string;
  /** Only verified responses (those that answered an invitation). */
  verified?: boolean;
  /** Absent: chosen from the number of responses (trend-interval.ts). */
  interval?: TrendInterval;
  /** The standard the departments are ranked by (the comparison); absent: the catalogue's first. */
  by?: string;
  sort: SortOrder;
  /** The comment search. */
  q: string;
  /** Comments about one standard… */
  standard?: string;
  /** …favourable or not (only with a standard). */
  tone?: CommentTone;
  lang?: Locale;
}

export const DEFAULT_VIEW: ViewState = {
  show: 'scores',
  period: 'last-30-days',
  sort: 'catalogue',
  q: '',
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);
const slug = (value: string | null) => (value !== null && SLUG_PATTERN.test(value) ? value : undefined);

/**
 * Reads a view from a query string; anything unknown or malformed falls back to the default,
 * so a hand-edited or stale link still opens.
 *
 * @example
 * parseViewState('?period=last-quarter&channel=phone').channel // → 'phone'
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view: ViewState = {
    ...DEFAULT_VIEW,
    show: oneOf(SHOWS, params.get('show')) ?? DEFAULT_VIEW.show,
    period: oneOf(PERIODS, params.get('period')) ?? DEFAULT_VIEW.period,
    sort: oneOf(SORT_ORDERS, params.get('sort')) ?? DEFAULT_VIEW.sort,
    q: (params.get('q') ?? '').slice(0, 200),
  };
  const department = slug(params.get('department'));
  const channel = oneOf(CHANNELS, params.get('channel'));
  const survey = slug(params.get('survey'));
  const language = oneOf(LANGUAGE_ORDER, params.get('language'));
  const lang = oneOf(['en', 'es'] as const, params.get('lang'));
  const standard = slug(params.get('standard'));
  const tone = oneOf(['favourable', 'unfavourable'] as const, params.get('tone'));
  const interval = oneOf(['week', 'month'] as const, params.get('interval'));
  const by = slug(params.get('by'));
  if (interval) view.interval = interval;
  if (by) view.by = by;
  if (params.get('verified') === 'true') view.verified = true;
  if (standard) view.standard = standard;
  if (standard && tone) view.tone = tone;
  if (department) view.department = department;
  if (channel) view.channel = channel;
  if (survey) view.survey = survey;
  if (language) view.language = language;
  if (lang) view.lang = lang;
  if (view.period === 'custom') {
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    if (isIsoDay(from) && isIsoDay(to) && from <= to) Object.assign(view, { from, to });
    else view.period = DEFAULT_VIEW.period;
  }
  return view;
}

/**
 * Writes a view as a query string (with its `?`, or empty for the default view); defaults are left out.
 *
 * @example
 * serializeViewState({ ...DEFAULT_VIEW, channel: 'phone' }) // → '?channel=phone'
 */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.show !== DEFAULT_VIEW.show) params.set('show', view.show);
  if (view.period !== DEFAULT_VIEW.period) params.set('period', view.period);
  if (view.period === 'custom' && view.from && view.to) {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  if (view.department) params.set('department', view.department);
  if (view.channel) params.set('channel', view.channel);
  if (view.survey) params.set('survey', view.survey);
  if (view.language) params.set('language', view.language);
  if (view.verified) params.set('verified', 'true');
  if (view.interval) params.set('interval', view.interval);
  if (view.by) params.set('by', view.by);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.q) params.set('q', view.q);
  if (view.standard) params.set('standard', view.standard);
  if (view.standard && view.tone) params.set('tone', view.tone);
  if (view.lang) params.set('lang', view.lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The days a view covers as of `today`. */
export function viewRange(view: ViewState, today: string): DateRange {
  if (view.period === 'custom' && view.from && view.to) return { from: view.from, to: view.to };
  return periodRange(view.period === 'custom' ? 'last-30-days' : view.period, today);
}
