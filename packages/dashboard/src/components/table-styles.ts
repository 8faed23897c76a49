// What the dashboard's two tables share: a scrolling region that a keyboard
// can reach, plain rules, and a first column that stays put while the rest
// scrolls (as it does always in the comparison, and below 40 em in the scores).
import { css } from 'lit';

export const tableStyles = css`
  .scroll {
    /* Positioned, so visually hidden text inside scrolls with the table instead of widening the page. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
  }
  .scroll:focus-visible {
    outline-offset: 0;
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    padding-bottom: 0.5rem;
    color: var(--mv-dash-muted);
  }
  th,
  td {
    padding: 0.45rem 0.5rem;
    border-bottom: 1px solid #d1d5db;
    text-align: start;
  }
  thead th {
    font-size: 0.85rem;
    border-bottom: 2px solid var(--mv-dash-border);
  }
  th[scope='row'] {
    font-weight: 600;
  }
  .fixed-first th[scope='row'],
  .fixed-first thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--mv-dash-surface);
    box-shadow: 1px 0 0 #d1d5db;
  }
`;
