import { html } from 'hono/html';

/**
 * A 0–100 % scale with the 95 % interval as a band and the share as a mark.
 * Decoration only: the cell beside it writes the same figures in words.
 *
 * @example
 * intervalBar({ score: 82.1, ciLow: 78.3, ciHigh: 85.4 })
 */
export const intervalBar = ({ score, ciLow, ciHigh }: { score: number; ciLow: number; ciHigh: number }) =>
  html`<svg class="interval" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" x="0" y="5" width="100" height="2"></rect>
    <rect class="band" x="${ciLow.toFixed(2)}" y="2" width="${(ciHigh - ciLow).toFixed(2)}" height="8"></rect>
    <rect class="mark" x="${Math.min(99, Math.max(0, score - 1)).toFixed(2)}" y="0" width="2" height="12"></rect>
  </svg>`;

/**
 * The last quarters' shares as a small line (withheld quarters leave a gap
 * in the points, never a made-up value). Decoration only: the values are
 * written beside it for screen readers.
 *
 * @example
 * sparkline([71.2, null, 74.9, 80.3])
 */
export function sparkline(scores: readonly (number | null)[]) {
  const step = scores.length > 1 ? 60 / (scores.length - 1) : 0;
  const points = scores
    .map((score, i) => (score === null ? null : `${(i * step).toFixed(1)},${(22 - score * 0.2).toFixed(1)}`))
    .filter((point): point is string => point !== null);
  if (points.length === 0) return '';
  return html`<svg class="sparkline" viewBox="-2 0 64 24" aria-hidden="true" focusable="false">
    <polyline points="${points.join(' ')}"></polyline>
    ${points.map((point) => {
      const [x, y] = point.split(',');
      return html`<circle cx="${x}" cy="${y}" r="1.6"></circle>`;
    })}
  </svg>`;
}
