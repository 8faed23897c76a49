// The scorecard's own rules, served as /scorecard.css beside the hosted
// pages' stylesheet so the page keeps its CSP without inline style.
// Band and mark keep 3:1 against the page in both schemes (WCAG 2.2 1.4.11).
export const SCORECARD_CSS = `
main.scorecard, .scorecard-header { max-width: 56rem; }
.scorecard h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
.scorecard form { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; }
.scorecard label { display: flex; flex-direction: column; font-weight: 600; max-width: 100%; }
.scorecard select { min-height: 44px; font: inherit; color: inherit; background: var(--surface);
  border: 1px solid var(--border); border-radius: 0.25rem; padding: 0 0.5rem; width: 100%; }
.scorecard button { margin-top: 0; }
.scores { width: 100%; border-collapse: collapse; background: var(--surface); margin-top: 1rem; }
.scores caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
.scores th, .scores td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid var(--border); }
.scores td.n { text-align: right; font-variant-numeric: tabular-nums; }
.scores .share { font-size: 1.25rem; font-weight: 700; display: block; }
.scores .withheld { color: var(--muted); }
.interval { display: block; width: 100%; max-width: 12rem; height: 0.75rem; margin: 0.25rem 0; }
.interval .track { fill: var(--border); }
.interval .band { fill: var(--accent); opacity: 0.45; }
.interval .mark { fill: var(--text); }
.sparkline { width: 4rem; height: 1.5rem; display: block; }
.sparkline polyline { fill: none; stroke: var(--accent); stroke-width: 1.5; }
.sparkline circle { fill: var(--accent); }
.earlier { font-size: 0.875rem; color: var(--muted); margin: 0.25rem 0 0; }
.methods li { margin-bottom: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 30rem) {
  .scores th, .scores td { padding: 0.5rem 0.25rem; }
}
`;
