import { css } from 'lit';

/** The look of standards-table.ts: its own rules on top of the shared ones. */
export const standardsTableStyles = css`
  table {
    width: 100%;
  }
  th,
  td {
    vertical-align: middle;
  }
  .caption {
    margin: 0 0 0.5rem;
    color: var(--mv-dash-muted);
  }
  .asked {
    margin-top: 0.15rem;
    font-size: 0.85rem;
    font-weight: 400;
  }
  .asked summary {
    min-height: 1.5rem;
    cursor: pointer;
    color: var(--mv-dash-muted);
  }
  .asked ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.1rem;
  }
  .said {
    display: block;
    min-height: 1.5rem;
    margin-top: 0.15rem;
    padding: 0;
    border: 0;
    background: none;
    font-size: 0.85rem;
    font-weight: 400;
    text-align: start;
    text-decoration: underline;
  }
  .standard-note {
    margin: 0.25rem 0 0;
    font-size: 0.85rem;
    font-weight: 400;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .score {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .suppressed {
    font-style: italic;
    color: var(--mv-dash-muted);
    font-size: 0.9rem;
    font-weight: 400;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.35rem;
    padding: 0 0.4rem;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    white-space: nowrap;
    background: var(--mv-dash-warn-bg);
    color: var(--mv-dash-warn-text);
  }
  .badge.few {
    display: block;
    width: fit-content;
    margin: 0.1rem 0 0 auto;
  }
  .badge.significant {
    background: #dbeafe;
    color: #1e3a8a;
  }
  .change {
    white-space: nowrap;
    color: var(--mv-dash-muted);
  }
  .up {
    color: var(--mv-dash-good);
  }
  .down {
    color: var(--mv-dash-bad);
  }
  .previous {
    display: block;
    font-size: 0.8rem;
  }
  .chart-col {
    width: 25%;
  }
  .notes {
    font-size: 0.85rem;
    color: var(--mv-dash-muted);
  }
  @media (max-width: 900px) {
    th,
    td {
      padding: 0.4rem 0.3rem;
    }
  }
  @media (max-width: 40em) {
    .chart-col,
    .bar-cell {
      display: none;
    }
    th[scope='row'],
    thead th:first-child {
      min-width: 8.5rem;
      max-width: 10rem;
    }
  }
  @media print {
    tr {
      break-inside: avoid;
    }
    .badge {
      border: 1px solid currentColor;
    }
  }
`;
