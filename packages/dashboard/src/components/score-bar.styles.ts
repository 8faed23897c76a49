import { css } from 'lit';

/** The look of score-bar.ts, for the tables that draw it. */
export const scoreBarStyles = css`
  .score-bar {
    display: block;
    width: 100%;
    min-width: 7rem;
    max-width: 16rem;
    height: 22px;
  }
  .score-bar line {
    vector-effect: non-scaling-stroke;
  }
  .score-bar .track {
    fill: var(--mv-dash-subtle);
  }
  .score-bar .tick {
    stroke: #d1d5db;
  }
  .score-bar .bar {
    fill: var(--mv-dash-bar);
  }
  .score-bar .whisker line {
    stroke: #111827;
    stroke-width: 2;
  }
`;
