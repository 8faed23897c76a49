export { MvScoresDashboard } from './dashboard/scores-dashboard.js';
export { viewSummary } from './dashboard/view-summary.js';
export type { ViewSummaryInput } from './dashboard/view-summary.js';
export { SignInForm } from './components/sign-in-form.js';
export { FilterBar } from './components/filter-bar.js';
export type { ViewChange } from './components/filter-bar.js';
export { StandardsTable, orderStandards } from './components/standards-table.js';
export { TrendChart } from './components/trend-chart.js';
export { TrendSection } from './components/trend-section.js';
export type { TrendSeries } from './components/trend-chart.js';
export { CommentsList } from './components/comments-list.js';
export { scoreBar } from './components/score-bar.js';
export { StaffApiClient, StaffApiError, staffQueryString } from './api/staff-api-client.js';
export type { StaffQuery } from './api/staff-api-client.js';
export { tokenStore } from './auth/token-store.js';
export type { TokenStore } from './auth/token-store.js';
export { PERIODS, periodRange } from './period/period-range.js';
export type { Period, DateRange } from './period/period-range.js';
export { SORT_ORDERS, DEFAULT_VIEW, parseViewState, serializeViewState, viewRange } from './state/view-state.js';
export type { SortOrder, ViewState } from './state/view-state.js';
export { stringsFor } from './i18n/strings.js';
export type { Strings } from './i18n/strings.js';
export { pickLocale } from './i18n/pick-locale.js';
export {
  formatPercent,
  formatSignedPoints,
  formatCount,
  formatDayRange,
  formatShortDay,
  formatMonth,
  formatDateTime,
  departmentName,
} from './i18n/format.js';
