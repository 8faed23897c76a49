import { css } from 'lit';

/** The look of trend-chart.ts: its own rules on top of the shared ones. */
export const trendChartStyles = css`
  figure {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid #d1d5db;
    border-radius: 6px;
    break-inside: avoid;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  svg {
    width: 100%;
    height: auto;
    display: block;
  }
  .axis {
    stroke: #9ca3af;
  }
  .grid {
    stroke: #e5e7eb;
  }
  .band {
    fill: var(--mv-dash-band);
  }
  .line {
    fill: none;
    stroke: var(--mv-dash-bar);
    stroke-width: 2;
  }
  .dot {
    fill: var(--mv-dash-bar);
  }
  text {
    font-size: 10px;
    fill: #374151;
  }
  .summary {
    font-size: 0.85rem;
    margin: 0.35rem 0;
  }
  table {
    border-collapse: collapse;
    font-size: 0.85rem;
    margin-top: 0.35rem;
  }
  th,
  td {
    padding: 0.2rem 0.5rem;
    border-bottom: 1px solid #e5e7eb;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th:first-child,
  td:first-child {
    text-align: start;
  }
  summary {
    cursor: pointer;
    color: var(--mv-dash-accent);
    font-size: 0.9rem;
    min-height: 1.5rem;
  }
  @media print {
    details {
      display: none;
    }
  }
`;
