import { css } from 'lit';

/** The look of department-grid.ts: its own rules on top of the shared ones. */
export const departmentGridStyles = css`
  th,
  td {
    vertical-align: top;
    min-width: 7.5rem;
  }
  thead th {
    vertical-align: bottom;
  }
  th[scope='row'],
  thead th:first-child {
    min-width: 9rem;
    max-width: 12rem;
  }
  .city {
    background: var(--mv-dash-subtle);
  }
  .score {
    display: block;
    font-size: 1.1rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .detail,
  .why {
    display: block;
    font-size: 0.8rem;
    color: var(--mv-dash-muted);
    white-space: nowrap;
  }
  .why {
    font-style: italic;
    white-space: normal;
  }
  .vs {
    display: block;
    margin-top: 0.15rem;
    font-size: 0.8rem;
    font-weight: 600;
  }
  .vs.above {
    color: var(--mv-dash-good);
  }
  .vs.below {
    color: var(--mv-dash-bad);
  }
  .few {
    font-size: 0.75rem;
    color: var(--mv-dash-warn-text);
  }
`;
