import { html, svg } from 'lit';

const WIDTH = 160;
const HEIGHT = 22;
const x = (percent: number) => (Math.min(100, Math.max(0, percent)) / 100) * WIDTH;

// The bar stretches with its column (preserveAspectRatio="none"); the styles
// keep lines from stretching with it (vector-effect: non-scaling-stroke).

/**
 * A score as a horizontal bar on a 0–100 % track, with its 95 % interval as a
 * whisker. Plain SVG from a Lit template: a few shapes need no chart library.
 * `label` is the text alternative (WCAG 2.2 1.1.1); the table row beside it
 * gives the same numbers as text.
 *
 * @example
 * html`<td>${scoreBar(72, 65.1, 78.2, '72%, 95% interval 65% to 78%')}</td>`
 */
export function scoreBar(score: number, ciLow: number, ciHigh: number, label: string) {
  const mid = HEIGHT / 2;
  const low = x(ciLow);
  const high = x(ciHigh);
  return html`<svg
    class="score-bar"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    preserveAspectRatio="none"
  >
    <rect class="track" x="0" y="4" width=${WIDTH} height=${HEIGHT - 8}></rect>
    ${[25, 50, 75].map((tick) => svg`<line class="tick" x1=${x(tick)} x2=${x(tick)} y1="2" y2=${HEIGHT - 2}></line>`)}
    <rect class="bar" x="0" y="4" width=${x(score)} height=${HEIGHT - 8}></rect>
    <g class="whisker">
      <line x1=${low} x2=${high} y1=${mid} y2=${mid}></line>
      <line x1=${low} x2=${low} y1=${mid - 6} y2=${mid + 6}></line>
      <line x1=${high} x2=${high} y1=${mid - 6} y2=${mid + 6}></line>
    </g>
  </svg>`;
}
