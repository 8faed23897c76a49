import { css } from 'lit';

/** The look of department-grid.ts: its own rules on top of the shared ones. */
export const departmentGridStyles = css`
  .field {
    display: grid;
    gap: 0.2rem;
    max-width: min(24rem, 100%);
    min-width: 0;
    margin-bottom: 0.75rem;
  }
  select {
    width: 100%;
    min-width: 0;
  }
  label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  .caption {
    margin: 0 0 0.5rem;
    color: var(--mv-dash-muted);
  }
  table {
    width: 100%;
  }
  th,
  td {
    vertical-align: middle;
  }
  th[scope='row'] {
    min-width: 9rem;
  }
  .city th,
  .city td {
    background: var(--mv-dash-subtle);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .score {
    font-size: 1.1rem;
    font-weight: 700;
  }
  .why {
    font-style: italic;
    font-size: 0.9rem;
    color: var(--mv-dash-muted);
  }
  .chart-col {
    width: 25%;
  }
  /* On the whole city's shaded row the track stays visible. */
  .city .score-bar .track {
    fill: #fff;
  }
  .vs {
    font-size: 0.85rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .vs.above {
    color: var(--mv-dash-good);
  }
  .vs.below {
    color: var(--mv-dash-bad);
  }
  .muted {
    font-size: 0.85rem;
    color: var(--mv-dash-muted);
  }
  .few {
    display: block;
    font-size: 0.75rem;
    color: var(--mv-dash-warn-text);
  }
  @media (max-width: 40em) {
    .chart-col,
    .bar-cell {
      display: none;
    }
  }
`;
