// What a city's own pages need: the element (importing this module defines
// <mv-scores-dashboard>), and the typed client of the staff API for those who
// build their own views.
export { MvScoresDashboard } from './dashboard/scores-dashboard.js';
export { StaffApiClient, StaffApiError } from './api/staff-api-client.js';
export type { StaffQuery } from './api/staff-api-client.js';
