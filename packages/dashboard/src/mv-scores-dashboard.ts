// The drop-in bundle's entry: importing it defines <mv-scores-dashboard> and its parts.
export { MvScoresDashboard } from './dashboard/scores-dashboard.js';
